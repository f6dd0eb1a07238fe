import type { BasePayload, Where } from 'payload'

import { searchWhere } from './search'

/** Trigrams need three letters; shorter words are matched with `contains`. */
const MIN_INDEXED = 3
const CANDIDATES = 100

type SqlClient = { execute: (q: { sql: string; args: unknown[] }) => Promise<{ rows: unknown[] }> }

function sqliteClient(payload: BasePayload): SqlClient | null {
  const db = payload.db as unknown as { name?: string; client?: SqlClient }
  return db.name === 'sqlite' && db.client ? db.client : null
}

/**
 * The condition for "every word appears in the folded search text", for
 * `payload.find({ where, overrideAccess: false })`. On SQLite the words of three letters or more
 * are looked up in the FTS5 trigram index (migration `search_index`) and become an `id in […]`
 * of the newest published candidates; the rest stay `contains`. Elsewhere (MongoDB) it is
 * `contains` on the indexed field. Either way the caller's find applies access control and the
 * published filter: the index only narrows, it never decides what a visitor may read.
 */
export async function searchCondition(
  payload: BasePayload,
  collection: 'exemplars' | 'articles',
  terms: string[],
): Promise<Where> {
  const client = sqliteClient(payload)
  const indexed = terms.filter((term) => term.length >= MIN_INDEXED)
  if (!client || indexed.length === 0) return searchWhere(terms)
  const order = collection === 'exemplars' ? 'period DESC, id DESC' : 'published_at DESC, id DESC'
  const match = indexed.map((term) => `"${term.replace(/"/g, '')}"`).join(' AND ')
  const { rows } = await client.execute({
    sql: `SELECT id FROM \`${collection}\` WHERE _status = 'published' AND deleted_at IS NULL AND id IN (SELECT rowid FROM \`${collection}_fts\` WHERE \`${collection}_fts\` MATCH ?) ORDER BY ${order} LIMIT ${CANDIDATES}`,
    args: [match],
  })
  const ids = rows.map((row) => Number((row as { id: unknown }).id))
  const rest = terms.filter((term) => term.length < MIN_INDEXED)
  return { and: [{ id: { in: ids.length ? ids : [0] } }, ...(rest.length ? [searchWhere(rest)] : [])] }
}
