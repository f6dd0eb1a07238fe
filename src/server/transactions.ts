import crypto from 'node:crypto'

import { createClient, type Client } from '@libsql/client'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { BaseDatabaseAdapter } from 'payload'

/**
 * Real transactions for Payload on SQLite.
 *
 * `@payloadcms/db-sqlite` ships with transactions switched off: every statement of an operation
 * (the document row, its array and relationship rows, its version row, an audit entry written by
 * a hook) commits on its own, so a crash or a failing hook leaves half a document behind. Its
 * built-in alternative (`transactionOptions`) opens a new libsql connection per transaction,
 * without the busy timeout or `synchronous` setting, and concurrent writers then block the one
 * Node thread inside SQLite's busy handler.
 *
 * Here every write operation runs inside `BEGIN IMMEDIATE … COMMIT` on one dedicated
 * connection, one transaction at a time (SQLite has one writer anyway): others wait their turn
 * asynchronously, readers keep reading the last committed state (WAL). A COMMIT that fails is
 * reported as a failure (Payload's own commit swallows it), and a transaction left open by a
 * bug is rolled back after `maxOpenMs` instead of blocking every writer.
 */

type Session = { db: unknown; resolve: () => Promise<void>; reject: () => Promise<void> }

type SqliteAdapterLike = Pick<SQLiteAdapter, 'clientConfig' | 'schema' | 'logger'> &
  BaseDatabaseAdapter & { sessions: Record<string, Session>; initializing?: Promise<void> }

export type TransactionOptions = {
  busyTimeoutMs: number
  synchronous: 'FULL' | 'NORMAL' | 'EXTRA'
  /** How long a caller waits for its turn before the write fails. */
  waitMs?: number
  /** A transaction open longer than this is rolled back (a bug, never a normal write). */
  maxOpenMs?: number
}

/** A FIFO lock with a bounded wait. */
class TurnLock {
  private held = false
  private queue: Array<() => void> = []

  async acquire(waitMs: number): Promise<() => void> {
    if (!this.held) {
      this.held = true
      return this.releaser()
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        clearTimeout(timer)
        resolve(this.releaser())
      }
      const timer = setTimeout(() => {
        this.queue = this.queue.filter((item) => item !== grant)
        reject(
          new Error(`Cơ sở dữ liệu đang bận: chờ quá ${Math.round(waitMs / 1000)} giây để ghi.`),
        )
      }, waitMs)
      this.queue.push(grant)
    })
  }

  private releaser(): () => void {
    let released = false
    return () => {
      if (released) return
      released = true
      const next = this.queue.shift()
      if (next) next()
      else this.held = false
    }
  }
}

export function installSerializedTransactions(
  adapter: SqliteAdapterLike,
  { busyTimeoutMs, synchronous, waitMs = 60_000, maxOpenMs = 120_000 }: TransactionOptions,
): void {
  const lock = new TurnLock()
  let connection: { client: Client; db: unknown } | null = null

  async function open(): Promise<{ client: Client; db: unknown }> {
    if (connection) return connection
    const client = createClient(adapter.clientConfig)
    await client.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
    await client.execute(`PRAGMA synchronous = ${synchronous}`)
    const db = drizzle(client, {
      schema: adapter.schema,
      logger: adapter.logger || false,
    })
    connection = { client, db }
    return connection
  }

  adapter.beginTransaction = async () => {
    await adapter.initializing
    const release = await lock.acquire(waitMs)
    let client: Client
    let db: unknown
    try {
      ;({ client, db } = await open())
      await client.execute('BEGIN IMMEDIATE')
    } catch (error) {
      release()
      throw error
    }
    const id = crypto.randomUUID()
    let ended = false
    const end = async (statement: 'COMMIT' | 'ROLLBACK') => {
      if (ended) return
      ended = true
      clearTimeout(watchdog)
      try {
        await client.execute(statement)
      } catch (error) {
        if (statement === 'COMMIT') await client.execute('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        release()
      }
    }
    const watchdog = setTimeout(() => {
      if (!adapter.sessions[id]) return
      delete adapter.sessions[id]
      adapter.payload?.logger.error(`[lantoa] Giao dịch mở quá ${maxOpenMs} ms: đã hủy (ROLLBACK).`)
      void end('ROLLBACK').catch(() => undefined)
    }, maxOpenMs)
    watchdog.unref?.()
    adapter.sessions[id] = { db, resolve: () => end('COMMIT'), reject: () => end('ROLLBACK') }
    return id
  }

  adapter.commitTransaction = async (incoming) => {
    const id = String(await incoming)
    const session = adapter.sessions[id]
    if (!session) return
    delete adapter.sessions[id]
    // Unlike Payload's default, a failed COMMIT fails the operation: nothing is acknowledged
    // that is not on disk.
    await session.resolve()
  }

  adapter.rollbackTransaction = async (incoming) => {
    const id = String(await incoming)
    const session = adapter.sessions[id]
    if (!session) return
    delete adapter.sessions[id]
    await session.reject()
  }

  const destroy = adapter.destroy?.bind(adapter)
  adapter.destroy = async () => {
    connection?.client.close()
    connection = null
    await destroy?.()
  }
}
