import type { Metadata } from 'next'

import { siteUrl } from './feeds'

type OgImage = { url: string; width: number; height: number; alt?: string | null } | null

type PageMeta = {
  title: string
  description?: string | null
  /** The canonical path, e.g. `/guong-dien-hinh/nguyen-van-an`. */
  path: string
  image?: OgImage
  type?: 'website' | 'article' | 'profile'
  publishedTime?: string | null
  modifiedTime?: string | null
}

const DESCRIPTION_LENGTH = 200

/** One line of plain text for search engines and link previews. */
export function describe(text: string | null | undefined): string | undefined {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim()
  if (!flat) return undefined
  return flat.length <= DESCRIPTION_LENGTH
    ? flat
    : `${flat.slice(0, DESCRIPTION_LENGTH - 1).trimEnd()}…`
}

export function absoluteUrl(path: string): string {
  return new URL(path, `${siteUrl()}/`).toString()
}

/** Title, description, canonical, Open Graph and Twitter tags for one page. */
export function pageMetadata({
  title,
  description,
  path,
  image,
  type = 'website',
  publishedTime,
  modifiedTime,
}: PageMeta): Metadata {
  const summary = describe(description)
  const images = image
    ? [
        {
          url: absoluteUrl(image.url),
          width: image.width,
          height: image.height,
          alt: image.alt ?? title,
        },
      ]
    : undefined
  return {
    title,
    description: summary,
    alternates: { canonical: path },
    openGraph: {
      title,
      description: summary,
      url: path,
      locale: 'vi_VN',
      images,
      ...(type === 'article'
        ? {
            type: 'article',
            publishedTime: publishedTime ?? undefined,
            modifiedTime: modifiedTime ?? undefined,
          }
        : { type: type === 'profile' ? 'profile' : 'website' }),
    },
    twitter: {
      card: images ? 'summary_large_image' : 'summary',
      title,
      description: summary,
      images: images?.map((item) => item.url),
    },
  }
}

export type Crumb = { name: string; path: string }

export function breadcrumbLd(crumbs: Crumb[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  }
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can end the tag. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028|\u2029/g, ' ')
}
