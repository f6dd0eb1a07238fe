import type { CollectionBeforeValidateHook } from 'payload'

import { isContributorUser, unitOf } from '@/access'

/** Whatever unit a request names, a contributor's document belongs to its own unit. */
export const scopeToUnit: CollectionBeforeValidateHook = ({ data, req }) => {
  if (data && isContributorUser(req.user)) {
    return { ...data, unit: unitOf(req.user) }
  }
  return data
}
