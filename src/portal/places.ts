import { CACHE_TAGS } from './cache-tags'
import { cached, cms } from './read'

/** Units and emulation movements: public records (no drafts), read as a visitor. */

export const listUnits = cached('units', [CACHE_TAGS.units], async () => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'units',
    sort: 'name',
    pagination: false,
    depth: 0,
    select: { name: true, slug: true, kind: true },
    overrideAccess: false,
  })
  return docs
})

export const listMovements = cached('movements', [CACHE_TAGS.movements], async () => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'movements',
    sort: 'name',
    pagination: false,
    depth: 0,
    select: { name: true, slug: true, description: true, startYear: true, endYear: true },
    overrideAccess: false,
  })
  return docs
})

export const movementBySlug = cached('movement', [CACHE_TAGS.movements], async (slug: string) => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'movements',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  return docs[0] ?? null
})

export const unitBySlug = cached(
  'unit',
  [CACHE_TAGS.units, CACHE_TAGS.clusters],
  async (slug: string) => {
    const payload = await cms()
    const { docs } = await payload.find({
      collection: 'units',
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 1,
      overrideAccess: false,
    })
    return docs[0] ?? null
  },
)
