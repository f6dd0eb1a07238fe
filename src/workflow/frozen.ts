import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { isStaffUser } from '@/access/roles'
import { HttpError } from '@/lib/http-error'

import { REVIEW_FIELD_NAMES, WORKFLOW_CONTEXT } from './constants'
import { changedFields, type DataField } from './schema'
import { EDITABLE_BY_UNIT, type ReviewState } from './states'

type Doc = Record<string, unknown>

/** Fields Payload and the trash manage; their own rules (./system-fields, trash access) apply. */
const MANAGED = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt', '_status'])

/**
 * Everything a unit may not change once its document is submitted or published: every data
 * field of the collection except the review fields and the ones declared open after
 * publication. Derived from the schema, so a field added later is frozen without a list to update.
 */
export function frozenFields(fields: DataField[], open: readonly string[]): DataField[] {
  const skip = new Set([...REVIEW_FIELD_NAMES, ...open, ...MANAGED])
  return fields.filter((field) => !skip.has(field.name))
}

const TRASH_REFUSAL =
  'Đơn vị chỉ được bỏ vào thùng rác hoặc khôi phục hồ sơ nháp hoặc hồ sơ bị trả lại của mình.'

const stateOf = (doc: Doc | undefined | null): ReviewState =>
  (doc?.reviewState as ReviewState | undefined) ?? 'draft'

const refusal = (open: readonly string[]) =>
  open.length
    ? `Hồ sơ đã xuất bản: đơn vị chỉ được bổ sung ${open.map((f) => `"${f}"`).join(', ')}; muốn sửa nội dung khác, đề nghị bộ phận biên tập gỡ xuống hoặc trả lại.`
    : 'Hồ sơ đã gửi duyệt hoặc đã xuất bản nên đơn vị không sửa được; muốn sửa, đề nghị bộ phận biên tập trả lại hoặc gỡ xuống.'

/**
 * A unit's write to its own submitted or published document: refused (403) when it would change
 * a frozen field; a published document stays published and keeps every frozen value.
 */
export const guardFrozen =
  (fields: DataField[], open: readonly string[], openLabels = open): CollectionBeforeChangeHook =>
  ({ data, operation, originalDoc, req }) => {
    if (operation !== 'update' || req.context?.[WORKFLOW_CONTEXT] || isStaffUser(req.user)) {
      return data
    }
    const state = stateOf(originalDoc)
    if (EDITABLE_BY_UNIT.includes(state)) return data
    // Trash and restore are transitions too: a unit moves only its draft or returned documents.
    if ('deletedAt' in data && Boolean(data.deletedAt) !== Boolean(originalDoc?.deletedAt)) {
      throw new HttpError(TRASH_REFUSAL, 403)
    }
    const frozen = frozenFields(fields, state === 'published' ? open : [])
    if (changedFields(frozen, data, originalDoc).length) {
      throw new HttpError(refusal(state === 'published' ? openLabels : []), 403)
    }
    const next: Doc = { ...data }
    for (const field of frozen) {
      if (originalDoc && field.name in originalDoc) next[field.name] = originalDoc[field.name]
    }
    if (state === 'published') next._status = 'published'
    return next
  }

/**
 * A change to a published document is saved onto the published document itself, even when the
 * admin's only button saved it as a draft: otherwise it would wait in a draft version nobody
 * publishes (Payload's Publish button is replaced by the workflow), and `_status` and
 * `reviewState` would disagree in what editors see.
 */
export const saveOnPublished: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
}) => {
  const a = args as { id?: number | string; draft?: boolean; data?: Doc; req: PayloadRequest }
  if (operation !== 'update' || a.id === undefined || !a.draft || !a.data) return args
  if (a.req.context?.[WORKFLOW_CONTEXT]) return args
  const current = (await a.req.payload.findByID({
    collection: collection.slug,
    id: a.id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    trash: true,
    req: a.req,
  })) as Doc | null
  if (stateOf(current) !== 'published') return args
  return { ...args, draft: false, data: { ...a.data, _status: 'published' } }
}
