import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'

import { readAsOfPeriod } from '@/lib/as-of'
import { displayDate } from '@/lib/dates'
import { deadlineOf, displayPeriod } from '@/lib/period'
import { computeCompliance } from '@/reports/compliance'
import {
  MONTH_STATUS_LABELS,
  notSentIn,
  parseRange,
  RangeInputError,
  type ComplianceReport,
  type MonthStatus,
} from '@/reports/figures'
import { ReportError, reportScope, type ReportScope } from '@/reports/scope'

/**
 * "Báo cáo thi đua" (/admin/bao-cao): the period picker (a plain GET form), the units × months
 * grid, cluster totals and ranking, the leading units, who has not sent the last month of the
 * range, and the downloads. Everything comes from the same computation as the JSON endpoint.
 * A contributor sees its own unit's row and its own list.
 */

const SYMBOLS: Record<MonthStatus, string> = {
  'on-time': '✓',
  late: '!',
  missing: '✗',
  pending: '…',
  inactive: '—',
}

function defaultRange(asOf: string): { from: string; to: string } {
  return { from: `${asOf.slice(0, 4)}-01`, to: asOf }
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

type Picked = { from: string; to: string; periods: string[]; error: string | null }

function pickRange(
  searchParams: Record<string, string | string[] | undefined> | undefined,
  asOf: string,
): Picked {
  const from = first(searchParams?.from)
  const to = first(searchParams?.to)
  if (!from && !to) {
    const fallback = defaultRange(asOf)
    return { ...fallback, periods: parseRange(fallback.from, fallback.to), error: null }
  }
  try {
    const periods = parseRange(from, to)
    return { from: periods[0], to: periods[periods.length - 1], periods, error: null }
  } catch (error) {
    const fallback = defaultRange(asOf)
    return {
      ...fallback,
      periods: parseRange(fallback.from, fallback.to),
      error: error instanceof RangeInputError ? error.message : 'Khoảng thời gian không hợp lệ.',
    }
  }
}

function Legend() {
  return (
    <ul className="lt-report__legend" aria-label="Chú giải">
      {(Object.keys(SYMBOLS) as MonthStatus[]).map((status) => (
        <li key={status}>
          <span className={`lt-cell lt-cell--${status}`} aria-hidden="true">
            {SYMBOLS[status]}
          </span>{' '}
          {MONTH_STATUS_LABELS[status]}
        </li>
      ))}
      <li>Số trong ô: số gương đơn vị đã gửi cho tháng đó.</li>
    </ul>
  )
}

function Grid({ report }: { report: ComplianceReport }) {
  return (
    <div className="lt-report__scroll">
      <table className="lt-table lt-report__grid">
        <caption>Tình hình gửi danh sách theo tháng</caption>
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
            <th scope="col">Đề xuất</th>
            <th scope="col">Lần đăng</th>
            <th scope="col">Điểm</th>
            <th scope="col">Hạng</th>
          </tr>
        </thead>
        <tbody>
          {report.units.map((unit) => (
            <tr key={unit.id}>
              <th scope="row">{unit.name}</th>
              <td>{unit.cluster ?? ''}</td>
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
                <strong>{unit.score.toLocaleString('vi-VN')}</strong>
              </td>
              <td>{unit.rank}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function Clusters({ report }: { report: ComplianceReport }) {
  return (
    <table className="lt-table">
      <caption>Tổng hợp theo cụm thi đua (xếp hạng theo điểm bình quân mỗi đơn vị)</caption>
      <thead>
        <tr>
          <th scope="col">Hạng</th>
          <th scope="col">Cụm thi đua</th>
          <th scope="col">Số đơn vị</th>
          <th scope="col">Đã gửi</th>
          <th scope="col">Đúng hạn</th>
          <th scope="col">Xuất bản</th>
          <th scope="col">Đề xuất lên tỉnh</th>
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
            <td>{c.score.toLocaleString('vi-VN')}</td>
            <td>{c.averageScore.toLocaleString('vi-VN')}</td>
            <td>{c.leaders.map((l) => l.name).join('; ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function Downloads({
  picked,
  scope,
  api,
  report,
}: {
  picked: Picked
  scope: ReportScope
  api: string
  report: ComplianceReport
}) {
  const range = `from=${picked.from}&to=${picked.to}`
  return (
    <section className="lt-report__downloads" aria-labelledby="lt-downloads">
      <h2 id="lt-downloads">Tải văn bản</h2>
      <p>
        <a
          className="btn btn--style-secondary btn--size-small"
          href={`${api}/reports/compliance.xlsx?${range}`}
        >
          Bảng số liệu (Excel)
        </a>{' '}
        {scope.all ? (
          <>
            <a
              className="btn btn--style-secondary btn--size-small"
              href={`${api}/reports/proposals.docx?${range}`}
            >
              Danh sách đề xuất lên tỉnh (Word)
            </a>{' '}
            <a
              className="btn btn--style-secondary btn--size-small"
              href={`${api}/reports/proposals.pdf?${range}`}
            >
              Danh sách đề xuất lên tỉnh (PDF)
            </a>
          </>
        ) : null}
      </p>
      <form method="get" action={`${api}/reports/nominations.docx`} className="lt-report__form">
        <label>
          Danh sách giới thiệu tháng{' '}
          <input
            type="month"
            name="period"
            defaultValue={picked.to}
            required
            pattern="\d{4}-\d{2}"
          />
        </label>
        {scope.all ? (
          <label>
            Đơn vị{' '}
            <select name="unit" defaultValue="">
              <option value="">Tổng hợp tất cả đơn vị (đã xuất bản)</option>
              {report.units.map((u) => (
                <option key={u.id} value={String(u.id)}>
                  {u.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label title="Để trống: hôm nay với kỳ hiện tại, ngày hết hạn gửi với kỳ đã qua">
          Ngày ghi trên văn bản <input type="date" name="date" />
        </label>
        <button type="submit" className="btn btn--style-primary btn--size-small">
          Tải Word
        </button>
        <button
          type="submit"
          formAction={`${api}/reports/nominations.pdf`}
          className="btn btn--style-secondary btn--size-small"
        >
          Tải PDF
        </button>
      </form>
    </section>
  )
}

/** The figures and how long they took, shown under the grid so editors see the cost of a range. */
async function timedCompliance(
  compute: () => Promise<ComplianceReport>,
): Promise<{ report: ComplianceReport; elapsed: number }> {
  const started = Date.now()
  const report = await compute()
  return { report, elapsed: Date.now() - started }
}

export async function ReportsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const { payload } = req
  const admin = payload.config.routes.admin
  const api = payload.config.routes.api
  const template = (children: React.ReactNode) => (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <div className="lt-report gutter--left gutter--right">{children}</div>
    </DefaultTemplate>
  )

  let scope: ReportScope
  try {
    scope = reportScope(req.user)
  } catch (error) {
    if (!req.user) {
      return (
        <div className="lt-report" style={{ padding: 40 }}>
          <h1>Báo cáo thi đua</h1>
          <p>
            Bạn cần{' '}
            <a href={`${admin}/login?redirect=${encodeURIComponent(`${admin}/bao-cao`)}`}>
              đăng nhập
            </a>{' '}
            để xem báo cáo.
          </p>
        </div>
      )
    }
    return template(
      <p>{error instanceof ReportError ? error.message : 'Bạn không có quyền xem báo cáo.'}</p>,
    )
  }

  const picked = pickRange(
    searchParams as Record<string, string | string[] | undefined>,
    await readAsOfPeriod(payload),
  )
  const { report, elapsed } = await timedCompliance(() =>
    computeCompliance(payload, { periods: picked.periods, unit: scope.unit, req }),
  )
  const last = picked.to
  const missing = notSentIn(report, last)
  const deadline = deadlineOf(last, report.deadlineDay)
  const active = report.units.filter((u) => u.byPeriod[last]?.active).length
  const top = [...report.units].sort((a, b) => a.rank - b.rank).slice(0, 5)

  return template(
    <>
      <h1>Báo cáo thi đua — tình hình giới thiệu gương điển hình</h1>
      <form method="get" className="lt-report__form" aria-label="Chọn kỳ báo cáo">
        <label>
          Từ tháng <input type="month" name="from" defaultValue={picked.from} required />
        </label>
        <label>
          Đến tháng <input type="month" name="to" defaultValue={picked.to} required />
        </label>
        <button type="submit" className="btn btn--style-primary btn--size-small">
          Xem báo cáo
        </button>
        <span className="lt-report__hint">
          Tối đa 36 tháng. Hạn gửi: ngày {report.deadlineDay} tháng sau.
        </span>
      </form>
      {picked.error ? (
        <p className="lt-report__error" role="alert">
          {picked.error} Đang hiển thị {displayPeriod(picked.from)} – {displayPeriod(picked.to)}.
        </p>
      ) : null}

      <section aria-labelledby="lt-missing" className="lt-report__summary">
        <h2 id="lt-missing">
          {scope.all ? 'Chưa gửi' : 'Đơn vị của tôi'} tháng {displayPeriod(last)}
        </h2>
        <p>
          Hạn gửi danh sách tháng {displayPeriod(last)}: hết ngày {displayDate(deadline)}.{' '}
          {scope.all
            ? `${active - missing.length}/${active} đơn vị đã gửi.`
            : missing.length
              ? 'Đơn vị chưa gửi gương điển hình nào cho tháng này.'
              : 'Đơn vị đã gửi danh sách tháng này.'}
        </p>
        {scope.all && missing.length ? (
          <ul className="lt-report__missing">
            {missing.map((u) => (
              <li key={u.id}>
                {u.name}
                {u.cluster ? <span className="lt-report__hint"> ({u.cluster})</span> : null}
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      {scope.all && top.length ? (
        <section aria-labelledby="lt-top">
          <h2 id="lt-top">Đơn vị dẫn đầu</h2>
          <ol className="lt-report__top">
            {top.map((u) => (
              <li key={u.id}>
                {u.name} — {u.score.toLocaleString('vi-VN')} điểm
                {u.cluster ? <span className="lt-report__hint"> ({u.cluster})</span> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {report.units.length === 0 ? (
        <p role="status">
          Không có đơn vị nào hoạt động trong khoảng thời gian này (đơn vị đã sáp nhập chỉ có số
          liệu đến ngày hết hiệu lực).
        </p>
      ) : null}
      <section aria-labelledby="lt-grid">
        <h2 id="lt-grid">Theo đơn vị và tháng</h2>
        <Legend />
        <Grid report={report} />
      </section>

      {scope.all ? (
        <section aria-labelledby="lt-clusters">
          <h2 id="lt-clusters">Cụm thi đua</h2>
          <Clusters report={report} />
        </section>
      ) : null}

      <Downloads picked={picked} scope={scope} api={api} report={report} />
      <p className="lt-report__hint">
        Điểm: mỗi gương xuất bản {report.points.perPublished}, mỗi tháng gửi đúng hạn{' '}
        {report.points.perOnTimeMonth}, mỗi gương đề xuất lên tỉnh {report.points.perProposal}, mỗi
        gương tỉnh chọn {report.points.perSelected}, mỗi lần đăng {report.points.perCoverage}, mỗi
        tháng chưa gửi trừ {Math.abs(report.points.missingMonthPenalty)} (Cấu hình → Thi đua). Tính
        trong {elapsed} ms.
      </p>
    </>,
  )
}
