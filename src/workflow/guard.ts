import type { CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'

import { isStaffUser } from '@/access'

import type { ReviewState } from './states'

export const WORKFLOW_CONTEXT = 'workflowTransition'

const ONLY_WORKFLOW =
  'Trạng thái duyệt chỉ được thay đổi qua quy trình duyệt (Gửi duyệt, Trả lại, Duyệt và xuất bản…).'
const ONLY_STAFF_PUBLISH = 'Chỉ Biên tập viên (Phòng Nội vụ) và Quản trị hệ thống được xuất bản.'
const CONSENT_REQUIRED =
  'Chưa thể xuất bản: cần có sự đồng ý công khai thông tin của cá nhân, tập thể được giới thiệu.'
const CANNOT_PUBLISH_FROM: Partial<Record<ReviewState, string>> = {
  returned: 'Hồ sơ đã bị trả lại; đơn vị cần bổ sung và gửi duyệt lại trước khi xuất bản.',
}

/**
 * Keeps `reviewState`, `provincialStatus`, `reviewNotes`, `submittedAt` and `_status` out of
 * reach of ordinary writes. Transitions set `req.context[WORKFLOW_CONTEXT]`; every other door
 * (REST, GraphQL, the Local API with a user, the admin form) goes through these checks.
 */
export const guardWorkflowFields: CollectionBeforeChangeHook = ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  if (req.context?.[WORKFLOW_CONTEXT]) return data

  const staff = isStaffUser(req.user)
  const previousState: ReviewState = originalDoc?.reviewState ?? 'draft'
  const stateChanged = data.reviewState !== undefined && data.reviewState !== previousState
  const provincialChanged =
    data.provincialStatus !== undefined &&
    data.provincialStatus !== (originalDoc?.provincialStatus ?? 'none')
  const publishing = data._status === 'published' && previousState !== 'published'

  if (provincialChanged) throw new APIError(ONLY_WORKFLOW, 403, null, true)

  if (!staff) {
    if (publishing || (data._status === 'published' && !originalDoc)) {
      throw new APIError(ONLY_STAFF_PUBLISH, 403, null, true)
    }
    if (stateChanged) throw new APIError(ONLY_WORKFLOW, 403, null, true)
  }

  const next = { ...data }
  // Review history is written by the workflow only: ordinary saves keep what is there.
  next.reviewNotes = originalDoc?.reviewNotes ?? []
  next.submittedAt = originalDoc?.submittedAt ?? null
  if (collection.slug === 'exemplars') {
    next.provincialStatus = originalDoc?.provincialStatus ?? 'none'
  }

  if (publishing) {
    // Payload's own Publish button, used by an editor: the same rule as the publish action.
    const blocked = CANNOT_PUBLISH_FROM[previousState]
    if (blocked) throw new APIError(blocked, 409, null, true)
    const consent = data.consent ?? originalDoc?.consent
    if (collection.slug === 'exemplars' && consent !== true) {
      throw new APIError(CONSENT_REQUIRED, 400, null, true)
    }
    next.reviewState = 'published'
    return next
  }
  if (stateChanged && !(data._status === 'published' && data.reviewState === 'published')) {
    throw new APIError(ONLY_WORKFLOW, 403, null, true)
  }
  next.reviewState = previousState
  if (previousState === 'published' && data._status === undefined) {
    next._status = 'published'
  }
  return next
}
