import { AsyncLocalStorage } from 'node:async_hooks'

import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload } from 'payload'

import { PAGE_REVALIDATE_SECONDS, type CacheTag } from './cache-tags'

/**
 * The portal's one door to data. Every read runs as an anonymous visitor (`overrideAccess:
 * false`, published documents only), is cached through Next's cache handler under the tags of
 * the collections it touches, and reports those tags to the page being rendered, so the page's
 * own cache entry is expired with them (see `collectTags` and src/cache/portal-cache-handler.mjs).
 */
export const cms = () => getPayload({ config })

export const publicRead = { overrideAccess: false, draft: false } as const

const collector = new AsyncLocalStorage<Set<CacheTag>>()

/** A read cached across requests and instances under `tags` (`unstable_cache`). */
export function cached<Args extends unknown[], Result>(
  name: string,
  tags: CacheTag[],
  read: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  const stored = unstable_cache(read, ['portal', name], {
    tags,
    revalidate: PAGE_REVALIDATE_SECONDS,
  })
  return (...args: Args) => {
    const seen = collector.getStore()
    if (seen) for (const tag of tags) seen.add(tag)
    return stored(...args)
  }
}

/** Runs `render` and returns what it gave with the tags of every cached read it made. */
export async function collectTags<T>(render: () => Promise<T>): Promise<[T, CacheTag[]]> {
  const seen = new Set<CacheTag>()
  const value = await collector.run(seen, render)
  return [value, [...seen].sort()]
}
