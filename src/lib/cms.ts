import 'server-only'

import config from '@payload-config'
import { getPayload, type Where } from 'payload'
import { cache } from 'react'

import type { Article, Exemplar, SiteSetting } from '@/payload-types'

import { searchWhere } from './search'
import { fold } from './vietnamese'

/**
 * The public site's only door to data: every read runs as an anonymous visitor through
 * access control (`overrideAccess: false`) and asks for published documents only.
 */
export const cms = cache(async () => getPayload({ config }))

const published: Where = { _status: { equals: 'published' } }

const publicRead = { overrideAccess: false, draft: false } as const

export const getSiteSettings = cache(async (): Promise<SiteSetting> => {
  const payload = await cms()
  return payload.findGlobal({ slug: 'site-settings', depth: 0, ...publicRead })
})

export async function latestExemplars(limit = 6): Promise<Exemplar[]> {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'exemplars',
    where: published,
    sort: '-period',
    limit,
    depth: 1,
    ...publicRead,
  })
  return docs
}

export async function latestArticles(limit = 5): Promise<Article[]> {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'articles',
    where: published,
    sort: '-publishedAt',
    limit,
    depth: 0,
    ...publicRead,
  })
  return docs
}

export const exemplarBySlug = cache(async (slug: string): Promise<Exemplar | null> => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'exemplars',
    where: { and: [published, { slug: { equals: slug } }] },
    limit: 1,
    depth: 1,
    ...publicRead,
  })
  return docs[0] ?? null
})

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
export async function listExemplars(filters: ExemplarFilters) {
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
  return payload.find({
    collection: 'exemplars',
    where: { and },
    sort: ['-period', 'name'],
    limit: PAGE_SIZE,
    page: filters.page,
    depth: 1,
    ...publicRead,
  })
}

export const listUnits = cache(async () => {
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

export const listMovements = cache(async () => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'movements',
    sort: 'name',
    pagination: false,
    depth: 0,
    select: { name: true, slug: true },
    overrideAccess: false,
  })
  return docs
})

const SEARCH_LIMIT = 100

/** Published exemplars and articles whose folded text holds every word of the query. */
export async function searchPublished(terms: string[]) {
  if (terms.length === 0) return { exemplars: [], articles: [] }
  const payload = await cms()
  const where: Where = { and: [published, searchWhere(terms)] }
  const [exemplars, articles] = await Promise.all([
    payload.find({
      collection: 'exemplars',
      where,
      limit: SEARCH_LIMIT,
      depth: 0,
      select: { name: true, slug: true, summary: true, position: true, period: true },
      ...publicRead,
    }),
    payload.find({
      collection: 'articles',
      where,
      limit: SEARCH_LIMIT,
      depth: 0,
      select: { title: true, slug: true, excerpt: true, publishedAt: true },
      ...publicRead,
    }),
  ])
  return { exemplars: exemplars.docs, articles: articles.docs }
}

/** Everything the feed and the sitemap list: published documents, newest first. */
export async function publishedForFeeds(limit: number) {
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
}

export const articleBySlug = cache(async (slug: string): Promise<Article | null> => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'articles',
    where: { and: [published, { slug: { equals: slug } }] },
    limit: 1,
    depth: 1,
    ...publicRead,
  })
  return docs[0] ?? null
})

export async function listArticles(page: number) {
  const payload = await cms()
  return payload.find({
    collection: 'articles',
    where: published,
    sort: '-publishedAt',
    limit: PAGE_SIZE,
    page,
    depth: 0,
    select: { title: true, slug: true, excerpt: true, publishedAt: true, byline: true },
    ...publicRead,
  })
}

export const movementBySlug = cache(async (slug: string) => {
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

export const unitBySlug = cache(async (slug: string) => {
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
export async function articlesWhere(field: 'movement' | 'unit', id: number | string, limit = 10) {
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
}

/** The directing documents register, newest first, optionally narrowed by folded words. */
export async function listDocuments(terms: string[]) {
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
}
