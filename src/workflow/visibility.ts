import type { Where } from 'payload'

/**
 * What a visitor may read of a reviewed collection: published and not in the trash. This is
 * the one definition; the access rule, the portal's reads and the SQL fast paths all use it.
 */
export const visibleToPublic: Where = {
  and: [{ _status: { equals: 'published' } }, { deletedAt: { exists: false } }],
}

/**
 * The same rule as a SQL condition on a reviewed collection's main table (SQLite fast paths:
 * search candidates, report rows). `alias` is the table's name or alias in the query.
 */
export const visibleToPublicSql = (alias: string): string =>
  `${alias}."_status" = 'published' AND ${alias}."deleted_at" IS NULL`
