import type { Access, CollectionAfterReadHook, FieldAccess, Where } from 'payload'

import { isAdminUser, isContributorUser, isStaffUser, sameId, unitOf } from '@/access/roles'

import { INTERNAL_FIELD_NAMES } from './constants'
import { EDITABLE_BY_UNIT, type ReviewState } from './states'
import { visibleToPublic } from './visibility'

/** A unit's documents; a contributor without a unit has none. */
function ownUnit(user: unknown): Where | false {
  const unit = unitOf(user)
  return unit === null ? false : { unit: { equals: unit } }
}

/** Staff read everything, a unit its own documents, everyone else what is visible to the public. */
export const readReviewed: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  if (isContributorUser(user)) return ownUnit(user)
  return visibleToPublic
}

/**
 * Staff write everything; a unit its own documents while it may still edit them, and — when the
 * collection declares fields that stay open after publication — its published ones, for those
 * fields only (the frozen rule, ./frozen, refuses the rest).
 */
export const updateReviewed =
  (openAfterPublish: readonly string[]): Access =>
  ({ req: { user } }) => {
    if (isStaffUser(user)) return true
    if (!isContributorUser(user)) return false
    const scope = ownUnit(user)
    if (!scope) return false
    const states: ReviewState[] = openAfterPublish.length
      ? [...EDITABLE_BY_UNIT, 'published']
      : EDITABLE_BY_UNIT
    return { and: [scope, { reviewState: { in: states } }] }
  }

/**
 * Moving to the trash (`deletedAt` set) is open to whoever may edit the document while it is the
 * unit's (draft or returned); deleting for good is for admins only: the record is official.
 */
export const deleteReviewed: Access = (args) => {
  if (isAdminUser(args.req.user)) return true
  const data = args.data as { deletedAt?: unknown } | undefined
  if (!data?.deletedAt) return false
  const { user } = args.req
  if (isStaffUser(user)) return true
  if (!isContributorUser(user)) return false
  const scope = ownUnit(user)
  return scope ? { and: [scope, { reviewState: { in: EDITABLE_BY_UNIT } }] } : false
}

/** Creating needs an account; a contributor also needs a unit to file it under. */
export const createReviewed: Access = ({ req: { user } }) =>
  isStaffUser(user) || (isContributorUser(user) && unitOf(user) !== null)

/** Internal fields follow the private-field rule (src/access). */
export { canSeePrivateFields as internalField } from '@/access'

/** Fields no API client writes: the workflow and Payload set them. */
export const systemOnly: FieldAccess = () => false

/**
 * The review record leaves the server only for staff and the owning unit. Field access already
 * says so, but Payload puts an array field back (empty) after its read rule removed it: this
 * removes the record from every answer a reader without the right receives.
 */
export const hideInternalFields: CollectionAfterReadHook = ({ doc, overrideAccess, req }) => {
  if (overrideAccess || isStaffUser(req.user)) return doc
  if (isContributorUser(req.user) && sameId(doc?.unit, unitOf(req.user))) return doc
  for (const name of INTERNAL_FIELD_NAMES) delete doc[name]
  return doc
}
