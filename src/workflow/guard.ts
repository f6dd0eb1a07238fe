import type { CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'

import { asUser, isStaffUser } from '@/access'

import { withPortalCoverage } from './effects'
import type { ReviewState } from './states'
import { refusal, type WorkflowCollection } from './transitions'

export const WORKFLOW_CONTEXT = 'workflowTransition'

const ONLY_WORKFLOW =
  'Trạng thái duyệt chỉ được thay đổi qua quy trình duyệt (Gửi duyệt, Trả lại, Duyệt và xuất bản…).'
const ONLY_STAFF_PUBLISH =
  'Chỉ Biên tập viên của cơ quan tổng hợp và Quản trị hệ thống được xuất bản.'

/**
 * Keeps `reviewState`, `provincialStatus`, `reviewNotes`, `submittedAt`, `createdBy` and
 * `_status` out of reach of ordinary writes. Transitions set `req.context[WORKFLOW_CONTEXT]`;
 * every other door (REST, GraphQL, the Local API with a user, the admin form, bulk edits,
 * version restores) goes through these checks.
 */
export const guardWorkflowFields: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (req.context?.[WORKFLOW_CONTEXT]) return data

  const user = asUser(req.user)
  const staff = isStaffUser(user)
  const previousState: ReviewState = originalDoc?.reviewState ?? 'draft'
  const stateChanged = data.reviewState !== undefined && data.reviewState !== previousState
  const provincialChanged =
    data.provincialStatus !== undefined &&
    data.provincialStatus !== (originalDoc?.provincialStatus ?? 'none')
  const publishing = data._status === 'published' && previousState !== 'published'

  if (provincialChanged) throw new APIError(ONLY_WORKFLOW, 403, null, true)
  if (!staff && publishing) throw new APIError(ONLY_STAFF_PUBLISH, 403, null, true)
  if (stateChanged && !(publishing && data.reviewState === 'published')) {
    throw new APIError(ONLY_WORKFLOW, 403, null, true)
  }

  const next = { ...data }
  // Review history is written by the workflow only: ordinary saves keep what is there.
  next.reviewNotes = originalDoc?.reviewNotes ?? []
  next.submittedAt = originalDoc?.submittedAt ?? null
  next.createdBy = operation === 'create' ? (user?.id ?? null) : (originalDoc?.createdBy ?? null)
  if (collection.slug === 'exemplars') {
    next.provincialStatus = originalDoc?.provincialStatus ?? 'none'
  }

  if (publishing) {
    // Payload's own Publish button (or a PATCH with `_status`), used by staff: the same rule
    // as the workflow's publish action.
    const doc = { ...originalDoc, ...data, reviewState: previousState, createdBy: next.createdBy }
    const refused = refusal(collection.slug as WorkflowCollection, 'publish', doc, user)
    if (refused) throw new APIError(refused.message, refused.status, null, true)
    next.reviewState = 'published'
    if (collection.slug === 'exemplars') {
      const coverage = await withPortalCoverage(
        req.payload,
        { slug: data.slug ?? originalDoc?.slug, coverage: data.coverage ?? originalDoc?.coverage },
        req,
      )
      if (coverage) next.coverage = coverage
    }
    return next
  }
  next.reviewState = previousState
  if (previousState === 'published' && data._status === undefined) next._status = 'published'
  return next
}
