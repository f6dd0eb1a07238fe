import type { Payload, PayloadRequest } from 'payload'

import type { Unit } from '@/payload-types'

/**
 * The unit with this id, or null. An id of the wrong shape for the adapter (not a number on
 * SQLite, not an ObjectId on MongoDB) is as unknown as a missing one. The caller has already
 * decided who may name which unit (a contributor only its own).
 */
export async function findUnit(
  payload: Payload,
  id: number | string,
  req?: PayloadRequest,
): Promise<Unit | null> {
  return payload
    .findByID({ collection: 'units', id, depth: 0, overrideAccess: true, disableErrors: true, req })
    .catch(() => null)
}
