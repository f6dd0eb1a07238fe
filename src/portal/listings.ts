import { publishedOnly as published } from '@/access'

import { CACHE_TAGS } from './cache-tags'
import { cached, cms, publicRead } from './read'

/** The addresses the feed and the sitemap list, with each document's own dates. */

const SITEMAP_CHUNK = 5_000

/** When a profile was published: its first appearance on the portal, else its month. */
export function exemplarPublishedAt(doc: {
  coverage?: { date?: string | null }[] | null
  period?: string | null
}): string | null {
  const dates = (doc.coverage ?? [])
    .map((entry) => entry.date)
    .filter((date): date is string => Boolean(date))
    .sort()
  if (dates[0]) return dates[0]
  return doc.period && /^\d{4}-\d{2}$/.test(doc.period) ? `${doc.period}-01T00:00:00.000Z` : null
}

export type SlugEntry = { slug: string; lastmod: string | null }

/**
 * The sitemap's addresses of one collection, `SITEMAP_CHUNK` at a time: each chunk is cached on
 * its own because the data cache refuses entries over 2 MB.
 */
const sitemapChunk = cached(
  'sitemap',
  [CACHE_TAGS.exemplars, CACHE_TAGS.articles],
  async (collection: 'exemplars' | 'articles', page: number) => {
    const payload = await cms()
    if (collection === 'exemplars') {
      const { docs, hasNextPage } = await payload.find({
        collection,
        where: published,
        sort: 'id',
        limit: SITEMAP_CHUNK,
        page,
        depth: 0,
        select: { slug: true, updatedAt: true, period: true, coverage: true },
        ...publicRead,
      })
      const entries: SlugEntry[] = docs.map((doc) => ({
        slug: doc.slug ?? '',
        lastmod: latest(exemplarPublishedAt(doc), doc.updatedAt),
      }))
      return { entries, hasNextPage }
    }
    const { docs, hasNextPage } = await payload.find({
      collection,
      where: published,
      sort: 'id',
      limit: SITEMAP_CHUNK,
      page,
      depth: 0,
      select: { slug: true, publishedAt: true },
      ...publicRead,
    })
    const entries: SlugEntry[] = docs.map((doc) => ({
      slug: doc.slug ?? '',
      lastmod: doc.publishedAt ?? null,
    }))
    return { entries, hasNextPage }
  },
)

/**
 * A profile's last meaningful change for the sitemap: its publication, not the bulk save of a
 * seed or a migration (which gave every demo profile the same `updatedAt`).
 */
function latest(published: string | null, updatedAt: string | null | undefined): string | null {
  return published ?? updatedAt ?? null
}

/** Every published address of `collection` for the sitemap, at most `max` (the protocol's 50,000). */
export async function sitemapEntries(
  collection: 'exemplars' | 'articles',
  max: number,
): Promise<SlugEntry[]> {
  const entries: SlugEntry[] = []
  for (let page = 1; entries.length < max; page++) {
    const chunk = await sitemapChunk(collection, page)
    entries.push(...chunk.entries)
    if (!chunk.hasNextPage) break
  }
  return entries.slice(0, max)
}

/** Everything the feed lists: published documents, newest first, each with its own date. */
export const publishedForFeeds = cached(
  'feeds',
  [CACHE_TAGS.exemplars, CACHE_TAGS.articles],
  async (limit: number) => {
    const payload = await cms()
    const [exemplars, articles] = await Promise.all([
      payload.find({
        collection: 'exemplars',
        where: published,
        sort: ['-period', '-id'],
        limit,
        depth: 0,
        select: { name: true, slug: true, summary: true, period: true, coverage: true },
        ...publicRead,
      }),
      payload.find({
        collection: 'articles',
        where: published,
        sort: '-publishedAt',
        limit,
        depth: 0,
        select: { title: true, slug: true, excerpt: true, publishedAt: true },
        ...publicRead,
      }),
    ])
    return {
      exemplars: exemplars.docs.map((doc) => ({
        name: doc.name ?? '',
        slug: doc.slug ?? '',
        summary: doc.summary ?? '',
        publishedAt: exemplarPublishedAt(doc),
      })),
      articles: articles.docs.map((doc) => ({
        title: doc.title ?? '',
        slug: doc.slug ?? '',
        excerpt: doc.excerpt ?? '',
        publishedAt: doc.publishedAt ?? null,
      })),
    }
  },
)
