import { Pill } from '@payloadcms/ui'
import type { Payload } from 'payload'

import { readAsOfPeriod } from '@/lib/as-of'
import { displayDate } from '@/lib/dates'
import { addMonths, deadlineOf, displayPeriod, formatPeriod, parsePeriod } from '@/lib/period'
import { computeCompliance } from '@/reports/compliance'
import { MONTH_STATUS_LABELS, notSentIn } from '@/reports/figures'
import { reportScope } from '@/reports/scope'

import { PILL_STYLES } from './reports/legend'

/**
 * "Tháng này" on the dashboard: last month's lists (due by day D of this month) and this month
 * so far, from the same computation as the report. Editors see every unit, a unit its own.
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
    const fact = (label: string, period: string) => {
      const month = own.byPeriod[period]
      return (
        <li>
          <span>{label}</span>
          <Pill pillStyle={PILL_STYLES[month.status]} size="small">
            {MONTH_STATUS_LABELS[month.status]}
            {month.submitted ? ` · ${month.submitted} gương đã gửi` : ''}
          </Pill>
        </li>
      )
    }
    return (
      <section className="collections__group lt-month" aria-labelledby="lt-month">
        <h2 id="lt-month" className="collections__label">
          Tháng này
        </h2>
        <div className="lt-card">
          <ul className="lt-facts">
            {fact(`Danh sách tháng ${displayPeriod(previous)} (hạn ${deadline})`, previous)}
            {fact(`Tháng ${displayPeriod(current)}`, current)}
          </ul>
          <p>
            <a href={link}>Xem báo cáo thi đua của đơn vị</a>
          </p>
        </div>
      </section>
    )
  }

  const active = (period: string) => report.units.filter((u) => u.byPeriod[period]?.active)
  const missing = notSentIn(report, previous)
  const onTime = active(previous).filter((u) => u.byPeriod[previous].status === 'on-time').length
  const sentNow = active(current).filter((u) => u.byPeriod[current].submitted > 0).length
  return (
    <section className="collections__group lt-month" aria-labelledby="lt-month">
      <h2 id="lt-month" className="collections__label">
        Tháng này
      </h2>
      <div className="lt-card">
        <ul className="lt-facts">
          <li>
            <span>
              Danh sách tháng {displayPeriod(previous)} (hạn {deadline}):{' '}
              {active(previous).length - missing.length}/{active(previous).length} đơn vị đã gửi,{' '}
              {onTime} đúng hạn
            </span>
            <Pill pillStyle={missing.length ? 'error' : 'success'} size="small">
              {missing.length} đơn vị chưa gửi
            </Pill>
          </li>
          {missing.length ? (
            <li className="lt-report__hint">
              {missing
                .slice(0, 8)
                .map((u) => u.name)
                .join(', ')}
              {missing.length > 8 ? '…' : ''}
            </li>
          ) : null}
          <li>
            <span>Tháng {displayPeriod(current)}</span>
            <Pill pillStyle="light" size="small">
              {sentNow}/{active(current).length} đơn vị đã gửi
            </Pill>
          </li>
        </ul>
        <p>
          <a href={link}>Mở Báo cáo thi đua</a>
        </p>
      </div>
    </section>
  )
}
