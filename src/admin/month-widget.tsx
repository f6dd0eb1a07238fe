import type { Payload } from 'payload'

import { readAsOfPeriod } from '@/lib/as-of'
import { displayDate } from '@/lib/dates'
import { addMonths, deadlineOf, displayPeriod, formatPeriod, parsePeriod } from '@/lib/period'
import { computeCompliance } from '@/reports/compliance'
import { MONTH_STATUS_LABELS, notSentIn } from '@/reports/figures'
import { reportScope } from '@/reports/scope'

/**
 * "Tháng này" on the dashboard: last month's lists (due by day D of this month) and this month
 * so far, from the same computation as the report. Editors see the district, a unit its own.
 */
export async function MonthWidget({ payload, user }: { payload: Payload; user?: unknown }) {
  let scope
  try {
    scope = reportScope(user)
  } catch {
    return null
  }
  const current = await readAsOfPeriod(payload)
  const previous = formatPeriod(addMonths(parsePeriod(current)!, -1))
  const report = await computeCompliance(payload, {
    periods: [previous, current],
    unit: scope.unit,
  })
  const link = `${payload.config.routes.admin}/bao-cao?from=${previous}&to=${current}`
  const deadline = displayDate(deadlineOf(previous, report.deadlineDay))

  if (!scope.all) {
    const own = report.units[0]
    if (!own) return null
    const line = (period: string) => {
      const month = own.byPeriod[period]
      return `${MONTH_STATUS_LABELS[month.status]}${month.submitted ? ` (${month.submitted} gương đã gửi)` : ''}`
    }
    return (
      <section className="lt-month" aria-labelledby="lt-month">
        <h2 id="lt-month">Tháng này</h2>
        <ul>
          <li>
            Danh sách tháng {displayPeriod(previous)} (hạn {deadline}): {line(previous)}
          </li>
          <li>
            Tháng {displayPeriod(current)}: {line(current)}
          </li>
        </ul>
        <p>
          <a href={link}>Xem báo cáo thi đua của đơn vị</a>
        </p>
      </section>
    )
  }

  const active = (period: string) => report.units.filter((u) => u.byPeriod[period]?.active)
  const missing = notSentIn(report, previous)
  const onTime = active(previous).filter((u) => u.byPeriod[previous].status === 'on-time').length
  const sentNow = active(current).filter((u) => u.byPeriod[current].submitted > 0).length
  return (
    <section className="lt-month" aria-labelledby="lt-month">
      <h2 id="lt-month">Tháng này</h2>
      <ul>
        <li>
          Danh sách tháng {displayPeriod(previous)} (hạn {deadline}):{' '}
          {active(previous).length - missing.length}/{active(previous).length} đơn vị đã gửi,{' '}
          {onTime} đúng hạn; <strong>{missing.length} đơn vị chưa gửi</strong>
          {missing.length
            ? `: ${missing
                .slice(0, 8)
                .map((u) => u.name)
                .join(', ')}${missing.length > 8 ? '…' : ''}`
            : ''}
          .
        </li>
        <li>
          Tháng {displayPeriod(current)}: {sentNow}/{active(current).length} đơn vị đã gửi.
        </li>
      </ul>
      <p>
        <a href={link}>Mở Báo cáo thi đua</a>
      </p>
    </section>
  )
}
