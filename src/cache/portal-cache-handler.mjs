// @ts-check
/**
 * The cache handler Next is given (next.config.mjs). It stores nothing itself: every call goes to
 * the real handler — Next's own (memory, one instance) or the shared Redis one when REDIS_URL is
 * set (src/cache/cache-handler.mjs, @fortedigital/nextjs-cache-handler) — and adds one thing on
 * the way in.
 *
 * Pages Router pages (the public portal, src/pages) carry no cache tags: Next writes the
 * `x-next-cache-tags` header only for App Router entries and passes no tags for a Pages entry.
 * A portal page lists the tags of its reads in its props (`cacheTags`, see
 * src/portal/static-page.ts); here they become the entry's tags — as the header, which Next's own
 * cache checks on read, and as the `tags` of the set, which the Redis handler indexes — so
 * `revalidateTag` from the publish hooks expires the page like any App Router entry, on every
 * instance.
 */
import { createRequire } from 'node:module'

import SharedCacheHandler from './cache-handler.mjs'

const require = createRequire(import.meta.url)

const TAGS_HEADER = 'x-next-cache-tags'

/** @param {any} data @returns {string[]} */
function pageTags(data) {
  if (!data || typeof data !== 'object' || data.kind !== 'PAGES') return []
  const tags = data.pageData?.pageProps?.cacheTags ?? data.pageData?.cacheTags
  return Array.isArray(tags) ? tags.filter((tag) => typeof tag === 'string') : []
}

/** @type {any} */
let base
/**
 * The real handler's class, looked up once: Next makes a handler for every request, and
 * resolving the module each time was 2.6 % of a cached page's CPU time.
 */
function baseHandler() {
  base ??= process.env.REDIS_URL
    ? SharedCacheHandler
    : require('next/dist/server/lib/incremental-cache/file-system-cache.js').default
  return base
}

export default class PortalCacheHandler {
  /** @param {any} ctx */
  constructor(ctx) {
    const Base = baseHandler()
    this.inner = new Base(ctx)
  }

  /** @param {string} key @param {any} ctx */
  get(key, ctx) {
    return this.inner.get(key, ctx)
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  set(key, data, ctx) {
    // A portal page redirects only an unknown slug to the 404 page. Such an entry cannot carry
    // tags, so it is not kept: a profile published (or republished) a moment later must show.
    if (data?.kind === 'REDIRECT') return Promise.resolve()
    const tags = pageTags(data)
    if (!tags.length) return this.inner.set(key, data, ctx)
    const tagged = { ...data, headers: { ...data.headers, [TAGS_HEADER]: tags.join(',') } }
    const known = Array.isArray(ctx?.tags) ? ctx.tags : []
    return this.inner.set(key, tagged, { ...ctx, tags: [...new Set([...known, ...tags])] })
  }

  /** @param {string | string[]} tags @param {any} durations */
  revalidateTag(tags, durations) {
    return this.inner.revalidateTag(tags, durations)
  }

  resetRequestCache() {
    return this.inner.resetRequestCache?.()
  }
}
