import type { Access, FieldAccess, Where } from 'payload'

import { isAdminUser, isContributorUser, isStaffUser, asUser, sameId, unitOf } from './roles'

export * from './roles'

export const anyone: Access = () => true

export const nobody: Access = () => false

export const isLoggedIn: Access = ({ req: { user } }) => Boolean(asUser(user))

export const isAdmin: Access = ({ req: { user } }) => isAdminUser(user)

export const isStaff: Access = ({ req: { user } }) => isStaffUser(user)

/**
 * What anyone may read of exemplars and articles (published, not in the trash): defined once by
 * the review workflow, used by the portal's reads and the search index.
 */
export { visibleToPublic as publishedOnly } from '@/workflow/visibility'

/** A contributor's records are scoped to its unit; a contributor without a unit sees nothing. */
function ownUnit(user: unknown): Where | false {
  const unit = unitOf(user)
  return unit === null ? false : { unit: { equals: unit } }
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

/**
 * Private and internal fields (contact details, the review record): staff, and the document's
 * own unit. Without a document (a `where` or `sort` on the field) only staff and units pass, so
 * a visitor cannot probe them by filtering either.
 */
export const canSeePrivateFields: FieldAccess = ({ req: { user }, doc, siblingData }) => {
  if (isStaffUser(user)) return true
  if (!isContributorUser(user)) return false
  const unit = (doc as { unit?: unknown } | undefined)?.unit ?? siblingData?.unit
  return unit === undefined || sameId(unit, unitOf(user))
}
