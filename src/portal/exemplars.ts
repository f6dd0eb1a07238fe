import type { Where } from 'payload'

import { publishedOnly as published } from '@/access'
import type { Exemplar } from '@/payload-types'

import { CACHE_TAGS } from './cache-tags'
import { movementBySlug, unitBySlug } from './places'
import { cached, cms, publicRead } from './read'
import { PAGE_SIZE } from './variants'

const { exemplars: EX, articles: AR, units: UN, movements: MO, media: ME } = CACHE_TAGS

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

export type ExemplarFilters = {
  kind?: string
  category?: string
  sector?: string
  unitSlug?: string
  movementSlug?: string
  year?: number
  page: number
}

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
