import { Button } from '@payloadcms/ui'

import type { OrgWords } from '@/globals/org-words'
import type { ComplianceReport } from '@/reports/figures'
import type { ReportScope } from '@/reports/scope'
import { proposalsListName } from '@/reports/wording'

import { Field } from './field'
import type { Picked } from './range'

/** The files an office sends on: the workbook, the proposal, a month's list (Word or PDF). */
export function Downloads({
  picked,
  scope,
  api,
  report,
  words,
}: {
  picked: Picked
  scope: ReportScope
  api: string
  report: ComplianceReport
  words: OrgWords
}) {
  const range = `from=${picked.from}&to=${picked.to}`
  const proposals = proposalsListName(words)
  return (
    <section className="lt-card lt-report__downloads" aria-labelledby="lt-downloads">
      <h2 id="lt-downloads">Tải văn bản</h2>
      <div className="lt-buttons">
        <Button
          el="anchor"
          url={`${api}/reports/compliance.xlsx?${range}`}
          buttonStyle="secondary"
          size="small"
          margin={false}
        >
          Bảng số liệu (Excel)
        </Button>
        {scope.all ? (
          <>
            <Button
              el="anchor"
              url={`${api}/reports/proposals.docx?${range}`}
              buttonStyle="secondary"
              size="small"
              margin={false}
            >
              {proposals} (Word)
            </Button>
            <Button
              el="anchor"
              url={`${api}/reports/proposals.pdf?${range}`}
              buttonStyle="secondary"
              size="small"
              margin={false}
            >
              {proposals} (PDF)
            </Button>
          </>
        ) : null}
      </div>
      <form method="get" action={`${api}/reports/nominations.docx`} className="lt-form">
        <Field id="lt-list-period" label="Danh sách giới thiệu tháng">
          <input
            id="lt-list-period"
            type="month"
            name="period"
            defaultValue={picked.to}
            required
            pattern="\d{4}-\d{2}"
          />
        </Field>
        {scope.all ? (
          <Field id="lt-list-unit" label="Đơn vị">
            <select id="lt-list-unit" name="unit" defaultValue="">
              <option value="">Tổng hợp toàn {words.level} (đã xuất bản)</option>
              {report.units.map((u) => (
                <option key={u.id} value={String(u.id)}>
                  {u.name}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        <Field
          id="lt-list-date"
          label="Ngày ghi trên văn bản"
          title="Để trống: hôm nay với kỳ hiện tại, ngày hết hạn gửi với kỳ đã qua"
        >
          <input id="lt-list-date" type="date" name="date" />
        </Field>
        <div className="lt-buttons">
          <Button type="submit" buttonStyle="primary" size="small" margin={false}>
            Tải Word
          </Button>
          <Button
            type="submit"
            buttonStyle="secondary"
            size="small"
            margin={false}
            extraButtonProps={{ formAction: `${api}/reports/nominations.pdf` }}
          >
            Tải PDF
          </Button>
        </div>
      </form>
    </section>
  )
}
