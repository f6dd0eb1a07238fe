import type { OrgWords } from '@/globals/org-words'
import type { ComplianceReport } from '@/reports/figures'
import { proposedHeading } from '@/reports/wording'

const number = (value: number) => value.toLocaleString('vi-VN')

/** Clusters ranked by the average score of their units, so a big cluster is not favoured. */
export function Clusters({ report, words }: { report: ComplianceReport; words: OrgWords }) {
  return (
    <div className="lt-scroll" role="region" tabIndex={0} aria-labelledby="lt-clusters">
      <table className="lt-table">
        <thead>
          <tr>
            <th scope="col">Hạng</th>
            <th scope="col">Cụm thi đua</th>
            <th scope="col">Số đơn vị</th>
            <th scope="col">Đã gửi</th>
            <th scope="col">Đúng hạn</th>
            <th scope="col">Xuất bản</th>
            <th scope="col">{proposedHeading(words)}</th>
            <th scope="col">Lần đăng</th>
            <th scope="col">Tháng chưa gửi</th>
            <th scope="col">Tổng điểm</th>
            <th scope="col">Bình quân</th>
            <th scope="col">Dẫn đầu cụm</th>
          </tr>
        </thead>
        <tbody>
          {report.clusters.map((c) => (
            <tr key={String(c.id)}>
              <td>{c.rank}</td>
              <th scope="row">{c.name}</th>
              <td>{c.units}</td>
              <td>{c.submitted}</td>
              <td>{c.onTime}</td>
              <td>{c.published}</td>
              <td>{c.proposed}</td>
              <td>{c.coverage}</td>
              <td>{c.missingMonths}</td>
              <td>{number(c.score)}</td>
              <td>{number(c.averageScore)}</td>
              <td>{c.leaders.map((l) => l.name).join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
