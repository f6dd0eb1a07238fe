import type { BasePayload, Where } from 'payload'

import { publishedOnly } from '@/access'
import { articlePath, exemplarPath } from '@/lib/routes'
import { sqliteClient, type SqlClient } from '@/server/sqlite-client'

import { cms } from './read'
import {
  MARK_CLOSE,
  MARK_OPEN,
  fullTextQuery,
  highlight,
  markedSegments,
  plainText,
  searchScore,
  searchWhere,
  type FullTextQuery,
  type Segment,
} from './search'

/** The newest this many matches of each collection are ranked (and counted)… */
const CANDIDATES = 100
/** …after the newest this many whose title or body holds every word, so a name is always found. */
const SHOWN_CANDIDATES = 200

type Collection = 'exemplars' | 'articles'
const COLLECTIONS = ['exemplars', 'articles'] as const

export type SearchHit = {
  key: string
  href: string
  title: string
  body: string
  /** The title and body as segments, matched words marked. */
  marked: { title: Segment[]; body: Segment[] }
  kind: 'Gương điển hình' | 'Tin tức'
}
export type SearchPage = { total: number; hits: SearchHit[] }

const KIND: Record<Collection, SearchHit['kind']> = {
  exemplars: 'Gương điển hình',
  articles: 'Tin tức',
}
const PATH: Record<Collection, (slug: string) => string> = {
  exemplars: exemplarPath,
  articles: articlePath,
}

function hit(collection: Collection, id: unknown, slug: string, title: Segment[], body: Segment[]) {
  return {
    key: `${collection}-${id}`,
    href: PATH[collection](slug),
    title: plainText(title),
    body: plainText(body),
    marked: { title, body },
    kind: KIND[collection],
  }
}

/**
 * The candidates of one collection in its search table: the newest `limit` rows matching
 * `match` (a parameter number), with title and body marked by FTS5 and the letters checked.
 */
function candidatesSql(collection: Collection, match: string, letters: string[], limit: number) {
  const fts = `\`${collection}_search\``
  const markers = `char(${MARK_OPEN.charCodeAt(0)}), char(${MARK_CLOSE.charCodeAt(0)})`
  return (
    `SELECT '${collection}' AS collection, rowid AS id, slug, sort_key,` +
    ` highlight(${fts}, 0, ${markers}) AS marked_title, title AS plain_title,` +
    ` highlight(${fts}, 1, ${markers}) AS marked_body, body AS plain_body` +
    ` FROM ${fts} WHERE ${fts} MATCH ${match}` +
    letters.map((_, i) => ` AND instr(text, ?${3 + i}) > 0`).join('') +
    ` ORDER BY rowid DESC LIMIT ${limit}`
  )
}

/** Marks in a highlighted column: each added one opening and one closing character. */
const marks = (marked: string, plain: string) => `(length(${marked}) - length(${plain})) / 2`

/**
 * SQLite: one page of hits and their count in one statement over the search tables, which hold
 * only what a visitor may read (migration `search_entries`). Rank: every marked word in the
 * title weighs ten, in the body one; ties go to the newest.
 */
async function searchIndexed(
  client: SqlClient,
  query: FullTextQuery,
  page: number,
  perPage: number,
): Promise<SearchPage> {
  const parts = COLLECTIONS.flatMap((collection) => {
    const shown = `${collection}_shown`
    const anywhere = `${collection}_anywhere`
    return [
      [shown, candidatesSql(collection, '?2', query.letters, SHOWN_CANDIDATES)],
      [anywhere, candidatesSql(collection, '?1', query.letters, CANDIDATES)],
      [
        `${collection}_hits`,
        `SELECT * FROM ${shown} UNION ALL SELECT * FROM ${anywhere} WHERE id NOT IN (SELECT id FROM ${shown})`,
      ],
    ]
  })
  const limit = 3 + query.letters.length
  const sql =
    `WITH ${parts.map(([name, body]) => `${name} AS MATERIALIZED (${body})`).join(', ')},` +
    ` hits AS MATERIALIZED (SELECT *, 10 * ${marks('marked_title', 'plain_title')} + ${marks('marked_body', 'plain_body')} AS score` +
    ` FROM (${COLLECTIONS.map((c) => `SELECT * FROM ${c}_hits`).join(' UNION ALL ')}))` +
    ` SELECT counted.total, shown.* FROM (SELECT count(*) AS total FROM hits) AS counted` +
    ` LEFT JOIN (SELECT * FROM hits ORDER BY score DESC, sort_key DESC, id DESC LIMIT ?${limit} OFFSET ?${limit + 1}) AS shown ON 1` +
    ` ORDER BY shown.score DESC, shown.sort_key DESC, shown.id DESC`
  const { rows } = await client.execute({
    sql,
    args: [query.anywhere, query.shown, ...query.letters, perPage, (page - 1) * perPage],
  })
  const found = rows as Record<string, unknown>[]
  return {
    total: Number(found[0]?.total ?? 0),
    hits: found
      .filter((row) => row.id !== null && row.id !== undefined)
      .map((row) =>
        hit(
          row.collection as Collection,
          row.id,
          String(row.slug ?? ''),
          markedSegments(String(row.marked_title ?? '')),
          markedSegments(String(row.marked_body ?? '')),
        ),
      ),
  }
}

/**
 * Published documents of `collection` as an anonymous visitor reads them (access control on),
 * each as the title and body search ranks and shows: an exemplar's name over its position and
 * summary, an article's title over its excerpt.
 */
async function findAsVisitor(payload: BasePayload, collection: Collection, where: Where) {
  const query = {
    where: { and: [publishedOnly, where] } as Where,
    limit: CANDIDATES,
    sort: collection === 'exemplars' ? '-period' : '-publishedAt',
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
 * Any adapter (MongoDB; on SQLite, queries of one-letter words, which no trigram holds): the
 * newest matches of each collection through Payload as the visitor, ranked here.
 */
async function searchAsVisitor(
  payload: BasePayload,
  terms: string[],
  page: number,
  perPage: number,
): Promise<SearchPage> {
  const lists = await Promise.all(
    COLLECTIONS.map((collection) => findAsVisitor(payload, collection, searchWhere(terms))),
  )
  const ranked = lists
    .flat()
    .map((doc) => ({ doc, score: searchScore(terms, doc.title, doc.body) }))
    .sort((a, b) => b.score - a.score)
    .map(({ doc }) => doc)
  return {
    total: ranked.length,
    hits: ranked
      .slice((page - 1) * perPage, page * perPage)
      .map((doc) =>
        hit(
          doc.collection,
          doc.id,
          doc.slug,
          highlight(doc.title, terms),
          highlight(doc.body, terms),
        ),
      ),
  }
}

/**
 * Published exemplars and articles whose folded text holds every word of the query, ranked
 * (title before body), one page of `perPage`, matched words marked.
 */
export async function searchPublishedWith(
  payload: BasePayload,
  terms: string[],
  page: number,
  perPage: number,
): Promise<SearchPage> {
  if (terms.length === 0) return { total: 0, hits: [] }
  const client = sqliteClient(payload)
  const query = fullTextQuery(terms)
  if (client && query) return searchIndexed(client, query, page, perPage)
  return searchAsVisitor(payload, terms, page, perPage)
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
