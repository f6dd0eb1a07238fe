import type { Field } from 'payload'

import {
  PROVINCIAL_STATUS_LABELS,
  PROVINCIAL_STATUSES,
  REVIEW_STATE_LABELS,
  REVIEW_STATES,
} from './states'

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }))

/** Review fields shared by exemplars and articles; only the workflow moves them. */
export function reviewFields({ provincial }: { provincial: boolean }): Field[] {
  const fields: Field[] = [
    {
      name: 'reviewState',
      type: 'select',
      label: 'Trạng thái duyệt',
      options: options(REVIEW_STATES, REVIEW_STATE_LABELS),
      defaultValue: 'draft',
      required: true,
      index: true,
      admin: {
        position: 'sidebar',
        readOnly: true,
        components: { Cell: '/admin/review-state-cell#ReviewStateCell' },
      },
    },
    {
      name: 'submittedAt',
      type: 'date',
      label: 'Ngày gửi duyệt',
      index: true,
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
      },
    },
  ]
  fields.push({
    name: 'createdBy',
    type: 'relationship',
    relationTo: 'users',
    label: 'Người tạo',
    admin: { position: 'sidebar', readOnly: true },
  })
  if (provincial) {
    fields.push({
      name: 'provincialStatus',
      type: 'select',
      label: 'Đề xuất lên cấp trên',
      options: options(PROVINCIAL_STATUSES, PROVINCIAL_STATUS_LABELS),
      defaultValue: 'none',
      required: true,
      index: true,
      admin: { position: 'sidebar', readOnly: true },
    })
  }
  fields.push({
    name: 'reviewNotes',
    type: 'array',
    label: 'Ý kiến duyệt',
    labels: { singular: 'Ý kiến', plural: 'Ý kiến duyệt' },
    admin: {
      readOnly: true,
      initCollapsed: false,
      condition: (data) => Array.isArray(data?.reviewNotes) && data.reviewNotes.length > 0,
    },
    fields: [
      { name: 'note', type: 'textarea', label: 'Nội dung', required: true },
      { name: 'author', type: 'relationship', relationTo: 'users', label: 'Người ghi' },
      { name: 'at', type: 'date', label: 'Thời điểm' },
    ],
  })
  return fields
}
