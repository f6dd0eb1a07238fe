import type { Client } from '@libsql/client'

/**
 * The tables that hold content, by name: not SQLite's own, not the full-text indexes (virtual
 * tables) nor their WITHOUT ROWID shadow tables, which are derived from the content tables.
 */
export async function contentTables(db: Client): Promise<string[]> {
  const { rows } = await db.execute(
    "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  )
  const virtual = rows
    .filter((row) => /^CREATE VIRTUAL TABLE/i.test(String(row.sql)))
    .map((row) => String(row.name))
  return rows
    .map((row) => String(row.name))
    .filter((name) => !virtual.some((v) => name === v || name.startsWith(`${v}_`)))
}
