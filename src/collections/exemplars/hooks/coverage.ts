import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'
import { APIError } from 'payload'

import { isContributorUser } from '@/access'
import { lexicalToPlainText } from '@/lib/vietnamese'

/**
 * The coverage log (Đã tuyên truyền trên) of a published exemplar stays open after publication:
 * editors keep it up to date, and so may the introducing unit's staff — for that field only.
 * The update rule that lets them in is `editableOrCoverage` (src/access); these hooks keep
 * everything else of the published document as it was, and keep it published.
 */

type Doc = Record<string, unknown>

/** What a unit's staff may not touch on a published exemplar (everything a reader sees). */
const CONTENT_FIELDS = [
  'kind',
  'category',
  'sector',
  'name',
  'birthYear',
  'gender',
  'ethnicity',
  'position',
  'movement',
  'summary',
  'story',
  'portrait',
  'gallery',
  'awards',
  'contactPhone',
  'address',
  'consent',
  'slug',
  'unit',
  'period',
] as const

const RELATIONS = new Set(['movement', 'portrait', 'unit'])

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? String((value as { id?: unknown }).id ?? '') : String(value)

function comparable(field: string, value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (RELATIONS.has(field)) return idOf(value)
  if (field === 'gallery') return Array.isArray(value) ? value.map(idOf) : []
  if (field === 'story') return lexicalToPlainText(value)
  if (field === 'awards') {
    return (Array.isArray(value) ? value : []).map((row: Doc) =>
      ['title', 'decisionNo', 'year', 'issuer'].map((key) => comparable(key, row?.[key])),
    )
  }
  if (typeof value === 'string') return value.normalize('NFC').trim() || null
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}

/** Content fields that `data` would change on `original` (fields left out of `data` do not). */
export function changedContentFields(data: Doc, original: Doc | undefined): string[] {
  return CONTENT_FIELDS.filter((field) => {
    if (!(field in data) || data[field] === undefined) return false
    return (
      JSON.stringify(comparable(field, data[field])) !==
      JSON.stringify(comparable(field, original?.[field]))
    )
  })
}

const isPublished = (doc: Doc | undefined | null) => doc?.reviewState === 'published'

/**
 * A change to a published exemplar that touches nothing but its coverage log is saved onto the
 * published document itself, even when the admin's only button saved it as a draft: otherwise
 * the entry would wait in a draft version nobody publishes, and the figures would miss it.
 */
export const saveCoverageOnPublished: CollectionBeforeOperationHook = async ({
  args,
  operation,
}) => {
  const a = args as { id?: number | string; draft?: boolean; data?: Doc; req: PayloadRequest }
  if (operation !== 'update' || a.id === undefined || !a.draft || !a.data) return args
  if (!('coverage' in a.data)) return args
  const current = (await a.req.payload.findByID({
    collection: 'exemplars',
    id: a.id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req: a.req,
  })) as Doc | null
  if (!isPublished(current) || changedContentFields(a.data, current ?? undefined).length)
    return args
  return { ...args, draft: false, data: { ...a.data, _status: 'published' } }
}

const ONLY_COVERAGE =
  'Gương điển hình đã xuất bản: Cán bộ đơn vị chỉ được bổ sung mục "Đã tuyên truyền trên"; muốn sửa nội dung khác, đề nghị Biên tập viên của cơ quan tổng hợp gỡ xuống hoặc trả lại.'

/**
 * A unit's staff on its published exemplar: only `coverage` may change; the document stays
 * published. (Access already limited them to their own unit's documents.)
 */
export const guardPublishedCoverage: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !isContributorUser(req.user) || !isPublished(originalDoc))
    return data
  if (changedContentFields(data, originalDoc).length)
    throw new APIError(ONLY_COVERAGE, 403, null, true)
  const next: Doc = { ...data, _status: 'published' }
  for (const field of CONTENT_FIELDS) {
    if (originalDoc && field in originalDoc) next[field] = originalDoc[field]
  }
  return next
}

type Entry = { id?: string | null; outlet?: unknown; url?: unknown; date?: unknown }

const URL_PATTERN = /^(https?:\/\/[^\s]+|\/[^\s]*)$/i

/**
 * Each new or changed coverage entry names an outlet from the configured list (site settings →
 * Thi đua → Kênh tuyên truyền) and, when given, a web address. Entries already stored are left
 * alone, so trimming the list later does not lock old exemplars.
 */
export const validateCoverage: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!Array.isArray(data.coverage)) return data
  const before = new Map(
    ((originalDoc?.coverage ?? []) as Entry[]).filter((e) => e.id).map((e) => [String(e.id), e]),
  )
  const changed = (data.coverage as Entry[]).filter((entry) => {
    const old = entry.id ? before.get(String(entry.id)) : undefined
    return !old || old.outlet !== entry.outlet || (old.url ?? null) !== (entry.url ?? null)
  })
  if (!changed.length) return data
  const settings = await req.payload.findGlobal({
    slug: 'site-settings',
    depth: 0,
    overrideAccess: true,
    req,
  })
  const outlets = (settings.mediaOutlets ?? []).map((o) => o.name.normalize('NFC').trim())
  for (const entry of changed) {
    const outlet = typeof entry.outlet === 'string' ? entry.outlet.normalize('NFC').trim() : ''
    if (!outlet) throw new APIError('Mỗi lần đăng cần ghi rõ Kênh tuyên truyền.', 400, null, true)
    if (outlets.length && !outlets.includes(outlet)) {
      throw new APIError(
        `Kênh "${outlet}" không có trong danh sách kênh tuyên truyền. Chọn một trong: ${outlets.join('; ')}.`,
        400,
        null,
        true,
      )
    }
    const url = typeof entry.url === 'string' ? entry.url.trim() : entry.url
    if (
      url !== undefined &&
      url !== null &&
      url !== '' &&
      (typeof url !== 'string' || !URL_PATTERN.test(url))
    ) {
      throw new APIError(
        'Đường dẫn bài đăng phải là địa chỉ web đầy đủ (bắt đầu bằng http:// hoặc https://).',
        400,
        null,
        true,
      )
    }
  }
  return data
}
