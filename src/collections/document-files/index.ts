import path from 'node:path'

import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'
import { APIError } from 'payload'

import { anyone, isStaff } from '@/access'

const MAX_PDF_BYTES = 20 * 1024 * 1024
const PDF_MAGIC = Buffer.from('%PDF-')

const checkPdf: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  if (req.file.size > MAX_PDF_BYTES || (req.file as { truncated?: boolean }).truncated) {
    throw new APIError('Tệp văn bản vượt quá 20 MB.', 400, null, true)
  }
  if (!req.file.data.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) {
    throw new APIError('Chỉ chấp nhận tệp PDF (kiểm tra theo nội dung tệp).', 400, null, true)
  }
  req.file.mimetype = 'application/pdf'
  return args
}

/** The PDF files of directing documents, kept apart from images. */
export const DocumentFiles: CollectionConfig = {
  slug: 'document-files',
  labels: { singular: 'Tệp văn bản', plural: 'Tệp văn bản' },
  admin: { group: 'Nội dung', hidden: ({ user }) => user?.role === 'contributor' },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  hooks: { beforeOperation: [checkPdf] },
  upload: {
    staticDir: path.resolve(process.cwd(), 'media', 'van-ban'),
    mimeTypes: ['application/pdf'],
  },
  fields: [],
}
