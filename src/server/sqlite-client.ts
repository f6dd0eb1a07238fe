import type { BasePayload } from 'payload'

export type SqlClient = {
  execute: (q: { sql: string; args: unknown[] }) => Promise<{ rows: unknown[] }>
}

/**
 * The libSQL client under Payload's SQLite adapter, for the few reads that SQL does far better
 * than Payload's per-document pipeline (full-text candidates, report counts); null on MongoDB,
 * where the same functions take their adapter-neutral path.
 */
export function sqliteClient(payload: BasePayload): SqlClient | null {
  const db = payload.db as unknown as { name?: string; client?: SqlClient }
  return db.name === 'sqlite' && db.client ? db.client : null
}
