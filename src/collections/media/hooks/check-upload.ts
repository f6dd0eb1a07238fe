import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

import crypto from 'node:crypto'

import { extensionOf, inspectImage, MAX_IMAGE_BYTES, stripMetadata } from '@/lib/image'
import { slugify } from '@/lib/vietnamese'

const TOO_LARGE = 'Tệp ảnh vượt quá 10 MB. Vui lòng giảm dung lượng ảnh rồi tải lên lại.'
const NOT_IMAGE = 'Chỉ chấp nhận ảnh JPEG, PNG, WebP hoặc AVIF (kiểm tra theo nội dung tệp, không theo tên).'
const TOO_BIG = 'Kích thước ảnh quá lớn (tối đa 40 triệu điểm ảnh).'

/**
 * Checks an upload by its content before Payload stores anything, then stores a clean copy:
 * no location or camera metadata in the original, as in every resized variant.
 */
export const checkImageUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  const file = req.file as typeof req.file & { truncated?: boolean }
  if (file.size > MAX_IMAGE_BYTES || file.truncated || file.data.length > MAX_IMAGE_BYTES) {
    throw new APIError(TOO_LARGE, 400, null, true)
  }
  const check = await inspectImage(file.data)
  if (!check.ok) throw new APIError(check.reason === 'format' ? NOT_IMAGE : TOO_BIG, 400, null, true)
  const clean = await stripMetadata(file.data, check.mimeType)
  file.data = clean
  file.size = clean.length
  file.mimetype = check.mimeType
  // A readable, unique name whose extension tells the truth: resized variants are named after
  // the original, so two uploads called "anh.jpg" must not share (and overwrite) them.
  const base = slugify(file.name.replace(/\.[^.]*$/, '')) || 'anh'
  file.name = `${base.slice(0, 60)}-${crypto.randomBytes(4).toString('hex')}.${extensionOf(check.mimeType)}`
  return args
}
