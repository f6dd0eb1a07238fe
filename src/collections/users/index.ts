import type { CollectionConfig } from 'payload'

import { adminOrSelf, isAdmin } from '@/access'
import { normalizeText } from '@/hooks/normalize-text'
import { RESET_SUBJECT, resetPasswordHtml } from '@/mail/reset-password'
import { enforcePasswordPolicy } from '@/security/password-policy'
import { sameOriginSession } from '@/security/same-origin'

import { firstUserIsAdmin } from './hooks/first-user-admin'
import { auditRoleAndUnit } from './hooks/audit-role-and-unit'
import { guardRoleAndUnit } from './hooks/guard-role-and-unit'

export const ROLE_LABELS = {
  admin: 'Quản trị hệ thống',
  editor: 'Biên tập viên (cơ quan tổng hợp)',
  contributor: 'Cán bộ đơn vị',
} as const

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Tài khoản', plural: 'Tài khoản' },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    // Payload's per-account spacing of reset mails writes outside the request's transaction,
    // which the one-writer SQLite layer (src/server/transactions.ts) would make wait on itself.
    // Reset requests are limited per address in front instead (src/security/request-guard.ts).
    forgotPassword: {
      minRequestInterval: 0,
      // Vietnamese mail whose link is SERVER_URL's, never the Host header's (src/mail).
      generateEmailHTML: resetPasswordHtml,
      generateEmailSubject: () => RESET_SUBJECT,
    },
    // The session cookie counts on same-origin requests wherever the server is reached
    // (src/security/same-origin.ts); Payload's own check still covers SERVER_URL and CSRF_ORIGINS.
    strategies: [sameOriginSession],
    cookies: {
      sameSite: 'Lax',
      // Secure whenever the portal is served over HTTPS; a plain-HTTP install (a LAN test box)
      // would otherwise never keep anyone logged in.
      secure:
        process.env.COOKIE_SECURE === 'true' ||
        (process.env.COOKIE_SECURE !== 'false' &&
          (process.env.SERVER_URL ?? '').startsWith('https://')),
    },
  },
  admin: {
    group: 'Hệ thống',
    useAsTitle: 'fullName',
    defaultColumns: ['fullName', 'email', 'role', 'unit'],
    listSearchableFields: ['fullName', 'email'],
  },
  access: {
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    admin: ({ req: { user } }) => Boolean(user),
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [enforcePasswordPolicy],
    beforeValidate: [normalizeText],
    beforeChange: [firstUserIsAdmin, guardRoleAndUnit],
    afterChange: [auditRoleAndUnit],
  },
  fields: [
    { name: 'fullName', type: 'text', label: 'Họ và tên', required: true },
    {
      name: 'role',
      type: 'select',
      label: 'Vai trò',
      required: true,
      defaultValue: 'contributor',
      index: true,
      options: Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label })),
      saveToJWT: true,
      admin: {
        position: 'sidebar',
        description: 'Tài khoản đầu tiên của hệ thống luôn là Quản trị hệ thống.',
      },
    },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      label: 'Đơn vị',
      index: true,
      saveToJWT: true,
      admin: {
        position: 'sidebar',
        description: 'Bắt buộc với Cán bộ đơn vị: hồ sơ do tài khoản này lập thuộc đơn vị này.',
      },
    },
  ],
}
