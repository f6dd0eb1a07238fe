import type { CollectionConfig } from 'payload'

import { anyone, isAdmin } from '@/access'
import { slugField } from '@/fields/slug'
import { expireOnChange, expireOnDelete } from '@/hooks/expire-cache'
import { normalizeText } from '@/hooks/normalize-text'

export const Clusters: CollectionConfig = {
  slug: 'clusters',
  labels: { singular: 'Cụm thi đua', plural: 'Cụm thi đua' },
  admin: { group: 'Danh mục', useAsTitle: 'name', defaultColumns: ['name', 'slug'] },
  defaultSort: 'name',
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: {
    beforeValidate: [normalizeText],
    afterChange: [expireOnChange('clusters')],
    afterDelete: [expireOnDelete('clusters')],
  },
  fields: [
    { name: 'name', type: 'text', label: 'Tên cụm thi đua', required: true },
    slugField('name'),
  ],
}
