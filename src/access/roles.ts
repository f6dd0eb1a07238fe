import type { PayloadRequest } from 'payload'

import { relationId, sameId, type Id } from '@/lib/ids'

export { relationId, sameId }

export const ROLES = ['admin', 'editor', 'contributor'] as const
export type Role = (typeof ROLES)[number]

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

export function unitOf(user: unknown): Id | null {
  return relationId(asUser(user)?.unit)
}

export const isAdminUser = (user: unknown): boolean => roleOf(user) === 'admin'

/** Editors of the compiling office and admins: the people who review and publish. */
export const isStaffUser = (user: unknown): boolean => {
  const role = roleOf(user)
  return role === 'admin' || role === 'editor'
}

export const isContributorUser = (user: unknown): boolean => roleOf(user) === 'contributor'
