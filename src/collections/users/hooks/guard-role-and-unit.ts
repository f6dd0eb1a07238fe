import type { CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'

import { asUser, isAdminUser, sameId } from '@/access'

const NOT_OWN = 'Không ai được tự thay đổi vai trò hoặc đơn vị của chính mình.'
const ADMIN_ONLY = 'Chỉ Quản trị hệ thống được phân vai trò và đơn vị cho tài khoản.'
const UNIT_REQUIRED = 'Tài khoản Cán bộ đơn vị phải gắn với một đơn vị.'

const changed = (next: unknown, previous: unknown) =>
  next !== undefined && !(next === previous || sameId(next, previous))

/**
 * Role and unit decide what an account may touch, so only an admin sets them, and never on
 * the admin's own account (no self-promotion, no locking oneself out by accident).
 */
export const guardRoleAndUnit: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const actor = asUser(req.user)
  if (operation === 'update' && originalDoc && actor) {
    const roleChanged = changed(data.role, originalDoc.role)
    const unitChanged =
      data.unit !== undefined &&
      !sameId(data.unit, originalDoc.unit) &&
      (data.unit || originalDoc.unit)
    if (roleChanged || unitChanged) {
      if (sameId(actor.id, originalDoc.id)) throw new APIError(NOT_OWN, 403, null, true)
      if (!isAdminUser(actor)) throw new APIError(ADMIN_ONLY, 403, null, true)
    }
  }
  const role = data.role ?? originalDoc?.role
  const unit = data.unit !== undefined ? data.unit : originalDoc?.unit
  if (role === 'contributor' && !unit) throw new APIError(UNIT_REQUIRED, 400, null, true)
  return data
}
