import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { displayDateTime } from '@/lib/dates'

/**
 * Optimistic concurrency for REST clients (README, "Sửa đồng thời"): a client sends the
 * `updatedAt` it read (`GET …?draft=true`) in an `If-Match` header; when the document changed
 * since, the write is refused with 409 and nothing is saved. The check runs inside the write's
 * transaction, so two clients holding the same `updatedAt` cannot both win.
 *
 * The header only applies to the document the URL names (`/api/<collection>/<id>` and its
 * `/workflow`), never to other documents a hook writes on the same request.
 */
export const checkIfMatch: CollectionBeforeChangeHook = ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  const expected = ifMatchOf(req)
  if (expected === null) return data
  if (!targetsDocument(req, collection.slug, originalDoc.id)) return data

  const wanted = Date.parse(expected)
  if (Number.isNaN(wanted)) {
    throw new APIError(
      'Tiêu đề If-Match không hợp lệ: cần giá trị updatedAt (ISO 8601) của hồ sơ bạn đã đọc.',
      400,
      null,
      true,
    )
  }
  const current = Date.parse(String(originalDoc.updatedAt ?? ''))
  if (current !== wanted) {
    throw new APIError(
      `Hồ sơ đã được người khác cập nhật lúc ${displayDateTime(originalDoc.updatedAt)}, sau khi bạn mở. ` +
        'Thay đổi của bạn chưa được lưu: vui lòng tải lại hồ sơ, xem thay đổi rồi lưu lại.',
      409,
      { updatedAt: originalDoc.updatedAt },
      true,
    )
  }
  return data
}

function ifMatchOf(req: PayloadRequest): string | null {
  const raw = req.headers?.get?.('if-match')
  if (!raw) return null
  const value = raw
    .trim()
    .replace(/^W\//, '')
    .replace(/^"(.*)"$/, '$1')
    .trim()
  return value === '*' || value === '' ? null : value
}

function targetsDocument(req: PayloadRequest, slug: string, id: unknown): boolean {
  let pathname: string
  try {
    pathname = new URL(req.url ?? '', 'http://localhost').pathname
  } catch {
    return false
  }
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent)
  const at = parts.indexOf(slug)
  return at > 0 && parts[at - 1] === 'api' && parts[at + 1] === String(id)
}
