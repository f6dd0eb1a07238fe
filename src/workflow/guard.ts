import type { CollectionBeforeChangeHook } from 'payload'

import { asUser, isStaffUser } from '@/access/roles'
import { HttpError } from '@/lib/http-error'

import { RESTORE_CONTEXT, WORKFLOW_CONTEXT } from './constants'
import { withPortalCoverage } from './effects'
import type { ReviewState } from './states'
import { refusal, TRANSITIONS, type Action, type WorkflowCollection } from './transitions'

export { WORKFLOW_CONTEXT }

const ONLY_WORKFLOW =
  'Trạng thái duyệt chỉ được thay đổi qua quy trình duyệt (POST /api/<bộ sưu tập>/:id/workflow: Gửi duyệt, Trả lại, Duyệt và xuất bản…).'
const ONLY_STAFF_PUBLISH =
  'Chỉ Biên tập viên của cơ quan tổng hợp và Quản trị hệ thống được xuất bản hoặc gỡ xuống.'

/**
 * Keeps `reviewState`, `provincialStatus`, `reviewNotes`, `submittedAt`, `createdBy` and
 * `_status` out of reach of ordinary writes. Transitions set `req.context[WORKFLOW_CONTEXT]`;
 * every other door (REST, GraphQL, the Local API with a user, the admin form, bulk edits,
 * version restores) goes through these checks. A staff write that moves `_status` alone (Payload's
 * own Publish/Unpublish, a PATCH, a restored version) is the same transition as the endpoint's
 * `publish` or `unpublish`, judged by the same table, so the two states never disagree.
 */
export const guardWorkflowFields: CollectionBeforeChangeHook = async ({
  collection,
  data: incoming,
  operation,
  originalDoc,
  req,
}) => {
  if (req.context?.[WORKFLOW_CONTEXT]) return incoming
  const data = { ...incoming }
  if (req.context?.[RESTORE_CONTEXT]) {
    // A version carries the review record of its time; the document keeps today's.
    for (const name of ['reviewState', 'provincialStatus', 'reviewNotes', 'submittedAt']) {
      delete data[name]
    }
  }

  const user = asUser(req.user)
  const staff = isStaffUser(user)
  const previousState: ReviewState = originalDoc?.reviewState ?? 'draft'
  const stateChanged = data.reviewState !== undefined && data.reviewState !== previousState
  const provincialChanged =
    data.provincialStatus !== undefined &&
    data.provincialStatus !== (originalDoc?.provincialStatus ?? 'none')
  const publishing = data._status === 'published' && previousState !== 'published'
  const unpublishing = data._status === 'draft' && previousState === 'published'

  if (provincialChanged) throw new HttpError(ONLY_WORKFLOW, 403)
  if (!staff && (publishing || unpublishing)) throw new HttpError(ONLY_STAFF_PUBLISH, 403)
  const movesWithStatus =
    (publishing && data.reviewState === 'published') ||
    (unpublishing && data.reviewState === 'draft')
  if (stateChanged && !movesWithStatus) throw new HttpError(ONLY_WORKFLOW, 403)

  // Review history is written by the workflow only: ordinary saves keep what is there.
  data.reviewNotes = originalDoc?.reviewNotes ?? []
  data.submittedAt = originalDoc?.submittedAt ?? null
  data.createdBy = operation === 'create' ? (user?.id ?? null) : (originalDoc?.createdBy ?? null)
  if (collection.slug === 'exemplars') {
    data.provincialStatus = originalDoc?.provincialStatus ?? 'none'
  }

  const action: Action | null = publishing ? 'publish' : unpublishing ? 'unpublish' : null
  if (action) {
    const slug = collection.slug as WorkflowCollection
    const doc = { ...originalDoc, ...data, reviewState: previousState }
    const refused = refusal(slug, action, doc, user)
    if (refused) throw new HttpError(refused.message, refused.status)
    data.reviewState = TRANSITIONS[action].apply(doc).reviewState ?? previousState
    if (action === 'publish' && slug === 'exemplars') {
      const coverage = await withPortalCoverage(
        req.payload,
        { slug: data.slug ?? originalDoc?.slug, coverage: data.coverage ?? originalDoc?.coverage },
        req,
      )
      if (coverage) data.coverage = coverage
    }
    return data
  }
  data.reviewState = previousState
  // A published document stays published whatever else the write says: `_status` follows.
  data._status = previousState === 'published' ? 'published' : 'draft'
  return data
}
