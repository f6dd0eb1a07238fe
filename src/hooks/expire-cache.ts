import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
} from 'payload'

import { createRequire } from 'node:module'

import type { CacheTag } from '@/portal/cache-tags'

type RevalidateTag = (tag: string, profile: { expire: number }) => void

/**
 * Next's `revalidateTag`, loaded when first needed. A static import of `next/cache` is refused
 * in any module the Pages Router's bundle reaches, and the portal's pages read through Payload,
 * whose config holds these hooks; at run time it is Next's one module (its stores are shared).
 */
let revalidateTag: RevalidateTag | undefined
function nextRevalidateTag(): RevalidateTag {
  revalidateTag ??= (
    createRequire(import.meta.url)('next/cache') as { revalidateTag: RevalidateTag }
  ).revalidateTag
  return revalidateTag
}

/**
 * Expires the tags at once (not stale-while-revalidate): the next visitor sees the change.
 * Outside a Next.js request (seed, scripts, the Local API in tests) there is no cache to expire.
 */
export function expireTags(tags: readonly CacheTag[]): void {
  for (const tag of tags) {
    try {
      nextRevalidateTag()(tag, { expire: 0 })
    } catch {
      return
    }
  }
}

type Versioned = { _status?: string | null } | undefined

/** A draft saved over a draft changes nothing the public sees: keep the cache. */
function touchesPublic(doc: Versioned, previousDoc: Versioned): boolean {
  if (!doc || !('_status' in doc)) return true
  return doc._status === 'published' || previousDoc?._status === 'published'
}

export const expireOnChange =
  (...tags: CacheTag[]): CollectionAfterChangeHook =>
  ({ doc, previousDoc }) => {
    if (touchesPublic(doc, previousDoc)) expireTags(tags)
    return doc
  }

export const expireOnDelete =
  (...tags: CacheTag[]): CollectionAfterDeleteHook =>
  ({ doc }) => {
    expireTags(tags)
    return doc
  }

export const expireGlobalOnChange =
  (...tags: CacheTag[]): GlobalAfterChangeHook =>
  ({ doc }) => {
    expireTags(tags)
    return doc
  }
