import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
} from 'payload'

import { expireTags, type CacheTag } from '@/lib/cache-tags'

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
