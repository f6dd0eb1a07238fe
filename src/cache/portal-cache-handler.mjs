// @ts-check
/**
 * The cache handler Next is given (next.config.mjs). It stores nothing itself: every call goes to
 * the real handler — Next's own (memory, one instance) or the shared one when REDIS_URL is set —
 * and adds one thing on the way in.
 *
 * Pages Router pages (the public portal, src/pages) carry no cache tags: Next writes the
 * `x-next-cache-tags` header only for App Router entries. Both handlers already expire any page
 * entry whose `headers['x-next-cache-tags']` names an expired tag, so a portal page that lists the
 * tags of its reads in its props (`cacheTags`, see src/portal/static-page.ts) gets that header
 * here, and `revalidateTag` from the publish hooks expires it like any App Router entry, on every
 * instance.
 */
import { createRequire } from 'node:module'

import RedisCacheHandler from './redis-cache-handler.mjs'

const require = createRequire(import.meta.url)

const TAGS_HEADER = 'x-next-cache-tags'

/** @param {unknown} data */
function withPageTags(data) {
  if (!data || typeof data !== 'object') return data
  const entry =
    /** @type {{ kind?: string, pageData?: { pageProps?: { cacheTags?: unknown } } & { cacheTags?: unknown }, headers?: Record<string, unknown> }} */ (
      data
    )
  if (entry.kind !== 'PAGES') return data
  const tags = entry.pageData?.pageProps?.cacheTags ?? entry.pageData?.cacheTags
  if (!Array.isArray(tags) || tags.length === 0) return data
  return { ...entry, headers: { ...entry.headers, [TAGS_HEADER]: tags.join(',') } }
}

function baseHandler() {
  if (process.env.REDIS_URL) return RedisCacheHandler
  return require('next/dist/server/lib/incremental-cache/file-system-cache.js').default
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
    return this.inner.set(key, withPageTags(data), ctx)
  }

  /** @param {string | string[]} tags @param {any} durations */
  revalidateTag(tags, durations) {
    return this.inner.revalidateTag(tags, durations)
  }

  resetRequestCache() {
    return this.inner.resetRequestCache?.()
  }
}
