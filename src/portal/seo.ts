import { siteUrl } from '@/lib/site-url'

type OgImage = { url: string; width: number; height: number; alt?: string | null } | null

type PageInput = {
  title: string
  /** The portal's name: the site name, and the suffix of every title but the home page's. */
  siteName: string
  description?: string | null
  /** The canonical path, e.g. `/guong-dien-hinh/nguyen-van-an`. */
  path: string
  /** The page's own image, else `fallbackImage` (the site's latest cover) for link previews. */
  image?: OgImage
  type?: 'website' | 'article' | 'profile'
  publishedTime?: string | null
  modifiedTime?: string | null
  /** The home page's title is the portal's name alone. */
  bareTitle?: boolean
  noindex?: boolean
}

/** What `<PageHead>` writes: plain, serialisable data (it travels in a page's props). */
export type PageMeta = {
  title: string
  ogTitle: string
  siteName: string
  description: string | null
  canonical: string | null
  ogType: 'website' | 'article' | 'profile'
  image: { url: string; width: number; height: number; alt: string } | null
  publishedTime: string | null
  modifiedTime: string | null
  noindex: boolean
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

/** Title, description, canonical, Open Graph and Twitter data for one page. */
export function pageMeta({
  title,
  siteName,
  description,
  path,
  image,
  type = 'website',
  publishedTime,
  modifiedTime,
  bareTitle = false,
  noindex = false,
}: PageInput): PageMeta {
  return {
    title: bareTitle ? title : `${title} — ${siteName}`,
    ogTitle: title,
    siteName,
    description: describe(description) ?? null,
    canonical: absoluteUrl(path),
    ogType: type,
    image: image
      ? {
          url: absoluteUrl(image.url),
          width: image.width,
          height: image.height,
          alt: image.alt || title,
        }
      : null,
    publishedTime: type === 'article' ? (publishedTime ?? null) : null,
    modifiedTime: type === 'article' ? (modifiedTime ?? null) : null,
    noindex,
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
