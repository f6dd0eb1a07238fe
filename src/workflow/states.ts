import type { OrgWords } from '@/globals/org-words'

export const REVIEW_STATES = ['draft', 'submitted', 'returned', 'published'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]

export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  draft: 'Nháp',
  submitted: 'Đã gửi duyệt',
  returned: 'Trả lại bổ sung',
  published: 'Đã xuất bản',
}

export const PROVINCIAL_STATUSES = ['none', 'proposed', 'selected'] as const
export type ProvincialStatus = (typeof PROVINCIAL_STATUSES)[number]

/**
 * Neutral wording for static config (field options), which cannot read data; wherever site
 * settings can be read, `provincialStatusLabel` names the level ("lên tỉnh", "lên Trung ương").
 */
export const PROVINCIAL_STATUS_LABELS: Record<ProvincialStatus, string> = {
  none: 'Chưa đề xuất',
  proposed: 'Đã đề xuất lên cấp trên',
  selected: 'Được cấp trên lựa chọn',
}

export function provincialStatusLabel(
  status: ProvincialStatus,
  { upperLevel }: Pick<OrgWords, 'upperLevel'>,
): string {
  if (status === 'proposed') return `Đã đề xuất lên ${upperLevel}`
  if (status === 'selected') return `Được ${upperLevel} lựa chọn`
  return PROVINCIAL_STATUS_LABELS.none
}

/** States in which the introducing unit may still edit its document. */
export const EDITABLE_BY_UNIT: ReviewState[] = ['draft', 'returned']
