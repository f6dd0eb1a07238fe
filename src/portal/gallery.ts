import { publishedOnly as published } from '@/access'
import type { Media } from '@/payload-types'

import { CACHE_TAGS } from './cache-tags'
import { cached, cms } from './read'

export const GALLERY_PAGE_SIZE = 24

/**
 * The photo library: only images that published profiles and articles show, newest first.
 * Images still waiting in drafts stay out of it.
 */
export const galleryPage = cached(
  'gallery',
  [CACHE_TAGS.exemplars, CACHE_TAGS.articles, CACHE_TAGS.media],
  async (page: number) => {
    const payload = await cms()
    // Distinct image ids, from the database: reading every published document was a full scan
    // into memory (it ran the server out of memory at 100,000 profiles).
    const distinct = (collection: 'exemplars' | 'articles', field: string) =>
      payload.findDistinct({ collection, field, where: published, depth: 0, overrideAccess: false })
    const lists = await Promise.all([
      distinct('exemplars', 'portrait'),
      distinct('exemplars', 'gallery'),
      distinct('articles', 'cover'),
    ])
    const ids = new Set<number | string>()
    for (const { values } of lists) {
      for (const row of values) {
        const id: unknown = Object.values(row)[0] // an id at depth 0; null where no image is set
        if (typeof id === 'number' || typeof id === 'string') ids.add(id)
      }
    }
    if (ids.size === 0) return { docs: [] as Media[], totalDocs: 0, totalPages: 0, page: 1 }
    const result = await payload.find({
      collection: 'media',
      where: { id: { in: [...ids] } },
      sort: '-createdAt',
      limit: GALLERY_PAGE_SIZE,
      page,
      depth: 0,
      overrideAccess: false,
    })
    return { docs: result.docs, totalDocs: result.totalDocs, totalPages: result.totalPages, page }
  },
)
