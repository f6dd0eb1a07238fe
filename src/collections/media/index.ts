import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone, canCreateContent, staffOrOwnUnit } from '@/access'
import { expireOnChange, expireOnDelete } from '@/hooks/expire-cache'
import { normalizeText } from '@/hooks/normalize-text'
import { scopeToUnit } from '@/hooks/scope-to-unit'
import { IMAGE_FORMATS, MAX_IMAGE_BYTES } from '@/lib/image'

import { checkImageUpload, refuseUncheckedFile } from './hooks/check-upload'

const webp = { format: 'webp' as const, options: { quality: 80 } }

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Hình ảnh', plural: 'Hình ảnh' },
  admin: {
    group: 'Nội dung',
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'unit', 'updatedAt'],
  },
  access: {
    read: anyone,
    create: canCreateContent,
    update: staffOrOwnUnit,
    delete: staffOrOwnUnit,
  },
  hooks: {
    beforeOperation: [checkImageUpload],
    beforeValidate: [refuseUncheckedFile, normalizeText, scopeToUnit],
    afterChange: [expireOnChange('media')],
    afterDelete: [expireOnDelete('media')],
  },
  upload: {
    staticDir: path.resolve(process.cwd(), 'media'),
    mimeTypes: Object.values(IMAGE_FORMATS),
    filesRequiredOnCreate: true,
    focalPoint: true,
    crop: true,
    withMetadata: false,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre', formatOptions: webp },
      { name: 'card', width: 640, height: 480, position: 'centre', formatOptions: webp },
      { name: 'hero', width: 1600, withoutEnlargement: true, formatOptions: webp },
      // Link previews want 1200×630 even from a small photo, so this one may enlarge.
      { name: 'og', width: 1200, height: 630, position: 'centre', withoutEnlargement: false, formatOptions: webp },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: 'Mô tả ảnh (cho người khiếm thị)',
      required: true,
      admin: { description: 'Bắt buộc: mô tả ngắn nội dung bức ảnh.' },
    },
    { name: 'caption', type: 'textarea', label: 'Chú thích' },
    { name: 'credit', type: 'text', label: 'Nguồn ảnh / Tác giả' },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      label: 'Đơn vị',
      index: true,
      admin: { position: 'sidebar' },
    },
  ],
}

export { MAX_IMAGE_BYTES }
