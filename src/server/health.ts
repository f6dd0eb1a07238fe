import type { Endpoint, PayloadRequest } from 'payload'

import { redisClient, withTimeout } from '@/server/redis'
import { storageReachable } from '@/server/storage'

import { isDraining } from './shutdown-state'

type Check = { ok: boolean; kind: string; ms: number; error?: string }

async function timed(kind: string, run: () => Promise<unknown>): Promise<Check> {
  const started = Date.now()
  try {
    await withTimeout(Promise.resolve().then(run), 2000)
    return { ok: true, kind, ms: Date.now() - started }
  } catch (error) {
    return { ok: false, kind, ms: Date.now() - started, error: (error as Error).name || 'Error' }
  }
}

function database(req: PayloadRequest): Promise<Check> {
  const kind = req.payload.db.name || 'database'
  return timed(kind, () => req.payload.count({ collection: 'clusters', overrideAccess: true }))
}

async function cache(): Promise<Check> {
  const client = redisClient()
  if (!client) return { ok: true, kind: 'memory', ms: 0 }
  return timed('redis', async () => {
    if (!client.isReady) throw Object.assign(new Error('not connected'), { name: 'NotConnected' })
    await client.ping()
  })
}

async function storage(): Promise<Check> {
  const started = Date.now()
  const result = await storageReachable()
  return { ...result, ms: Date.now() - started }
}

const noStore = { 'cache-control': 'no-store' }

/**
 * `GET /api/health`: database, storage and cache each answer → 200, else 503; the body says which
 * (kinds and timings only, never an address or a credential).
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const [db, store, cached] = await Promise.all([database(req), storage(), cache()])
    const ok = db.ok && store.ok && cached.ok
    return Response.json(
      { status: ok ? 'ok' : 'error', checks: { database: db, storage: store, cache: cached } },
      { status: ok ? 200 : 503, headers: noStore },
    )
  },
}

/**
 * `GET /api/ready`: 200 while this instance should get traffic; 503 once it is shutting down
 * (SIGTERM) or cannot reach its database.
 */
export const readyEndpoint: Endpoint = {
  path: '/ready',
  method: 'get',
  handler: async (req) => {
    if (isDraining()) {
      return Response.json({ status: 'draining' }, { status: 503, headers: noStore })
    }
    const db = await database(req)
    return Response.json(
      { status: db.ok ? 'ready' : 'error' },
      { status: db.ok ? 200 : 503, headers: noStore },
    )
  },
}
