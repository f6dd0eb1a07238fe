import type { CollectionBeforeOperationHook, CollectionBeforeValidateHook } from 'payload'
import { APIError } from 'payload'

import crypto from 'node:crypto'

import {
  containsMarkup,
  extensionOf,
  inspectImage,
  MAX_IMAGE_BYTES,
  stripMetadata,
} from '@/lib/image'
import { slugify } from '@/lib/vietnamese'

const TOO_LARGE = 'Tệp ảnh vượt quá 10 MB. Vui lòng giảm dung lượng ảnh rồi tải lên lại.'
const NOT_IMAGE =
  'Chỉ chấp nhận ảnh JPEG, PNG, WebP hoặc AVIF (kiểm tra theo nội dung tệp, không theo tên).'
const TOO_BIG = 'Kích thước ảnh quá lớn (tối đa 40 triệu điểm ảnh).'
const HAS_MARKUP = 'Tệp ảnh có chứa mã HTML hoặc script nên không được chấp nhận.'
const NO_REMOTE = 'Không hỗ trợ lấy ảnh từ đường dẫn bên ngoài: hãy tải tệp ảnh lên từ máy tính.'

/** A URL Payload would fetch server-side (anything but a path on this server). */
const isRemote = (url: unknown) =>
  typeof url === 'string' && (/^[a-z][a-z\d+.-]*:/i.test(url.trim()) || url.trim().startsWith('//'))

/**
 * Checks an upload by its content before Payload stores anything, then stores a clean copy:
 * no location or camera metadata in the original, as in every resized variant.
 */
export const checkImageUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  // With S3 storage the plugin re-saves the document once its files are in the bucket (an internal
  // Local API update flagged in the server-side context, without a file, echoing the document and
  // its own URL): nothing new to check, and the URL must not be taken as one to fetch.
  if (operation === 'update' && req.context.skipCloudStorage && !req.file) {
    const data = (args as { data?: Record<string, unknown> }).data
    if (data) {
      delete data.url
      delete data.thumbnailURL
    }
    return args
  }
  // Without a file, Payload fetches `data.url` itself (upload from URL) and stores what it gets,
  // past every check below: server-side fetching is not offered at all (no SSRF to loopback,
  // link-local or private addresses). `upload.pasteURL` is off for the same reason.
  // Payload moves a submitted `url` out of `args.data` before this hook; REST keeps the body in
  // `req.data`. Other doors are caught after the fetch by `refuseUncheckedFile` below.
  const submitted = [(args as { data?: { url?: unknown } }).data, req.data as { url?: unknown }]
  if (!req.file && submitted.some((data) => isRemote(data?.url))) {
    throw new APIError(NO_REMOTE, 400, null, true)
  }
  if ((args as { duplicateFromID?: unknown }).duplicateFromID) req.context.uploadChecked = true
  if (!req.file) return args
  const file = req.file as typeof req.file & { truncated?: boolean }
  if (file.size > MAX_IMAGE_BYTES || file.truncated || file.data.length > MAX_IMAGE_BYTES) {
    throw new APIError(TOO_LARGE, 400, null, true)
  }
  const check = await inspectImage(file.data)
  if (!check.ok)
    throw new APIError(check.reason === 'format' ? NOT_IMAGE : TOO_BIG, 400, null, true)
  // A picture that is also a web page (a "polyglot": script in a comment or after the image) is
  // refused outright, even though re-encoding below would drop the script.
  if (containsMarkup(file.data)) throw new APIError(HAS_MARKUP, 400, null, true)
  req.context.uploadChecked = true
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

/**
 * The last gate before anything is written: a new media document whose file did not pass
 * `checkImageUpload` (one Payload fetched from a URL through a door that hid the URL from it,
 * e.g. GraphQL) is refused, so only checked and cleaned files are ever stored.
 */
export const refuseUncheckedFile: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (operation === 'create' && data?.filename && !req.context.uploadChecked) {
    throw new APIError(NO_REMOTE, 400, null, true)
  }
  return data
}
