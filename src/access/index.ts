import type { Access, FieldAccess, Where } from 'payload'

import { isAdminUser, isContributorUser, isStaffUser, asUser, sameId, unitOf } from './roles'

export * from './roles'

const EDITABLE_STATES = ['draft', 'returned']

export const anyone: Access = () => true

export const nobody: Access = () => false

export const isLoggedIn: Access = ({ req: { user } }) => Boolean(asUser(user))

export const isAdmin: Access = ({ req: { user } }) => isAdminUser(user)

export const isStaff: Access = ({ req: { user } }) => isStaffUser(user)

/** A contributor's documents are scoped to its unit; a contributor without a unit sees nothing. */
function ownUnit(user: unknown): Where | false {
  const unit = unitOf(user)
  return unit === null ? false : { unit: { equals: unit } }
}

/** What anyone may read of exemplars and articles; the public site also asks for it explicitly. */
export const publishedOnly: Where = { _status: { equals: 'published' } }

/** Exemplars and articles: staff read all, contributors their unit's, everyone else published only. */
export const publishedOrOwnUnit: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  if (isContributorUser(user)) return ownUnit(user)
  return publishedOnly
}

/** Contributors write only their unit's documents, and only while draft or returned. */
export const editableByRole: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  if (!isContributorUser(user)) return false
  const scope = ownUnit(user)
  if (!scope) return false
  return { and: [scope, { reviewState: { in: EDITABLE_STATES } }] }
}

/**
 * Exemplars: as `editableByRole`, and a contributor may also open its unit's published exemplars
 * — for their coverage log only, which the exemplar hooks (`guardPublishedCoverage`) enforce.
 */
export const editableOrCoverage: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  if (!isContributorUser(user)) return false
  const scope = ownUnit(user)
  if (!scope) return false
  return { and: [scope, { reviewState: { in: [...EDITABLE_STATES, 'published'] } }] }
}

/**
 * Exemplars and articles (trash enabled): moving to the trash (`data.deletedAt` set) is open to
 * whoever may edit the document: staff, and a contributor for its unit's draft or returned
 * documents. Deleting for good (no `deletedAt`) is for admins only: the record is official.
 * Restoring is an update (`deletedAt: null`) and follows `editableByRole`.
 */
export const trashOrDelete: Access = (args) => {
  if (isAdminUser(args.req.user)) return true
  const data = args.data as { deletedAt?: unknown } | undefined
  if (!data?.deletedAt) return false
  return editableByRole(args)
}

/** Creating content needs an account; a contributor also needs a unit to file it under. */
export const canCreateContent: Access = ({ req: { user } }) =>
  isStaffUser(user) || (isContributorUser(user) && unitOf(user) !== null)

/** Staff manage everything; a contributor its unit's records (media). */
export const staffOrOwnUnit: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  if (isContributorUser(user)) return ownUnit(user)
  return false
}

/** Accounts: admins see everyone, others only themselves. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  const current = asUser(user)
  if (!current) return false
  if (isAdminUser(current)) return true
  return { id: { equals: current.id } }
}

/** Private exemplar fields: staff, and contributors of the document's own unit. */
export const canSeePrivateFields: FieldAccess = ({ req: { user }, doc, siblingData }) => {
  if (isStaffUser(user)) return true
  if (!isContributorUser(user)) return false
  const unit =
    (doc as { unit?: never } | undefined)?.unit ?? (siblingData as { unit?: never })?.unit
  return unit === undefined || sameId(unit, unitOf(user))
}
