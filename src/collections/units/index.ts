import type { CollectionConfig } from 'payload'

import { anyone, isAdmin } from '@/access'
import { slugField } from '@/fields/slug'
import { expireOnChange, expireOnDelete } from '@/hooks/expire-cache'
import { normalizeText } from '@/hooks/normalize-text'

export const UNIT_KIND_LABELS = {
  agency: 'Cơ quan, đơn vị',
  commune: 'Xã',
  town: 'Thị trấn',
  other: 'Khác',
} as const

export const Units: CollectionConfig = {
  slug: 'units',
  labels: { singular: 'Đơn vị', plural: 'Đơn vị' },
  admin: {
    group: 'Danh mục',
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'cluster', 'validFrom', 'validTo'],
    listSearchableFields: ['name', 'slug'],
    description:
      'Cơ quan, đơn vị, xã, thị trấn. Khi sáp nhập, ghi ngày hết hiệu lực và đơn vị kế thừa: hồ sơ cũ giữ tên đơn vị của thời điểm đó.',
  },
  defaultSort: 'name',
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: {
    beforeValidate: [normalizeText],
    afterChange: [expireOnChange('units')],
    afterDelete: [expireOnDelete('units')],
  },
  fields: [
    { name: 'name', type: 'text', label: 'Tên đơn vị', required: true },
    slugField('name'),
    {
      name: 'kind',
      type: 'select',
      label: 'Loại đơn vị',
      required: true,
      defaultValue: 'agency',
      index: true,
      options: Object.entries(UNIT_KIND_LABELS).map(([value, label]) => ({ value, label })),
    },
    {
      name: 'cluster',
      type: 'relationship',
      relationTo: 'clusters',
      label: 'Cụm thi đua',
      index: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'validFrom',
          type: 'date',
          label: 'Hiệu lực từ ngày',
          index: true,
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
        },
        {
          name: 'validTo',
          type: 'date',
          label: 'Hết hiệu lực từ ngày',
          index: true,
          admin: {
            date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
            description:
              'Ngày đơn vị thôi hoạt động (sáp nhập, giải thể). Để trống nếu còn hoạt động.',
          },
        },
      ],
    },
    {
      name: 'successor',
      type: 'relationship',
      relationTo: 'units',
      label: 'Đơn vị kế thừa',
      admin: { description: 'Đơn vị mới sau sáp nhập.' },
    },
  ],
}
