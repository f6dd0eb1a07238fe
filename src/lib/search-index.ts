import type { BasePayload, Where } from 'payload'

import { searchScore, searchWhere } from './search'
import { sqliteClient, type SqlClient } from './sqlite-client'

/** Trigrams need three letters; shorter words are matched as substrings of the folded text. */
const MIN_INDEXED = 3
/** The newest this many matches of each collection are ranked (and counted). */
const CANDIDATES = 100

type Collection = 'exemplars' | 'articles'

export type SearchHit = {
  key: string
  href: string
  title: string
  body: string
  kind: 'Gương điển hình' | 'Tin tức'
}
export type SearchPage = { total: number; hits: SearchHit[] }

type Ranked = { collection: Collection; id: number; title: string; body: string }

const KIND: Record<Collection, SearchHit['kind']> = { exemplars: 'Gương điển hình', articles: 'Tin tức' }
const PATH: Record<Collection, string> = { exemplars: '/guong-dien-hinh', articles: '/tin-tuc' }

/**
 * SQLite: the newest published matches with the text they are ranked on, straight from the FTS5
 * trigram index (migration `search_index`) and the main table: ranking 200 candidates does not
 * need 200 documents through Payload. Null where there is no index (MongoDB) or no word of three
 * letters. What a visitor is shown is still read through access control (see below).
 */
async function indexedCandidates(client: SqlClient, collection: Collection, terms: string[]): Promise<Ranked[]> {
  const indexed = terms.filter((term) => term.length >= MIN_INDEXED)
  const short = terms.filter((term) => term.length < MIN_INDEXED)
  const [title, body, order] =
    collection === 'exemplars'
      ? ['name', "trim(coalesce(position, '') || ' — ' || coalesce(summary, ''), ' —')", 'period DESC, id DESC']
      : ['title', "coalesce(excerpt, '')", 'published_at DESC, id DESC']
  const match = indexed.map((term) => `"${term.replace(/"/g, '')}"`).join(' AND ')
  const { rows } = await client.execute({
    sql:
      `SELECT id, ${title} AS title, ${body} AS body FROM \`${collection}\`` +
      ` WHERE _status = 'published' AND deleted_at IS NULL` +
      ` AND id IN (SELECT rowid FROM \`${collection}_fts\` WHERE \`${collection}_fts\` MATCH ?)` +
      short.map(() => ` AND instr(search_text, ?) > 0`).join('') +
      ` ORDER BY ${order} LIMIT ${CANDIDATES}`,
    args: [match, ...short],
  })
  return (rows as { id: unknown; title: unknown; body: unknown }[]).map((row) => ({
    collection,
    id: Number(row.id),
    title: String(row.title ?? ''),
    body: String(row.body ?? ''),
  }))
}

/** Elsewhere: every word `contains` in the indexed folded text, through access control. */
async function foundCandidates(payload: BasePayload, collection: Collection, terms: string[]): Promise<Ranked[]> {
  const where: Where = { and: [{ _status: { equals: 'published' } }, searchWhere(terms)] }
  if (collection === 'exemplars') {
    const { docs } = await payload.find({
      collection,
      where,
      sort: '-period',
      limit: CANDIDATES,
      pagination: false,
      depth: 0,
      select: { name: true, position: true, summary: true },
      overrideAccess: false,
      draft: false,
    })
    return docs.map((doc) => ({
      collection,
      id: doc.id,
      title: doc.name ?? '',
      body: [doc.position, doc.summary].filter(Boolean).join(' — '),
    }))
  }
  const { docs } = await payload.find({
    collection,
    where,
    sort: '-publishedAt',
    limit: CANDIDATES,
    pagination: false,
    depth: 0,
    select: { title: true, excerpt: true },
    overrideAccess: false,
    draft: false,
  })
  return docs.map((doc) => ({ collection, id: doc.id, title: doc.title ?? '', body: doc.excerpt ?? '' }))
}

type Shown = { slug: string; title: string; body: string }

/** The hits of one page as the visitor reads them: a hit it may not read is dropped. */
async function readable(payload: BasePayload, collection: Collection, ids: number[]): Promise<Map<number, Shown>> {
  if (ids.length === 0) return new Map()
  const where: Where = { and: [{ _status: { equals: 'published' } }, { id: { in: ids } }] }
  const common = { where, limit: ids.length, pagination: false, depth: 0, overrideAccess: false, draft: false } as const
  if (collection === 'exemplars') {
    const { docs } = await payload.find({
      collection,
      ...common,
      select: { slug: true, name: true, position: true, summary: true },
    })
    return new Map(
      docs.map((doc) => [
        doc.id,
        { slug: doc.slug ?? '', title: doc.name ?? '', body: [doc.position, doc.summary].filter(Boolean).join(' — ') },
      ]),
    )
  }
  const { docs } = await payload.find({ collection, ...common, select: { slug: true, title: true, excerpt: true } })
  return new Map(docs.map((doc) => [doc.id, { slug: doc.slug ?? '', title: doc.title ?? '', body: doc.excerpt ?? '' }]))
}

/**
 * Published exemplars and articles whose folded text holds every word of the query, ranked
 * (title before body), one page of `perPage`. The index and the candidate query only narrow and
 * order; the hits shown (their text included) are read through Payload with access control, so
 * the index never decides what a visitor may see.
 */
export async function searchPublishedWith(
  payload: BasePayload,
  terms: string[],
  page: number,
  perPage: number,
): Promise<SearchPage> {
  if (terms.length === 0) return { total: 0, hits: [] }
  const client = sqliteClient(payload)
  const useIndex = client !== null && terms.some((term) => term.length >= MIN_INDEXED)
  const lists = await Promise.all(
    (['exemplars', 'articles'] as const).map((collection) =>
      useIndex ? indexedCandidates(client, collection, terms) : foundCandidates(payload, collection, terms),
    ),
  )
  const ranked = lists
    .flat()
    .map((hit) => ({ hit, score: searchScore(terms, hit.title, hit.body) }))
    .sort((a, b) => b.score - a.score)
    .map(({ hit }) => hit)
  const shown = ranked.slice((page - 1) * perPage, page * perPage)
  const [exemplarDocs, articleDocs] = await Promise.all(
    (['exemplars', 'articles'] as const).map((collection) =>
      readable(
        payload,
        collection,
        shown.filter((hit) => hit.collection === collection).map((hit) => hit.id),
      ),
    ),
  )
  const read = { exemplars: exemplarDocs, articles: articleDocs }
  const hits = shown.flatMap((hit): SearchHit[] => {
    const doc = read[hit.collection].get(hit.id)
    if (!doc) return []
    const { slug, title, body } = doc
    return [{ key: `${hit.collection}-${hit.id}`, href: `${PATH[hit.collection]}/${slug}`, title, body, kind: KIND[hit.collection] }]
  })
  return { total: ranked.length, hits }
}
