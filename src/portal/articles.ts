import type { Where } from 'payload'
import { publishedOnly as published } from '@/access'
import type { Article } from '@/payload-types'

import { CACHE_TAGS } from './cache-tags'
import { cached, cms, publicRead } from './read'

const { exemplars: EX, articles: AR, units: UN, movements: MO, media: ME } = CACHE_TAGS

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

export const ARTICLE_PAGE_SIZE = 12

/** Published article cards matching `where` (besides publication), newest first. */
async function findArticleCards(where: Where | null, limit: number): Promise<ArticleCard[]> {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'articles',
    where: where ? { and: [published, where] } : published,
    sort: '-publishedAt',
    limit,
    depth: 1,
    select: articleCardSelect,
    ...publicRead,
  })
  return docs as ArticleCard[]
}

export const latestArticles = cached('latest-articles', [AR, ME], (limit: number) =>
  findArticleCards(null, limit),
)

/** Articles about an exemplar, newest first. */
export const articlesAbout = cached(
  'articles-about',
  [AR, ME],
  (exemplarId: number | string, limit: number) =>
    findArticleCards({ exemplars: { in: [exemplarId] } }, limit),
)

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
    limit: ARTICLE_PAGE_SIZE,
    page,
    depth: 1,
    select: { ...articleCardSelect, byline: true },
    ...publicRead,
  })
  return { ...result, docs: result.docs as (ArticleCard & Pick<Article, 'byline'>)[] }
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
