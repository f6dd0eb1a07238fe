import 'server-only'

import config from '@payload-config'
import { getPayload, type Where } from 'payload'
import { cache } from 'react'

import type { Article, Exemplar, SiteSetting } from '@/payload-types'

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
