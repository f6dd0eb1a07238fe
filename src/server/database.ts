import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations'
import { installSerializedTransactions } from './transactions'

export const DEFAULT_DATABASE_URI = 'file:./data/lantoa.db'

const SQLITE_BUSY_TIMEOUT_MS = 10_000
const SQLITE_SYNCHRONOUS = 'FULL'

export function databaseUri(): string {
  return process.env.DATABASE_URI || DEFAULT_DATABASE_URI
}

export function isMongoUri(uri: string): boolean {
  return uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')
}

/** Transactions on MongoDB need a replica set; `mongodb+srv` clusters always are one. */
export function mongoHasReplicaSet(uri: string): boolean {
  if (uri.startsWith('mongodb+srv://')) return true
  return /[?&]replicaSet=/.test(uri)
}

/** libsql does not create the folder of a `file:` database. */
function ensureSqliteFolder(uri: string): void {
  const file = uri.replace(/^file:/, '').split('?')[0]
  if (file && file !== ':memory:')
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}

/**
 * `DATABASE_URI` picks the adapter: SQLite (embedded, the default) with WAL, a busy timeout and
 * committed migrations; MongoDB for production, which scales out as a replica set.
 */
export function databaseAdapter(uri = databaseUri()): DatabaseAdapterObj {
  if (isMongoUri(uri)) {
    const replicaSet = mongoHasReplicaSet(uri)
    if (!replicaSet) {
      console.warn(
        '[lantoa] DATABASE_URI không chỉ ra replicaSet: MongoDB sẽ chạy không có giao dịch (transactions). ' +
          'Dùng replica set trong môi trường sản xuất.',
      )
    }
    // Transactions (each Payload operation all-or-nothing) need a replica set or a managed cluster.
    return mongooseAdapter({ url: uri, transactionOptions: replicaSet ? {} : false })
  }
  ensureSqliteFolder(uri)
  const base = sqliteAdapter({
    client: { url: uri },
    push: false,
    migrationDir: path.resolve(process.cwd(), 'src/migrations'),
    prodMigrations: migrations,
    wal: { synchronous: SQLITE_SYNCHRONOUS },
    busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
  })
  // Every write operation in one SQLite transaction (see ./transactions): a document, its
  // versions and the side effects its hooks write through `req` commit together or not at all.
  return {
    ...base,
    init: (args) => {
      const adapter = base.init(args)
      installSerializedTransactions(adapter, {
        busyTimeoutMs: SQLITE_BUSY_TIMEOUT_MS,
        synchronous: SQLITE_SYNCHRONOUS,
      })
      return adapter
    },
  }
}
