import { createClient } from '@redis/client'

function create(url: string) {
  return createClient({
    url,
    disableOfflineQueue: true,
    socket: { reconnectStrategy: (retries) => Math.min(retries * 100, 2000), connectTimeout: 2000 },
  })
}

type Client = ReturnType<typeof create>

const KEY = Symbol.for('lantoa.redis-client')
const holder = globalThis as typeof globalThis & { [KEY]?: Client }

export function redisConfigured(env: Record<string, string | undefined> = process.env): boolean {
  return Boolean(env.REDIS_URL)
}

export const REDIS_PREFIX = process.env.REDIS_PREFIX || 'lantoa:'

/**
 * The process's Redis connection for the rate limiter and the health check (the cache handler,
 * loaded by Next outside the bundles, keeps its own). Commands fail at once while disconnected
 * rather than queue: callers fall back (the limiter) or report (the health check).
 */
export function redisClient(): Client | null {
  if (!process.env.REDIS_URL) return null
  if (holder[KEY]) return holder[KEY]
  let lastError = 0
  const client = create(process.env.REDIS_URL)
  client.on('error', (error: Error) => {
    if (Date.now() - lastError < 10_000) return
    lastError = Date.now()
    console.error(`[lantoa] Redis: ${error.message}`)
  })
  client.connect().catch(() => undefined)
  holder[KEY] = client
  return client
}

/** Resolves with the value, or rejects after `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms = 1000): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), ms)
    }),
  ]).finally(() => clearTimeout(timer))
}
