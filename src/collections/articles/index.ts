import type { CollectionConfig } from 'payload'

import {
  canCreateContent,
  editableByRole,
  isStaff,
  publishedOrOwnUnit,
  trashOrDelete,
} from '@/access'
import { slugField } from '@/fields/slug'
import { expireOnChange, expireOnDelete } from '@/hooks/expire-cache'
import { normalizeText } from '@/hooks/normalize-text'
import { checkIfMatch } from '@/hooks/precondition'
import { scopeToUnit } from '@/hooks/scope-to-unit'
import { keepSearchText, searchTextField } from '@/hooks/search-text'
import { reviewFields } from '@/workflow/fields'
import { workflowEndpoint } from '@/workflow/endpoint'
import { guardWorkflowFields } from '@/workflow/guard'
import { recordReviewChange } from '@/workflow/record'
import { storyEndpoint } from '@/import/story-endpoint'

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: 'Bài viết', plural: 'Bài viết / Tin tức' },
  admin: {
    group: 'Nội dung',
    components: {
      edit: {
        beforeDocumentControls: [
          {
            path: '/components/admin/workflow-panel#WorkflowPanel',
            serverProps: { collection: 'articles' },
          },
          '/import/story-button#StoryButton',
        ],
        PublishButton: '/components/admin/hidden#Hidden',
        UnpublishButton: '/components/admin/hidden#Hidden',
        // Payload's draft/published line would contradict the review-state badge.
        Status: '/components/admin/hidden#Hidden',
      },
    },
    useAsTitle: 'title',
    defaultColumns: ['title', 'unit', 'publishedAt', 'reviewState'],
    listSearchableFields: ['title', 'searchText', 'slug'],
    pagination: { defaultLimit: 25 },
  },
  defaultSort: '-publishedAt',
  versions: { drafts: { validate: true }, maxPerDoc: 50 },
  // Soft delete: a deleted document goes to the trash (deletedAt), out of every public read, and
  // can be restored; only admins delete for good (src/access: trashOrDelete).
  trash: true,
  access: {
    read: publishedOrOwnUnit,
    readVersions: isStaff,
    create: canCreateContent,
    update: editableByRole,
    delete: trashOrDelete,
  },
  endpoints: [storyEndpoint('articles'), workflowEndpoint('articles')],
  // The public lists: published, newest first.
  indexes: [{ fields: ['_status', 'publishedAt'] }],
  hooks: {
    afterChange: [recordReviewChange, expireOnChange('articles')],
    afterDelete: [expireOnDelete('articles')],
    beforeValidate: [normalizeText, scopeToUnit],
    beforeChange: [
      checkIfMatch,
      guardWorkflowFields,
      keepSearchText(['title', 'excerpt', 'byline'], ['content']),
    ],
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
    ...reviewFields({ provincial: false }),
    searchTextField,
  ],
}
