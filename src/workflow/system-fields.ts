import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'

import { isStaffUser } from '@/access/roles'
import { HttpError } from '@/lib/http-error'

import { RESTORE_CONTEXT } from './constants'

/**
 * `createdAt` and `updatedAt` belong to the database, `deletedAt` to the trash transition: a
 * REST or GraphQL client cannot set them (the seed and other server code, on the Local API,
 * may backdate). Dropped rather than refused, as Payload's own admin sends them back unchanged.
 */
export const dropSystemFields: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (req.payloadAPI === 'local') return data
  const next = { ...data }
  delete next.createdAt
  delete next.updatedAt
  if (operation === 'create') delete next.deletedAt
  return next
}

/** Restoring a version is for staff, whatever the door (REST, GraphQL, the Local API with a user). */
export const staffRestoresVersions: CollectionBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'restoreVersion') return args
  if (!overrideAccess && !isStaffUser(req.user)) {
    throw new HttpError(
      'Chỉ Biên tập viên và Quản trị hệ thống được khôi phục phiên bản cũ của hồ sơ.',
      403,
    )
  }
  req.context = { ...req.context, [RESTORE_CONTEXT]: true }
  return args
}
