import type { CollectionConfig } from 'payload'

import { anyone, isStaff } from '@/access'
import { slugField } from '@/fields/slug'
import { expireOnChange, expireOnDelete } from '@/hooks/expire-cache'
import { normalizeText } from '@/hooks/normalize-text'

const year = (label: string) => ({
  type: 'number' as const,
  label,
  min: 1945,
  max: 2100,
  admin: { step: 1 },
})

export const Movements: CollectionConfig = {
  slug: 'movements',
  labels: { singular: 'Phong trào thi đua', plural: 'Phong trào thi đua' },
  admin: {
    group: 'Danh mục',
    useAsTitle: 'name',
    defaultColumns: ['name', 'startYear', 'endYear'],
  },
  defaultSort: 'name',
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  hooks: {
    beforeValidate: [normalizeText],
    afterChange: [expireOnChange('movements')],
    afterDelete: [expireOnDelete('movements')],
  },
  fields: [
    { name: 'name', type: 'text', label: 'Tên phong trào', required: true },
    slugField('name'),
    { name: 'description', type: 'textarea', label: 'Giới thiệu' },
    {
      type: 'row',
      fields: [
        { name: 'startYear', ...year('Năm bắt đầu') },
        { name: 'endYear', ...year('Năm kết thúc') },
      ],
    },
  ],
}
