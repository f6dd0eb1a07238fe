import type { TextField } from 'payload'

import { isPeriod } from '@/lib/period'

export function periodField(overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'period',
    type: 'text',
    label: 'Kỳ giới thiệu (tháng/năm)',
    required: true,
    index: true,
    admin: {
      description: 'Dạng YYYY-MM, ví dụ 2022-07 cho tháng 7/2022.',
      placeholder: '2022-07',
    },
    validate: (value: unknown) =>
      value === undefined || value === null || value === ''
        ? 'Kỳ giới thiệu là bắt buộc.'
        : isPeriod(value) ||
          'Kỳ giới thiệu phải có dạng YYYY-MM với tháng từ 01 đến 12 (ví dụ 2022-07).',
    ...overrides,
  } as TextField
}
