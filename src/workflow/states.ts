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

export const PROVINCIAL_STATUS_LABELS: Record<ProvincialStatus, string> = {
  none: 'Chưa đề xuất',
  proposed: 'Đã đề xuất lên tỉnh',
  selected: 'Được tỉnh lựa chọn',
}

/** States in which the introducing unit may still edit its document. */
export const EDITABLE_BY_UNIT: ReviewState[] = ['draft', 'returned']
