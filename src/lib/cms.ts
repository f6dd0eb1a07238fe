import 'server-only'

import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload, type Where } from 'payload'
import { cache } from 'react'

import { publishedOnly as published } from '@/access'
import { DEFAULT_PORTAL_NAME } from '@/globals/site-settings'
import type { Article, Exemplar, Media, SiteSetting } from '@/payload-types'

import { CACHE_TAGS, PAGE_REVALIDATE_SECONDS, type CacheTag } from './cache-tags'
import { searchPublishedWith } from './search-index'
import { fold } from './vietnamese'

/**
 * The public site's only door to data: every read runs as an anonymous visitor through
 * access control (`overrideAccess: false`) and asks for published documents only.
 * Every read is cached under the tags of the collections it touches; `src/hooks/expire-cache`
 * expires them when those collections change, so pages are fast and never stale.
 */
export const cms = cache(async () => getPayload({ config }))

const publicRead = { overrideAccess: false, draft: false } as const

/** Cached across requests (tagged) and deduplicated within one render. */
function cached<Args extends unknown[], Result>(
  name: string,
  tags: CacheTag[],
  read: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return cache(unstable_cache(read, ['cms', name], { tags, revalidate: PAGE_REVALIDATE_SECONDS }))
}

const {
  exemplars: EX,
  articles: AR,
  units: UN,
  movements: MO,
  media: ME,
  documents: DO,
} = CACHE_TAGS

/** What a card shows: enough to draw it, nothing private, no story. */
const cardSelect = {
  name: true,
  slug: true,
  kind: true,
  category: true,
  sector: true,
  position: true,
  period: true,
  unit: true,
  portrait: true,
} as const

export type ExemplarCard = Pick<
  Exemplar,
  | 'id'
  | 'name'
  | 'slug'
  | 'kind'
  | 'category'
  | 'sector'
  | 'position'
  | 'period'
  | 'unit'
  | 'portrait'
>

export type ArticleCard = Pick<
  Article,
  'id' | 'title' | 'slug' | 'excerpt' | 'publishedAt' | 'cover'
>

const articleCardSelect = {
  title: true,
  slug: true,
  excerpt: true,
  publishedAt: true,
  cover: true,
} as const

const readSiteSettings = cached(
  'settings',
  // The logo is a media document: replacing or deleting it expires the banner too.
  [CACHE_TAGS.settings, ME],
  async (): Promise<SiteSetting> => {
    const payload = await cms()
    return payload.findGlobal({ slug: 'site-settings', depth: 1, ...publicRead })
  },
)

/**
 * The build prerenders the bare 404 shell through the root layout; a build never opens the
 * database (a fresh clone has none yet), so it gets the defaults.
 */
export async function getSiteSettings(): Promise<SiteSetting> {
  if (process.env.NEXT_PHASE === 'phase-production-build') {
    return { id: 0, portalName: DEFAULT_PORTAL_NAME } as SiteSetting
  }
  return readSiteSettings()
}

export const latestExemplars = cached(
  'latest-exemplars',
  [EX, UN, ME],
  async (limit: number): Promise<ExemplarCard[]> => {
    const payload = await cms()
    const { docs } = await payload.find({
      collection: 'exemplars',
      where: published,
      sort: ['-period', 'name'],
      limit,
      depth: 1,
      select: cardSelect,
      populate: { units: { name: true, slug: true } },
      ...publicRead,
    })
    return docs as ExemplarCard[]
  },
)

export const latestArticles = cached(
  'latest-articles',
  [AR, ME],
  async (limit: number): Promise<ArticleCard[]> => {
    const payload = await cms()
    const { docs } = await payload.find({
      collection: 'articles',
      where: published,
      sort: '-publishedAt',
      limit,
      depth: 1,
      select: articleCardSelect,
      ...publicRead,
    })
    return docs as ArticleCard[]
  },
)

/** The home page's figures: what is published, this year, and how many units take part. */
export const portalFigures = cached('figures', [EX, AR, UN], async (year: number) => {
  const payload = await cms()
  const inYear: Where = {
    and: [
      published,
      { period: { greater_than_equal: `${year}-01` } },
      { period: { less_than_equal: `${year}-12` } },
    ],
  }
  const [all, thisYear, articles, units] = await Promise.all([
    payload.count({ collection: 'exemplars', where: published, ...publicRead }),
    payload.count({ collection: 'exemplars', where: inYear, ...publicRead }),
    payload.count({ collection: 'articles', where: published, ...publicRead }),
    // Counted by the database: reading every published profile's unit ran the server out of
    // memory at 100,000 profiles.
    payload.findDistinct({
      collection: 'exemplars',
      field: 'unit',
      where: { and: [published, { unit: { exists: true } }] },
      limit: 1,
      depth: 0,
      overrideAccess: false,
    }),
  ])
  return {
    exemplars: all.totalDocs,
    exemplarsThisYear: thisYear.totalDocs,
    articles: articles.totalDocs,
    units: units.totalDocs,
  }
})

export const exemplarBySlug = cached(
  'exemplar',
  [EX, UN, MO, ME],
  async (slug: string): Promise<Exemplar | null> => {
    const payload = await cms()
    const { docs } = await payload.find({
      collection: 'exemplars',
      where: { and: [published, { slug: { equals: slug } }] },
      limit: 1,
      depth: 1,
      populate: {
        units: { name: true, slug: true, validTo: true },
        movements: { name: true, slug: true },
      },
      ...publicRead,
    })
    return docs[0] ?? null
  },
)

/** Articles about an exemplar, newest first. */
export const articlesAbout = cached(
  'articles-about',
  [AR, ME],
  async (exemplarId: number | string, limit: number): Promise<ArticleCard[]> => {
    const payload = await cms()
    const { docs } = await payload.find({
      collection: 'articles',
      where: { and: [published, { exemplars: { in: [exemplarId] } }] },
      sort: '-publishedAt',
      limit,
      depth: 1,
      select: articleCardSelect,
      ...publicRead,
    })
    return docs as ArticleCard[]
  },
)

export type ExemplarFilters = {
  kind?: string
  category?: string
  sector?: string
  unitSlug?: string
  movementSlug?: string
  year?: number
  page: number
}

export const PAGE_SIZE = 12

/** The public exemplar list: published only, every filter a database condition. */
export const listExemplars = cached(
  'list-exemplars',
  [EX, UN, MO, ME],
  async (filters: ExemplarFilters, limit: number = PAGE_SIZE) => {
    const payload = await cms()
    const and: Where[] = [published]
    if (filters.kind) and.push({ kind: { equals: filters.kind } })
    if (filters.category) and.push({ category: { equals: filters.category } })
    if (filters.sector) and.push({ sector: { equals: filters.sector } })
    if (filters.year) {
      and.push({ period: { greater_than_equal: `${filters.year}-01` } })
      and.push({ period: { less_than_equal: `${filters.year}-12` } })
    }
    for (const [find, slug, field] of [
      [unitBySlug, filters.unitSlug, 'unit'],
      [movementBySlug, filters.movementSlug, 'movement'],
    ] as const) {
      if (!slug) continue
      const related = await find(slug)
      if (!related) return null
      and.push({ [field]: { equals: related.id } })
    }
    const result = await payload.find({
      collection: 'exemplars',
      where: { and },
      sort: ['-period', 'name'],
      limit,
      page: filters.page,
      depth: 1,
      select: cardSelect,
      populate: { units: { name: true, slug: true } },
      ...publicRead,
    })
    return { ...result, docs: result.docs as ExemplarCard[] }
  },
)

export const listUnits = cached('units', [UN], async () => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'units',
    sort: 'name',
    pagination: false,
    depth: 0,
    select: { name: true, slug: true, kind: true },
    overrideAccess: false,
  })
  return docs
})

export const listMovements = cached('movements', [MO], async () => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'movements',
    sort: 'name',
    pagination: false,
    depth: 0,
    select: { name: true, slug: true, description: true, startYear: true, endYear: true },
    overrideAccess: false,
  })
  return docs
})

/**
 * One page of search hits over published exemplars and articles (see `searchPublishedWith`).
 * Not cached on purpose: any string is a query, and caching them would let anyone fill the
 * page cache with junk (and the benchmark would measure the cache, not the search).
 */
export const searchPublished = cache(async (terms: string[], page: number, perPage: number) =>
  searchPublishedWith(await cms(), terms, page, perPage),
)

const SITEMAP_CHUNK = 5_000

/**
 * The sitemap's addresses of one collection, `SITEMAP_CHUNK` at a time: each chunk is cached on its
 * own because the data cache refuses entries over 2 MB (the whole list of 10,000 profiles is
 * more, and was read again on every request).
 */
const sitemapChunk = cached(
  'sitemap',
  [EX, AR],
  async (collection: 'exemplars' | 'articles', page: number) => {
    const payload = await cms()
    const { docs, hasNextPage } = await payload.find({
      collection,
      where: published,
      sort: 'id',
      limit: SITEMAP_CHUNK,
      page,
      depth: 0,
      select: { slug: true, updatedAt: true },
      ...publicRead,
    })
    return { entries: docs.map((doc) => [doc.slug ?? '', doc.updatedAt] as const), hasNextPage }
  },
)

/** Every published address of `collection` for the sitemap, at most `max` (the protocol's 50,000). */
export async function sitemapEntries(
  collection: 'exemplars' | 'articles',
  max: number,
): Promise<(readonly [slug: string, updatedAt: string])[]> {
  const entries: (readonly [string, string])[] = []
  for (let page = 1; entries.length < max; page++) {
    const chunk = await sitemapChunk(collection, page)
    entries.push(...chunk.entries)
    if (!chunk.hasNextPage) break
  }
  return entries.slice(0, max)
}

/** Everything the feed and the sitemap list: published documents, newest first. */
export const publishedForFeeds = cached('feeds', [EX, AR], async (limit: number) => {
  const payload = await cms()
  const [exemplars, articles] = await Promise.all([
    payload.find({
      collection: 'exemplars',
      where: published,
      sort: '-updatedAt',
      limit,
      depth: 0,
      select: { name: true, slug: true, summary: true, updatedAt: true },
      ...publicRead,
    }),
    payload.find({
      collection: 'articles',
      where: published,
      sort: '-publishedAt',
      limit,
      depth: 0,
      select: { title: true, slug: true, excerpt: true, publishedAt: true, updatedAt: true },
      ...publicRead,
    }),
  ])
  return { exemplars: exemplars.docs, articles: articles.docs }
})

export const articleBySlug = cached(
  'article',
  [AR, EX, ME, UN, MO],
  async (slug: string): Promise<Article | null> => {
    const payload = await cms()
    const { docs } = await payload.find({
      collection: 'articles',
      where: { and: [published, { slug: { equals: slug } }] },
      limit: 1,
      depth: 1,
      populate: {
        exemplars: { name: true, slug: true, _status: true },
        units: { name: true, slug: true },
        movements: { name: true, slug: true },
      },
      ...publicRead,
    })
    return docs[0] ?? null
  },
)

export const listArticles = cached('list-articles', [AR, ME], async (page: number) => {
  const payload = await cms()
  const result = await payload.find({
    collection: 'articles',
    where: published,
    sort: '-publishedAt',
    limit: PAGE_SIZE,
    page,
    depth: 1,
    select: { ...articleCardSelect, byline: true },
    ...publicRead,
  })
  return { ...result, docs: result.docs as (ArticleCard & Pick<Article, 'byline'>)[] }
})

export const movementBySlug = cached('movement', [MO], async (slug: string) => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'movements',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  return docs[0] ?? null
})

export const unitBySlug = cached('unit', [UN, CACHE_TAGS.clusters], async (slug: string) => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'units',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    overrideAccess: false,
  })
  return docs[0] ?? null
})

/** Published articles about a movement or from a unit. */
export const articlesWhere = cached(
  'articles-where',
  [AR],
  async (field: 'movement' | 'unit', id: number | string, limit: number = 10) => {
    const payload = await cms()
    const { docs } = await payload.find({
      collection: 'articles',
      where: { and: [published, { [field]: { equals: id } }] },
      sort: '-publishedAt',
      limit,
      depth: 0,
      select: { title: true, slug: true, publishedAt: true },
      ...publicRead,
    })
    return docs
  },
)

/** The directing documents register, newest first, optionally narrowed by folded words. */
export const listDocuments = cached('documents', [DO], async (terms: string[]) => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'documents',
    sort: '-issuedAt',
    pagination: false,
    depth: 1,
    overrideAccess: false,
  })
  if (terms.length === 0) return docs
  return docs.filter((doc) => {
    const text = fold([doc.number, doc.title, doc.issuer, doc.summary].filter(Boolean).join(' '))
    return terms.every((term) => text.includes(term))
  })
})

export const GALLERY_PAGE_SIZE = 24

/**
 * The photo library: only images that published profiles and articles show, newest first.
 * Images still waiting in drafts stay out of it.
 */
export const galleryPage = cached('gallery', [EX, AR, ME], async (page: number) => {
  const payload = await cms()
  // Distinct image ids, from the database: reading every published document was a full scan
  // into memory (it ran the server out of memory at 100,000 profiles).
  const distinct = (collection: 'exemplars' | 'articles', field: string) =>
    payload.findDistinct({ collection, field, where: published, depth: 0, overrideAccess: false })
  const lists = await Promise.all([
    distinct('exemplars', 'portrait'),
    distinct('exemplars', 'gallery'),
    distinct('articles', 'cover'),
  ])
  const ids = new Set<number | string>()
  for (const { values } of lists) {
    for (const row of values) {
      const id: unknown = Object.values(row)[0] // an id at depth 0; null where no image is set
      if (typeof id === 'number' || typeof id === 'string') ids.add(id)
    }
  }
  if (ids.size === 0) return { docs: [] as Media[], totalDocs: 0, totalPages: 0, page: 1 }
  const result = await payload.find({
    collection: 'media',
    where: { id: { in: [...ids] } },
    sort: '-createdAt',
    limit: GALLERY_PAGE_SIZE,
    page,
    depth: 0,
    overrideAccess: false,
  })
  return { docs: result.docs, totalDocs: result.totalDocs, totalPages: result.totalPages, page }
})
