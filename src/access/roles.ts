import type { PayloadRequest } from 'payload'

export const ROLES = ['admin', 'editor', 'contributor'] as const
export type Role = (typeof ROLES)[number]

type Id = number | string
type Relation = Id | { id: Id } | null | undefined

export type AppUser = {
  id: Id
  role?: Role | null
  unit?: Relation
  collection?: string
}

export function asUser(user: PayloadRequest['user'] | unknown): AppUser | null {
  const candidate = user as AppUser | null | undefined
  // Server-side users always carry their auth collection; the admin's client copy may not.
  if (!candidate || (candidate.collection !== undefined && candidate.collection !== 'users'))
    return null
  return candidate
}

export function roleOf(user: unknown): Role | null {
  return asUser(user)?.role ?? null
}

/** The id of a relation, whether stored (an id) or populated (a document); null when empty. */
export function relationId(value: unknown): Id | null {
  if (typeof value === 'number') return value
  if (typeof value === 'string') return value === '' ? null : value
  if (value && typeof value === 'object' && 'id' in value) return relationId(value.id)
  return null
}

export function unitOf(user: unknown): Id | null {
  return relationId(asUser(user)?.unit)
}

export const isAdminUser = (user: unknown): boolean => roleOf(user) === 'admin'

/** Editors of Phòng Nội vụ and admins: the people who review and publish. */
export const isStaffUser = (user: unknown): boolean => {
  const role = roleOf(user)
  return role === 'admin' || role === 'editor'
}

export const isContributorUser = (user: unknown): boolean => roleOf(user) === 'contributor'

export function sameId(a: unknown, b: unknown): boolean {
  const left = relationId(a)
  const right = relationId(b)
  return left !== null && right !== null && String(left) === String(right)
}
