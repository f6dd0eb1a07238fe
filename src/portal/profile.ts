import type { Article, Exemplar } from '@/payload-types'

import { SECTOR_LABELS } from '@/lib/labels'
import { absoluteUrl } from './seo'

const imageUrl = (image: unknown) =>
  typeof image === 'object' && image && 'url' in image && typeof image.url === 'string'
    ? absoluteUrl(image.url)
    : undefined

const nameOf = (value: unknown) =>
  typeof value === 'object' && value && 'name' in value ? String(value.name) : undefined

/** schema.org: a Person for an individual, an Organization for a collective or a household. */
export function exemplarLd(exemplar: Exemplar, url: string) {
  const unit = nameOf(exemplar.unit)
  const awards = (exemplar.awards ?? []).map((award) =>
    [award.title, award.year].filter(Boolean).join(' '),
  )
  const common = {
    '@context': 'https://schema.org',
    name: exemplar.name,
    url,
    description: exemplar.summary,
    image: imageUrl(exemplar.portrait),
    award: awards.length ? awards : undefined,
    knowsAbout: SECTOR_LABELS[exemplar.sector],
  }
  if (exemplar.kind === 'individual') {
    return {
      ...common,
      '@type': 'Person',
      jobTitle: exemplar.position ?? undefined,
      gender:
        exemplar.gender === 'female' ? 'Female' : exemplar.gender === 'male' ? 'Male' : undefined,
      affiliation: unit ? { '@type': 'Organization', name: unit } : undefined,
    }
  }
  return {
    ...common,
    '@type': 'Organization',
    parentOrganization: unit ? { '@type': 'Organization', name: unit } : undefined,
  }
}

/** The portal's emblem (public/logo.png): the publisher logo of its articles' structured data. */
export const PUBLISHER_LOGO = '/logo.png'

export function articleLd(article: Article, url: string, publisher: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.excerpt ?? undefined,
    url,
    mainEntityOfPage: url,
    image: imageUrl(article.cover),
    datePublished: article.publishedAt ?? article.createdAt,
    dateModified: article.updatedAt,
    author: article.byline
      ? { '@type': 'Person', name: article.byline }
      : { '@type': 'Organization', name: publisher },
    publisher: {
      '@type': 'Organization',
      name: publisher,
      logo: { '@type': 'ImageObject', url: absoluteUrl(PUBLISHER_LOGO), width: 192, height: 192 },
    },
    inLanguage: 'vi',
  }
}
