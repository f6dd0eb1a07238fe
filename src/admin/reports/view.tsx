import { DefaultTemplate } from '@payloadcms/next/templates'
import { Banner, Button, Gutter, SetStepNav } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { readOrgWords } from '@/globals/org-words'
import { readAsOfPeriod } from '@/lib/as-of'
import { displayPeriod } from '@/lib/period'
import { computeCompliance } from '@/reports/compliance'
import type { ComplianceReport } from '@/reports/figures'
import { ReportError, reportScope, type ReportScope } from '@/reports/scope'
import { scoringSentence } from '@/reports/wording'

import { Clusters } from './clusters'
import { Downloads } from './downloads'
import { Field } from './field'
import { Grid } from './grid'
import { Legend } from './legend'
import { pickRange } from './range'
import { Leaders, MonthSummary } from './summary'

/**
 * "Báo cáo thi đua" (/admin/bao-cao): the period picker (a plain GET form), who has not sent,
 * the leading units, the units × months grid, cluster totals and the downloads, all from the
 * same computation as the JSON endpoint. A contributor sees its own unit's row and list.
 */

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
      <SetStepNav nav={[{ label: 'Báo cáo thi đua' }]} />
      <Gutter className="lt-report">{children}</Gutter>
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
      <Banner type="error">
        {error instanceof ReportError ? error.message : 'Bạn không có quyền xem báo cáo.'}
      </Banner>,
    )
  }

  const [asOf, words] = await Promise.all([readAsOfPeriod(payload), readOrgWords(payload, req)])
  const picked = pickRange(searchParams as Record<string, string | string[] | undefined>, asOf)
  const { report, elapsed } = await timedCompliance(() =>
    computeCompliance(payload, { periods: picked.periods, unit: scope.unit, req }),
  )

  return template(
    <>
      <header className="lt-view__header">
        <h1>Báo cáo thi đua — tình hình giới thiệu gương điển hình</h1>
        <form method="get" className="lt-form" aria-label="Chọn kỳ báo cáo">
          <Field id="lt-from" label="Từ tháng">
            <input id="lt-from" type="month" name="from" defaultValue={picked.from} required />
          </Field>
          <Field id="lt-to" label="Đến tháng">
            <input id="lt-to" type="month" name="to" defaultValue={picked.to} required />
          </Field>
          <Button type="submit" buttonStyle="primary" size="medium" margin={false}>
            Xem báo cáo
          </Button>
        </form>
        <p className="lt-report__hint">
          Tối đa 36 tháng. Hạn gửi: ngày {report.deadlineDay} tháng sau.
        </p>
      </header>
      {picked.error ? (
        <div role="alert">
          <Banner type="error" className="lt-report__error">
            {picked.error} Đang hiển thị {displayPeriod(picked.from)} – {displayPeriod(picked.to)}.
          </Banner>
        </div>
      ) : null}

      <div className="lt-report__top">
        <MonthSummary report={report} scope={scope} last={picked.to} />
        {scope.all ? <Leaders report={report} /> : null}
      </div>

      <section aria-labelledby="lt-grid" className="lt-card">
        <h2 id="lt-grid">Theo đơn vị và tháng</h2>
        {report.units.length === 0 ? (
          <Banner type="info">
            Không có đơn vị nào hoạt động trong khoảng thời gian này (đơn vị đã sáp nhập chỉ có số
            liệu đến ngày hết hiệu lực).
          </Banner>
        ) : null}
        <Legend />
        <Grid report={report} words={words} />
      </section>

      {scope.all ? (
        <section aria-labelledby="lt-clusters" className="lt-card">
          <h2 id="lt-clusters">Cụm thi đua</h2>
          <p className="lt-report__hint">Xếp hạng theo điểm bình quân mỗi đơn vị.</p>
          <Clusters report={report} words={words} />
        </section>
      ) : null}

      <Downloads picked={picked} scope={scope} api={api} report={report} words={words} />
      <p className="lt-report__hint">
        Điểm: {scoringSentence(report.points, words)} (Cấu hình → Thi đua). Tính trong {elapsed} ms.
      </p>
    </>,
  )
}
