import type { BasePayload, Where } from 'payload'

import { publishedOnly } from '@/access'
import { articlePath, exemplarPath } from '@/lib/routes'
import { sqliteClient, type SqlClient } from '@/server/sqlite-client'
import { visibleToPublicSql } from '@/workflow/visibility'

import { cms } from './read'
import { searchScore, searchWhere } from './search'

/** Trigrams need three letters; shorter words are matched as substrings of the folded text. */
const MIN_INDEXED = 3
/** The newest this many matches of each collection are ranked (and counted). */
const CANDIDATES = 100

type Collection = 'exemplars' | 'articles'
const COLLECTIONS = ['exemplars', 'articles'] as const

export type SearchHit = {
  key: string
  href: string
  title: string
  body: string
  kind: 'Gương điển hình' | 'Tin tức'
}
export type SearchPage = { total: number; hits: SearchHit[] }

/** A hit as ranked: its title and body, and its slug once it has been read as the visitor. */
type Hit = { collection: Collection; id: number; title: string; body: string; slug?: string }

const KIND: Record<Collection, SearchHit['kind']> = {
  exemplars: 'Gương điển hình',
  articles: 'Tin tức',
}
const PATH: Record<Collection, (slug: string) => string> = {
  exemplars: exemplarPath,
  articles: articlePath,
}

/**
 * Published documents of `collection` as an anonymous visitor reads them (access control on),
 * each as the title and body search ranks and shows: an exemplar's name over its position and
 * summary, an article's title over its excerpt.
 */
async function findAsVisitor(
  payload: BasePayload,
  collection: Collection,
  where: Where,
  limit: number,
  sort?: string,
): Promise<Hit[]> {
  const query = {
    where: { and: [publishedOnly, where] } as Where,
    limit,
    sort,
    pagination: false,
    depth: 0,
    overrideAccess: false,
    draft: false,
  } as const
  if (collection === 'exemplars') {
    const { docs } = await payload.find({
      collection,
      ...query,
      select: { slug: true, name: true, position: true, summary: true },
    })
    return docs.map((doc) => ({
      collection,
      id: doc.id,
      slug: doc.slug ?? '',
      title: doc.name ?? '',
      body: [doc.position, doc.summary].filter(Boolean).join(' — '),
    }))
  }
  const { docs } = await payload.find({
    collection,
    ...query,
    select: { slug: true, title: true, excerpt: true },
  })
  return docs.map((doc) => ({
    collection,
    id: doc.id,
    slug: doc.slug ?? '',
    title: doc.title ?? '',
    body: doc.excerpt ?? '',
  }))
}

/**
 * SQLite: the newest published matches with the same title and body, straight from the FTS5
 * trigram index (migration `search_index`) and the main table — ranking 200 candidates does not
 * need 200 documents through Payload. Words under three letters are substrings of the folded text.
 */
async function indexedCandidates(
  client: SqlClient,
  collection: Collection,
  terms: string[],
): Promise<Hit[]> {
  const indexed = terms.filter((term) => term.length >= MIN_INDEXED)
  const short = terms.filter((term) => term.length < MIN_INDEXED)
  const [title, body, order] =
    collection === 'exemplars'
      ? [
          'name',
          "trim(coalesce(position, '') || ' — ' || coalesce(summary, ''), ' —')",
          'period DESC, id DESC',
        ]
      : ['title', "coalesce(excerpt, '')", 'published_at DESC, id DESC']
  const match = indexed.map((term) => `"${term.replace(/"/g, '')}"`).join(' AND ')
  const { rows } = await client.execute({
    sql:
      `SELECT id, ${title} AS title, ${body} AS body FROM \`${collection}\` AS doc` +
      ` WHERE ${visibleToPublicSql('doc')}` +
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

/** The candidates of one collection: from the index on SQLite, else `contains` as the visitor. */
function candidates(payload: BasePayload, collection: Collection, terms: string[]): Promise<Hit[]> {
  const client = sqliteClient(payload)
  if (client && terms.some((term) => term.length >= MIN_INDEXED))
    return indexedCandidates(client, collection, terms)
  const sort = collection === 'exemplars' ? '-period' : '-publishedAt'
  return findAsVisitor(payload, collection, searchWhere(terms), CANDIDATES, sort)
}

/** Hits that came from the index are read again as the visitor; that read is what is shown. */
async function asVisitor(payload: BasePayload, hits: Hit[]): Promise<Hit[]> {
  if (hits.every((hit) => hit.slug !== undefined)) return hits
  const read = await Promise.all(
    COLLECTIONS.map((collection) => {
      const ids = hits.filter((hit) => hit.collection === collection).map((hit) => hit.id)
      return ids.length ? findAsVisitor(payload, collection, { id: { in: ids } }, ids.length) : []
    }),
  )
  const byKey = new Map(read.flat().map((hit) => [`${hit.collection}-${hit.id}`, hit]))
  return hits.flatMap((hit) => byKey.get(`${hit.collection}-${hit.id}`) ?? [])
}

/**
 * Published exemplars and articles whose folded text holds every word of the query, ranked
 * (title before body), one page of `perPage`. The index only narrows and orders; the hits shown,
 * their text included, are read through Payload with access control, so the index never decides
 * what a visitor may see.
 */
export async function searchPublishedWith(
  payload: BasePayload,
  terms: string[],
  page: number,
  perPage: number,
): Promise<SearchPage> {
  if (terms.length === 0) return { total: 0, hits: [] }
  const lists = await Promise.all(
    COLLECTIONS.map((collection) => candidates(payload, collection, terms)),
  )
  const ranked = lists
    .flat()
    .map((hit) => ({ hit, score: searchScore(terms, hit.title, hit.body) }))
    .sort((a, b) => b.score - a.score)
    .map(({ hit }) => hit)
  const shown = await asVisitor(payload, ranked.slice((page - 1) * perPage, page * perPage))
  return {
    total: ranked.length,
    hits: shown.map((hit) => ({
      key: `${hit.collection}-${hit.id}`,
      href: PATH[hit.collection](hit.slug ?? ''),
      title: hit.title,
      body: hit.body,
      kind: KIND[hit.collection],
    })),
  }
}

/**
 * One page of search hits over published exemplars and articles, as a visitor. Not cached on
 * purpose: any string is a query, and caching them would let anyone fill the cache with junk.
 */
export async function searchPublished(
  terms: string[],
  page: number,
  perPage: number,
): Promise<SearchPage> {
  return searchPublishedWith(await cms(), terms, page, perPage)
}
