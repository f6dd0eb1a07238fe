// Next.js `cacheHandler` shared by every app instance through Redis (used only when REDIS_URL is
// set: next.config.mjs). Loaded by `next start` itself with a plain dynamic import, outside the
// bundles, so it is plain JavaScript.
//
// What it keeps, and why it matches Next's own FileSystemCache
// (node_modules/next/dist/server/lib/incremental-cache/file-system-cache.js):
// - entries (ISR pages, route bodies and `unstable_cache` results) under `<prefix><buildId>:e:<key>`,
//   with their `lastModified`; a page's tags are in its `x-next-cache-tags` header, a data entry's
//   in `ctx.tags` + `ctx.softTags` (the implicit tags of the page being rendered) and in the entry;
// - the tags manifest (`{ stale, expired }` per tag, as in tags-manifest.external.js) in one Redis
//   hash shared by every build. `revalidateTag(tag, { expire: 0 })` sets both to now: an entry
//   written before that is expired on every instance (get answers null, the page re-renders);
// - every revalidation is published on a channel, so the other instances update their copy of the
//   manifest at once (and reread the whole hash every few seconds in case a message was lost).
//   Next's own in-process manifest gets the same values, so its stale-while-revalidate checks
//   (`areTagsStale`) work as with the built-in cache.
// Redis down: reads miss (pages render from the database), writes are dropped, nothing throws.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { createClient } from '@redis/client'

const require = createRequire(import.meta.url)
const PREFIX = process.env.REDIS_PREFIX || 'lantoa:'
const TAGS_KEY = `${PREFIX}tags`
const CHANNEL = `${PREFIX}tags`
const TAGS_HEADER = 'x-next-cache-tags'
/** Entries outlive their revalidate time (they are served stale while re-rendering), not forever. */
const ENTRY_TTL_SECONDS = Number(process.env.CACHE_ENTRY_TTL_SECONDS) || 7 * 24 * 3600
const COMMAND_TIMEOUT_MS = 1000
const MANIFEST_REFRESH_MS = 5000
const debug = Boolean(process.env.NEXT_PRIVATE_DEBUG_CACHE)

/** Next's in-process tags manifest (shared module), kept in step for its stale checks. */
let nextManifest = null
try {
  nextManifest =
    require('next/dist/server/lib/incremental-cache/tags-manifest.external.js').tagsManifest
} catch {
  nextManifest = null
}

/** One connection pair per process, whatever the number of IncrementalCache instances. */
const shared = globalThis[Symbol.for('lantoa.redis-cache')] ?? {
  client: null,
  subscriber: null,
  manifest: new Map(),
  lastError: 0,
  timer: null,
}
globalThis[Symbol.for('lantoa.redis-cache')] = shared

function logError(what, error) {
  const now = Date.now()
  if (now - shared.lastError < 10_000) return
  shared.lastError = now
  console.error(
    JSON.stringify({
      level: 'error',
      msg: `[lantoa] Redis cache: ${what}`,
      err: String(error?.message ?? error),
    }),
  )
}

function applyTag(tag, entry) {
  if (!entry || typeof entry !== 'object') return
  shared.manifest.set(tag, entry)
  nextManifest?.set(tag, { ...(nextManifest.get(tag) || {}), ...entry })
}

async function reloadManifest() {
  if (!shared.client?.isReady) return
  const all = await withTimeout(shared.client.hGetAll(TAGS_KEY))
  for (const [tag, raw] of Object.entries(all || {})) {
    try {
      applyTag(tag, JSON.parse(raw))
    } catch {
      // a foreign value: ignore
    }
  }
}

function connect() {
  if (shared.client) return
  const url = process.env.REDIS_URL
  const options = {
    url,
    // Fail fast while disconnected instead of queueing requests behind a dead server.
    disableOfflineQueue: true,
    socket: { reconnectStrategy: (retries) => Math.min(retries * 100, 2000), connectTimeout: 2000 },
  }
  shared.client = createClient(options)
  shared.client.on('error', (error) => logError('connection', error))
  shared.client.on('ready', () => reloadManifest().catch((error) => logError('manifest', error)))
  shared.client.connect().catch((error) => logError('connect', error))

  shared.subscriber = createClient(options)
  shared.subscriber.on('error', (error) => logError('subscriber', error))
  shared.subscriber
    .connect()
    .then(() =>
      shared.subscriber.subscribe(CHANNEL, (message) => {
        try {
          const { tag, entry } = JSON.parse(message)
          applyTag(tag, entry)
        } catch {
          // not ours
        }
      }),
    )
    .catch((error) => logError('subscribe', error))

  shared.timer = setInterval(
    () => reloadManifest().catch((error) => logError('manifest', error)),
    MANIFEST_REFRESH_MS,
  )
  shared.timer.unref()
}

function withTimeout(promise) {
  let timer
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), COMMAND_TIMEOUT_MS)
    }),
  ]).finally(() => clearTimeout(timer))
}

/** JSON that keeps Buffers (RSC payloads, route bodies) and Maps (segment data). */
export function encode(value) {
  return JSON.stringify(value, function replacer(key, converted) {
    const raw = this[key]
    if (Buffer.isBuffer(raw)) return { __b: raw.toString('base64') }
    if (raw instanceof Uint8Array) return { __b: Buffer.from(raw).toString('base64') }
    if (raw instanceof Map) return { __m: [...raw.entries()] }
    return converted
  })
}

export function decode(text) {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (typeof value.__b === 'string') return Buffer.from(value.__b, 'base64')
      if (Array.isArray(value.__m)) return new Map(value.__m)
    }
    return value
  })
}

/** Same rule as Next's areTagsExpired: invalidated after the entry was written, and due. */
export function isExpired(manifest, tags, lastModified, now = Date.now()) {
  for (const tag of tags) {
    const expired = manifest.get(tag)?.expired
    if (typeof expired === 'number' && expired <= now && expired > lastModified) return true
  }
  return false
}

function entryTags(data, ctx) {
  const value = data?.value
  if (!value) return []
  if (value.kind === 'FETCH') {
    return [...(ctx?.tags || []), ...(ctx?.softTags || []), ...(value.tags || [])]
  }
  const header = value.headers?.[TAGS_HEADER]
  return typeof header === 'string' ? header.split(',') : []
}

function readBuildId(serverDistDir) {
  try {
    return fs.readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim()
  } catch {
    return 'dev'
  }
}

export default class RedisCacheHandler {
  constructor(ctx) {
    this.revalidatedTags = ctx.revalidatedTags || []
    this.entryPrefix = `${PREFIX}${readBuildId(ctx.serverDistDir || '.next/server')}:e:`
    connect()
  }

  async get(key, ctx) {
    const client = shared.client
    if (!client?.isReady) return null
    let data
    try {
      const raw = await withTimeout(client.get(this.entryPrefix + key))
      if (!raw) return null
      data = decode(raw)
    } catch (error) {
      logError('get', error)
      return null
    }
    const tags = entryTags(data, ctx)
    if (data.value?.kind === 'FETCH' && tags.some((tag) => this.revalidatedTags.includes(tag))) {
      return null
    }
    if (isExpired(shared.manifest, tags, data.lastModified)) {
      if (debug) console.log('RedisCacheHandler: expired tags', key, tags)
      return null
    }
    return data
  }

  async set(key, data, ctx) {
    const client = shared.client
    if (!client?.isReady) return
    const entry = {
      value: data,
      lastModified: Date.now(),
      cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl,
    }
    if (data?.kind === 'FETCH') data.tags = ctx?.fetchCache ? ctx.tags : []
    try {
      if (data === null) {
        await withTimeout(client.del(this.entryPrefix + key))
        return
      }
      await withTimeout(
        client.set(this.entryPrefix + key, encode(entry), { EX: ENTRY_TTL_SECONDS }),
      )
    } catch (error) {
      logError('set', error)
    }
  }

  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : tags
    if (!list.length) return
    const now = Date.now()
    const client = shared.client
    for (const tag of list) {
      const existing = shared.manifest.get(tag) || {}
      const entry = durations
        ? {
            ...existing,
            stale: now,
            ...(durations.expire !== undefined ? { expired: now + durations.expire * 1000 } : {}),
          }
        : { ...existing, expired: now }
      applyTag(tag, entry)
      if (!client?.isReady) continue
      try {
        await withTimeout(
          client
            .multi()
            .hSet(TAGS_KEY, tag, JSON.stringify(entry))
            .publish(CHANNEL, JSON.stringify({ tag, entry }))
            .exec(),
        )
      } catch (error) {
        logError('revalidateTag', error)
      }
    }
  }

  resetRequestCache() {
    // Nothing is memoised per request: every get reads Redis and the live tags manifest.
  }
}
