import type { CollectionConfig } from 'payload'

import { isStaff, nobody } from '@/access'

/**
 * Who did what, when: every review transition, every change of publication state, role or
 * unit. Written only by hooks (with overrideAccess); nobody edits or deletes it.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: 'Nhật ký', plural: 'Nhật ký thao tác' },
  admin: {
    group: 'Hệ thống',
    useAsTitle: 'summary',
    defaultColumns: ['at', 'actor', 'action', 'summary', 'from', 'to'],
    listSearchableFields: ['summary', 'docId'],
  },
  defaultSort: '-at',
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'at',
      type: 'date',
      label: 'Thời điểm',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm:ss' } },
    },
    {
      name: 'actor',
      type: 'relationship',
      relationTo: 'users',
      label: 'Người thực hiện',
      index: true,
    },
    { name: 'action', type: 'text', label: 'Thao tác', required: true, index: true },
    { name: 'targetCollection', type: 'text', label: 'Loại hồ sơ', index: true },
    { name: 'docId', type: 'text', label: 'Mã hồ sơ', index: true },
    { name: 'summary', type: 'text', label: 'Nội dung' },
    { name: 'from', type: 'text', label: 'Từ' },
    { name: 'to', type: 'text', label: 'Sang' },
    { name: 'note', type: 'textarea', label: 'Ý kiến' },
  ],
}
