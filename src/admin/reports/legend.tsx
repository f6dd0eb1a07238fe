import { Pill } from '@payloadcms/ui'
import type { ComponentProps } from 'react'

import { MONTH_STATUS_LABELS, type MonthStatus } from '@/reports/figures'

/** A symbol as well as a colour, so the grid reads in print and for colour-blind readers. */
export const SYMBOLS: Record<MonthStatus, string> = {
  'on-time': '✓',
  late: '!',
  missing: '✗',
  pending: '…',
  inactive: '—',
}

/** The admin's own pill colours, the same as the grid's cells. */
export const PILL_STYLES: Record<
  MonthStatus,
  NonNullable<ComponentProps<typeof Pill>['pillStyle']>
> = {
  'on-time': 'success',
  late: 'warning',
  missing: 'error',
  pending: 'light',
  inactive: 'light-gray',
}

export function Legend() {
  return (
    <ul className="lt-report__legend" aria-label="Chú giải">
      {(Object.keys(SYMBOLS) as MonthStatus[]).map((status) => (
        <li key={status}>
          <Pill pillStyle={PILL_STYLES[status]} size="small">
            <span aria-hidden="true">{SYMBOLS[status]}</span> {MONTH_STATUS_LABELS[status]}
          </Pill>
        </li>
      ))}
      <li className="lt-report__hint">Số trong ô: số gương đơn vị đã gửi cho tháng đó.</li>
    </ul>
  )
}
