import { revalidateTag } from 'next/cache'

/**
 * One cache tag per kind of data the public site reads. Every cached read in `src/lib/cms` names
 * the tags of what it reads, and every change to that data expires them from here, so a page
 * never outlives the data it shows.
 */
export const CACHE_TAGS = {
  exemplars: 'exemplars',
  articles: 'articles',
  units: 'units',
  clusters: 'clusters',
  movements: 'movements',
  media: 'media',
  documents: 'documents',
  settings: 'site-settings',
} as const

export type CacheTag = (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS]

/** Pages re-render at least this often, so the date in the banner follows midnight. */
export const PAGE_REVALIDATE_SECONDS = 600

/**
 * Expires the tags at once (not stale-while-revalidate): the next visitor sees the change.
 * Outside a Next.js request (seed, scripts, the Local API in tests) there is no cache to expire.
 */
export function expireTags(tags: readonly CacheTag[]): void {
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch {
      return
    }
  }
}
