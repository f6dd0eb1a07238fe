import type { CollectionConfig } from 'payload'

import { slugField } from '@/fields/slug'
import { expireOnChange, expireOnDelete } from '@/hooks/expire-cache'
import { normalizeText } from '@/hooks/normalize-text'
import { keepSearchText, searchTextField } from '@/hooks/search-text'
import { storyEndpoint } from '@/import/story-endpoint'

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: 'Bài viết', plural: 'Bài viết / Tin tức' },
  admin: {
    group: 'Nội dung',
    components: {
      edit: { beforeDocumentControls: ['/import/story-button#StoryButton'] },
    },
    useAsTitle: 'title',
    defaultColumns: ['title', 'unit', 'publishedAt', 'reviewState'],
    listSearchableFields: ['title', 'searchText', 'slug'],
    pagination: { defaultLimit: 25 },
  },
  defaultSort: '-publishedAt',
  endpoints: [storyEndpoint('articles')],
  // The public lists: published, newest first.
  indexes: [{ fields: ['_status', 'publishedAt'] }],
  hooks: {
    afterChange: [expireOnChange('articles')],
    afterDelete: [expireOnDelete('articles')],
    beforeValidate: [normalizeText],
    beforeChange: [keepSearchText(['title', 'excerpt', 'byline'], ['content'])],
  },
  fields: [
    { name: 'title', type: 'text', label: 'Tiêu đề', required: true },
    { name: 'excerpt', type: 'textarea', label: 'Sa-pô (tóm tắt)', maxLength: 600 },
    { name: 'cover', type: 'upload', relationTo: 'media', label: 'Ảnh bìa' },
    { name: 'content', type: 'richText', label: 'Nội dung' },
    {
      name: 'exemplars',
      type: 'relationship',
      relationTo: 'exemplars',
      hasMany: true,
      label: 'Gương điển hình liên quan',
      index: true,
    },
    slugField('title'),
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      label: 'Đơn vị',
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'movement',
      type: 'relationship',
      relationTo: 'movements',
      label: 'Phong trào thi đua',
      index: true,
      admin: { position: 'sidebar' },
    },
    { name: 'byline', type: 'text', label: 'Tác giả', admin: { position: 'sidebar' } },
    {
      name: 'publishedAt',
      type: 'date',
      label: 'Ngày đăng',
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
      },
    },
    searchTextField,
  ],
}
