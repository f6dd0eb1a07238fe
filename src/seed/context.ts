import type { CollectionSlug, Payload, Where } from 'payload'

import { WORKFLOW_CONTEXT } from '@/workflow/constants'

/** What every seeding step shares: the Payload instance and a count of what it changed. */
export type Seeder = {
  payload: Payload
  /** Records created or updated by this run; zero on a second run. */
  changes: number
}

/**
 * The seed is a trusted system writer: this context lets it set review state, submission dates
 * and provincial status directly, as the workflow endpoint would have.
 */
export const SYSTEM_WRITE = { [WORKFLOW_CONTEXT]: true } as const

/** The first document matching `where`, bypassing access control (the Local API default). */
export async function findFirst<S extends CollectionSlug>(
  seeder: Seeder,
  collection: S,
  where: Where,
): Promise<{ id: number } | undefined> {
  const { docs } = await seeder.payload.find({
    collection,
    where,
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs[0] as { id: number } | undefined
}

/** Find-or-create by a natural key: creates only when nothing matches `where`. */
export async function ensure<S extends CollectionSlug>(
  seeder: Seeder,
  collection: S,
  where: Where,
  create: () => Promise<{ id: number }>,
): Promise<number> {
  const existing = await findFirst(seeder, collection, where)
  if (existing) return existing.id
  const created = await create()
  seeder.changes++
  return created.id
}

export const bySlug = (slug: string): Where => ({ slug: { equals: slug } })
