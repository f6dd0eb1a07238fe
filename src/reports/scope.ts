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

/**
 * The unit a request may see: staff the one it names, or all; a contributor its own, when it
 * names none or its own — another unit's answers 403, never silently its own in its place.
 */
export function unitFor(scope: ReportScope, requested: unknown): Id | null {
  const none = requested === undefined || requested === null || requested === ''
  if (!none && (typeof requested !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(requested))) {
    throw new ReportError('Tham số "unit" không hợp lệ: cần mã (ID) của một đơn vị.', 400)
  }
  if (!scope.all) {
    if (!none && String(requested) !== String(scope.unit)) {
      throw new ReportError(
        'Bạn chỉ được xem danh sách của đơn vị mình, không xem được danh sách của đơn vị khác.',
        403,
      )
    }
    return scope.unit
  }
  return none ? null : (requested as string)
}

/** Documents of the whole authority (the proposal to the province): editors and admins only. */
export function requireStaff(scope: ReportScope): void {
  if (!scope.all) {
    throw new ReportError(
      'Chỉ biên tập viên và quản trị hệ thống của cơ quan tổng hợp được xuất văn bản chung của toàn địa bàn.',
      403,
    )
  }
}
