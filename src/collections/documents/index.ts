import type { CollectionConfig } from 'payload'

import { anyone, isStaff } from '@/access'
import { expireOnChange, expireOnDelete } from '@/hooks/expire-cache'
import { normalizeText } from '@/hooks/normalize-text'

/** Values are ASCII (they become GraphQL enum names); people read the labels. */
export const DOC_TYPE_LABELS = {
  'nghi-quyet': 'Nghị quyết',
  'quyet-dinh': 'Quyết định',
  'chi-thi': 'Chỉ thị',
  'ke-hoach': 'Kế hoạch',
  'cong-van': 'Công văn',
  'thong-bao': 'Thông báo',
  'huong-dan': 'Hướng dẫn',
  'bao-cao': 'Báo cáo',
} as const
export type DocType = keyof typeof DOC_TYPE_LABELS

const dayOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' } }

export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: 'Văn bản chỉ đạo', plural: 'Văn bản chỉ đạo' },
  admin: {
    group: 'Nội dung',
    useAsTitle: 'title',
    defaultColumns: ['number', 'docType', 'title', 'issuer', 'issuedAt'],
    listSearchableFields: ['number', 'title', 'issuer'],
  },
  defaultSort: '-issuedAt',
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  hooks: {
    beforeValidate: [normalizeText],
    afterChange: [expireOnChange('documents')],
    afterDelete: [expireOnDelete('documents')],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'number', type: 'text', label: 'Số/ký hiệu', required: true, index: true },
        {
          name: 'docType',
          type: 'select',
          label: 'Loại văn bản',
          required: true,
          index: true,
          options: Object.entries(DOC_TYPE_LABELS).map(([value, label]) => ({ value, label })),
        },
      ],
    },
    { name: 'title', type: 'textarea', label: 'Trích yếu', required: true },
    { name: 'issuer', type: 'text', label: 'Cơ quan ban hành', required: true },
    {
      type: 'row',
      fields: [
        { name: 'issuedAt', type: 'date', label: 'Ngày ban hành', index: true, admin: dayOnly },
        { name: 'effectiveAt', type: 'date', label: 'Ngày hiệu lực', admin: dayOnly },
      ],
    },
    { name: 'summary', type: 'textarea', label: 'Tóm tắt nội dung' },
    { name: 'file', type: 'upload', relationTo: 'document-files', label: 'Tệp văn bản (PDF)' },
  ],
}
