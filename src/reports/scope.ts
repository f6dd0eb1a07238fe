import { asUser, isContributorUser, isStaffUser, unitOf } from '@/access/roles'

import type { Id } from './figures'

export class ReportError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
    this.name = 'ReportError'
  }
}

export type ReportScope = {
  /** Editors and admins: every unit. */
  all: boolean
  /** A contributor's own unit; null for staff. */
  unit: Id | null
}

/**
 * Who may read reports (SPEC §5): editors and admins everything, a contributor only its own
 * unit — whatever unit the request names. Anonymous: 401.
 */
export function reportScope(user: unknown): ReportScope {
  const current = asUser(user)
  if (!current) throw new ReportError('Bạn cần đăng nhập để xem báo cáo.', 401)
  if (isStaffUser(current)) return { all: true, unit: null }
  if (isContributorUser(current)) {
    const unit = unitOf(current)
    if (unit === null) {
      throw new ReportError(
        'Tài khoản chưa được gắn với đơn vị nào nên không có báo cáo để xem.',
        403,
      )
    }
    return { all: false, unit }
  }
  throw new ReportError('Bạn không có quyền xem báo cáo.', 403)
}

/** The unit a request may see: a contributor always its own; staff the one it names, or all. */
export function unitFor(scope: ReportScope, requested: unknown): Id | null {
  if (!scope.all) return scope.unit
  if (requested === undefined || requested === null || requested === '') return null
  if (typeof requested !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(requested)) {
    throw new ReportError('Tham số "unit" không hợp lệ: cần mã (ID) của một đơn vị.', 400)
  }
  return requested
}
