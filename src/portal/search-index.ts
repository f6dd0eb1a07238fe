import type { BasePayload, Where } from 'payload'

import { publishedOnly } from '@/access'
import { articlePath, exemplarPath } from '@/lib/routes'
import { sqliteClient, type SqlClient } from '@/server/sqlite-client'

import { cms } from './read'
import {
  fullTextQuery,
  highlight,
  plainText,
  searchScore,
  searchWhere,
  WORD_START_BELOW,
  type FullTextQuery,
  type Segment,
} from './search'

/** The newest this many matches of each collection are ranked (and counted)… */
const CANDIDATES = 100
/** …after the newest this many whose title or body holds every word, so a name is always found. */
const SHOWN_CANDIDATES = 200

/**
 * Ranking tiers, best first: every word in the title (a table of titles alone: a column filter
 * on the shown table still walks the body's positions); every word in the title or the body
 * shown; every word somewhere in the document (the story, the byline…). Each tier reads the newest
 * `limit` matches of each collection; a document counts once, in its best tier.
 */
const TIERS = [
  { tier: 2, table: 'titles', match: (q: FullTextQuery) => q.anywhere, limit: SHOWN_CANDIDATES },
  { tier: 1, table: 'shown', match: (q: FullTextQuery) => q.shown, limit: SHOWN_CANDIDATES },
  { tier: 0, table: 'words', match: (q: FullTextQuery) => q.anywhere, limit: CANDIDATES },
] as const

type Collection = 'exemplars' | 'articles'
const COLLECTIONS = ['exemplars', 'articles'] as const

/** The search tables of a collection (migrations `search_shown` and `search_titles`). */
const TABLES = (collection: Collection) => ({
  titles: `\`${collection}_search_titles\``,
  shown: `\`${collection}_search\``,
  words: `\`${collection}_search_words\``,
})

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
 * One collection's candidates: each tier's newest matches (ids only: the index answers without
 * reading a row), each document once, in its best tier. Words of one letter are looked for in
 * the folded text of each match.
 */
function candidatesSql(collection: Collection, letters: number): string {
  const tables = TABLES(collection)
  const tiers = TIERS.map(({ tier, table, limit }, i) => {
    const fts = tables[table]
    const inText = Array.from(
      { length: letters },
      (_, l) =>
        ` AND (SELECT instr(text, ?${TIERS.length + 1 + l}) FROM ${tables.words} WHERE rowid = ${fts}.rowid) > 0`,
    ).join('')
    return (
      `SELECT * FROM (SELECT rowid AS id, ${tier} AS tier FROM ${fts} WHERE ${fts} MATCH ?${i + 1}` +
      `${inText} ORDER BY rowid DESC LIMIT ${limit})`
    )
  })
  const kind = COLLECTIONS.indexOf(collection)
  return (
    `SELECT '${collection}' AS collection, ${kind} AS kind, id, max(tier) AS tier` +
    ` FROM (${tiers.join(' UNION ALL ')}) GROUP BY id`
  )
}

/**
 * SQLite: one page of hits and their count in one statement over the search tables, which hold
 * only what a visitor may read (migration `search_shown`). Only the page's rows are read; their
 * matched words are marked here, as the index matched them.
 */
async function searchIndexed(
  client: SqlClient,
  query: FullTextQuery,
  page: number,
  perPage: number,
): Promise<SearchPage> {
  const limit = TIERS.length + 1 + query.letters.length
  // Within a tier: exemplars, then articles, each the newest first. (Reading each candidate's
  // date to interleave them cost a third of the statement's time.)
  const order = 'tier DESC, kind ASC, id DESC'
  const rows = COLLECTIONS.map((collection) => {
    const { shown } = TABLES(collection)
    return (
      `SELECT page.*, slug, title, body FROM page CROSS JOIN ${shown}` +
      ` ON ${shown}.rowid = page.id WHERE page.collection = '${collection}'`
    )
  })
  const sql =
    `WITH ${COLLECTIONS.map((c) => `${c}_hits AS MATERIALIZED (${candidatesSql(c, query.letters.length)})`).join(', ')},` +
    ` hits AS MATERIALIZED (${COLLECTIONS.map((c) => `SELECT * FROM ${c}_hits`).join(' UNION ALL ')}),` +
    ` page AS MATERIALIZED (SELECT * FROM hits ORDER BY ${order} LIMIT ?${limit} OFFSET ?${limit + 1})` +
    ` SELECT counted.total, shown.* FROM (SELECT count(*) AS total FROM hits) AS counted` +
    ` LEFT JOIN (${rows.join(' UNION ALL ')}) AS shown ON 1` +
    ` ORDER BY ${order.replace(/(\w+) (ASC|DESC)/g, 'shown.$1 $2')}`
  const { rows: found } = await client.execute({
    sql,
    args: [
      ...TIERS.map(({ match }) => match(query)),
      ...query.letters,
      perPage,
      (page - 1) * perPage,
    ],
  })
  const mark = (text: unknown) =>
    highlight(String(text ?? '').replace(/^ /, ''), query.indexed, WORD_START_BELOW)
  return {
    total: Number((found as Record<string, unknown>[])[0]?.total ?? 0),
    hits: (found as Record<string, unknown>[])
      .filter((row) => row.id !== null && row.id !== undefined)
      .map((row) =>
        hit(
          row.collection as Collection,
          row.id,
          String(row.slug ?? ''),
          mark(row.title),
          mark(row.body),
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
