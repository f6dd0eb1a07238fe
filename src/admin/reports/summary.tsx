import { Pill } from '@payloadcms/ui'

import { displayDate } from '@/lib/dates'
import { deadlineOf, displayPeriod } from '@/lib/period'
import { notSentIn, type ComplianceReport } from '@/reports/figures'
import type { ReportScope } from '@/reports/scope'

/**
 * The question an editor opens the report with: who has not sent the range's last month yet
 * (a unit: whether it has).
 */
export function MonthSummary({
  report,
  scope,
  last,
}: {
  report: ComplianceReport
  scope: ReportScope
  last: string
}) {
  const missing = notSentIn(report, last)
  const deadline = deadlineOf(last, report.deadlineDay)
  const active = report.units.filter((u) => u.byPeriod[last]?.active).length
  return (
    <section aria-labelledby="lt-missing" className="lt-card">
      <h2 id="lt-missing">
        {scope.all ? 'Chưa gửi' : 'Đơn vị của tôi'} tháng {displayPeriod(last)}
      </h2>
      <p>
        Hạn gửi danh sách tháng {displayPeriod(last)}: hết ngày {displayDate(deadline)}.{' '}
        {scope.all ? (
          <strong>
            {active - missing.length}/{active} đơn vị đã gửi.
          </strong>
        ) : missing.length ? (
          'Đơn vị chưa gửi gương điển hình nào cho tháng này.'
        ) : (
          'Đơn vị đã gửi danh sách tháng này.'
        )}
      </p>
      {scope.all && missing.length ? (
        <ul className="lt-pills" aria-label={`Đơn vị chưa gửi tháng ${displayPeriod(last)}`}>
          {missing.map((u) => (
            <li key={u.id} title={u.cluster ?? undefined}>
              <Pill pillStyle="light-gray" size="small">
                {u.name}
              </Pill>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}

/** The five leading units of the range, by score. */
export function Leaders({ report }: { report: ComplianceReport }) {
  const top = [...report.units].sort((a, b) => a.rank - b.rank).slice(0, 5)
  if (!top.length) return null
  return (
    <section aria-labelledby="lt-top" className="lt-card">
      <h2 id="lt-top">Đơn vị dẫn đầu</h2>
      <div className="lt-scroll" role="region" tabIndex={0} aria-labelledby="lt-top">
        <table className="lt-table">
          <thead>
            <tr>
              <th scope="col">Hạng</th>
              <th scope="col">Đơn vị</th>
              <th scope="col">Cụm thi đua</th>
              <th scope="col">Điểm</th>
            </tr>
          </thead>
          <tbody>
            {top.map((u) => (
              <tr key={u.id}>
                <td>{u.rank}</td>
                <th scope="row">{u.name}</th>
                <td>{u.cluster ?? ''}</td>
                <td>
                  <strong>{u.score.toLocaleString('vi-VN')}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
