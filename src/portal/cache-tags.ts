/**
 * One cache tag per kind of data the public site reads. Every cached read in `src/portal/read.ts` names
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
