import type { OrgWords } from '@/globals/org-words'
import { displayPeriod } from '@/lib/period'
import { MONTH_STATUS_LABELS, type ComplianceReport } from '@/reports/figures'
import { proposedHeading } from '@/reports/wording'

import { SYMBOLS } from './legend'

const number = (value: number) => value.toLocaleString('vi-VN')

/** Units × months. Wide ranges scroll inside the card, with the unit column kept in view. */
export function Grid({ report, words }: { report: ComplianceReport; words: OrgWords }) {
  return (
    <div className="lt-scroll lt-scroll--tall" role="region" tabIndex={0} aria-labelledby="lt-grid">
      <table className="lt-table lt-report__grid">
        <thead>
          <tr>
            <th scope="col">Đơn vị</th>
            <th scope="col">Cụm thi đua</th>
            {report.periods.map((p) => (
              <th scope="col" key={p}>
                {displayPeriod(p)}
              </th>
            ))}
            <th scope="col">Đã gửi</th>
            <th scope="col">Xuất bản</th>
            <th scope="col" title={proposedHeading(words)}>
              Đề xuất
            </th>
            <th scope="col">Lần đăng</th>
            <th scope="col">Điểm</th>
            <th scope="col">Hạng</th>
          </tr>
        </thead>
        <tbody>
          {report.units.map((unit) => (
            <tr key={unit.id}>
              <th scope="row">{unit.name}</th>
              <td className="lt-report__cluster">{unit.cluster ?? ''}</td>
              {report.periods.map((p) => {
                const m = unit.byPeriod[p]
                const label = `${MONTH_STATUS_LABELS[m.status]}${m.submitted ? `: ${m.submitted} gương` : ''}`
                return (
                  <td key={p} className={`lt-cell lt-cell--${m.status}`} title={label}>
                    <span aria-hidden="true">
                      {SYMBOLS[m.status]}
                      {m.submitted ? ` ${m.submitted}` : ''}
                    </span>
                    <span className="lt-sr-only">{label}</span>
                  </td>
                )
              })}
              <td>{unit.totals.submitted}</td>
              <td>{unit.totals.published}</td>
              <td>{unit.totals.proposed}</td>
              <td>{unit.totals.coverage}</td>
              <td>
                <strong>{number(unit.score)}</strong>
              </td>
              <td>{unit.rank}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
