// Next.js `cacheHandler` for several app instances (used only when REDIS_URL is set:
// next.config.mjs). Pages (App Router and Pages Router ISR), route bodies and `unstable_cache`
// results live in Redis through @fortedigital/nextjs-cache-handler's `redis-strings` handler:
// one copy for every instance, so a tag expired on one instance (revalidateTag) deletes the
// entries of every instance, and a page re-rendered by `res.revalidate` on one is what all serve.
// Loaded by `next start` itself with a plain dynamic import, outside the bundles: plain JavaScript.
//
// What is ours, around the library:
// - the connection: connect in the background and fail fast while disconnected
//   (`disableOfflineQueue`), so Redis down means cache misses (pages render from the database),
//   never a hanging or failing request; the library swallows the errors, we log them (throttled);
// - a tag whose expiry could not reach Redis is expired again once Redis answers, so an entry
//   written before the change is not served by any instance after the outage;
// - keys are scoped by build id: a new build never serves pages rendered by the previous one.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from '@redis/client'
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'

const PREFIX = process.env.REDIS_PREFIX || 'lantoa:'
const COMMAND_TIMEOUT_MS = 1000

let lastError = 0
function logError(what, error) {
  const now = Date.now()
  if (now - lastError < 10_000) return
  lastError = now
  console.error(
    JSON.stringify({
      level: 'error',
      msg: `[lantoa] Redis cache: ${what}`,
      err: String(error?.message ?? error),
    }),
  )
}

/**
 * Wraps a library handler: errors are logged (the library drops them silently) and rethrown (the
 * library then treats them as a miss). A tag whose expiry failed is expired again every
 * `retryMs` and when `onReady` is called (the client reconnected), until Redis takes it.
 */
export function withRetriedExpiry(handler, log = logError, retryMs = 2000) {
  /** @type {Set<string>} */
  const pending = new Set()
  /** @type {NodeJS.Timeout | null} */
  let timer = null
  const retryLater = () => {
    if (timer || !pending.size) return
    timer = setTimeout(() => {
      timer = null
      void retry()
    }, retryMs)
    timer.unref?.()
  }
  const expire = async (tag) => {
    try {
      await handler.revalidateTag(tag)
      pending.delete(tag)
    } catch (error) {
      pending.add(tag)
      log('revalidateTag', error)
      retryLater()
      throw error
    }
  }
  const retry = async () => {
    for (const tag of [...pending]) await expire(tag).catch(() => undefined)
  }
  return {
    ...handler,
    name: `${handler.name}+retry`,
    pending,
    async get(key, meta) {
      try {
        return await handler.get(key, meta)
      } catch (error) {
        log('get', error)
        throw error
      }
    },
    async set(key, value, ctx) {
      try {
        await handler.set(key, value, ctx)
      } catch (error) {
        log('set', error)
        throw error
      }
    },
    revalidateTag: expire,
    /** Expires again every tag whose expiry failed; resolves once all were tried. */
    onReady: retry,
  }
}

function redisHandler(buildId) {
  const client = createClient({
    url: process.env.REDIS_URL,
    disableOfflineQueue: true,
    socket: { reconnectStrategy: (retries) => Math.min(retries * 100, 2000), connectTimeout: 2000 },
  })
  const handler = withRetriedExpiry(
    createRedisHandler({
      client,
      keyPrefix: `${PREFIX}${buildId || 'dev'}:`,
      timeoutMs: COMMAND_TIMEOUT_MS,
      keyExpirationStrategy: 'EXAT',
    }),
  )
  client.on('error', (error) => logError('connection', error))
  client.on('ready', () => void handler.onReady())
  client.connect().catch((error) => logError('connect', error))
  return handler
}

CacheHandler.onCreation(({ buildId }) => {
  // `next build` prerenders against whatever database it sees: keep that out of the shared cache.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD || !process.env.REDIS_URL) {
    return { handlers: [createLruHandler()] }
  }
  return { handlers: [redisHandler(buildId?.trim())] }
})

export default CacheHandler
