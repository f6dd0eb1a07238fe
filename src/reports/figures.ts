/**
 * The compliance figures, as pure functions: what counts as sent, on time, late, published,
 * proposed, selected and covered, per unit and month, and how a score is made of them.
 * `compliance.ts` feeds these from the database; the JSON endpoint, the spreadsheet, the admin
 * view and the dashboard all read the one report they build.
 *
 * Definitions (README "Báo cáo & xuất văn bản" repeats them):
 * - An exemplar belongs to the month of its `period` (Kỳ giới thiệu), not to the day it was saved.
 * - submitted: exemplars of the month that were sent for review (`submittedAt` set). The workflow
 *   sets `submittedAt` on every "Gửi duyệt" and clears it on "Rút lại", so a list that is sent,
 *   returned or published — or later unpublished by the office — still counts; one the unit took
 *   back and never re-sent does not. Exemplars an editor wrote and published without a unit ever
 *   sending them count as published, not as submitted.
 * - onTime: those of them whose `submittedAt` is no later than the end of deadline day D of month
 *   M+1 in Vietnam time (UTC+7). A re-submission after a return moves `submittedAt`, so the last
 *   sending is what is judged.
 * - A month's status: `on-time` when at least one exemplar was sent on time; `late` when some
 *   were sent but none on time; `missing` when nothing was sent and the deadline has passed;
 *   `pending` when nothing was sent yet and the deadline is still ahead; `inactive` when the unit
 *   did not exist that month (before `validFrom`, or from `validTo` on: merged units stop there).
 * - published: currently published. proposed: proposed to the province (selected ones included,
 *   the province can only select what was proposed). selected: taken up by the province.
 * - coverage: entries in the exemplars' coverage log (Đã tuyên truyền trên), counted in the month
 *   of the exemplar's period.
 * - score = perPublished × published + perOnTimeMonth × on-time months + perProposal × proposed
 *   + perSelected × selected + perCoverage × coverage − |missingMonthPenalty| × missing months.
 */

import { sameId } from '@/lib/ids'
import { VN_OFFSET_MS } from '@/lib/vn-time'
import { addMonths, deadlineOf, parsePeriod, periodsBetween, type Period } from '@/lib/period'
import { compareVietnamese } from '@/lib/vietnamese'

export type Id = number | string

export const MAX_RANGE_MONTHS = 36

export type Points = {
  perPublished: number
  perOnTimeMonth: number
  perProposal: number
  perSelected: number
  perCoverage: number
  missingMonthPenalty: number
}

export const DEFAULT_POINTS: Points = {
  perPublished: 2,
  perOnTimeMonth: 1,
  perProposal: 3,
  perSelected: 5,
  perCoverage: 1,
  missingMonthPenalty: -2,
}

export type MonthStatus = 'on-time' | 'late' | 'missing' | 'pending' | 'inactive'

export const MONTH_STATUS_LABELS: Record<MonthStatus, string> = {
  'on-time': 'Đúng hạn',
  late: 'Chậm',
  missing: 'Chưa gửi',
  pending: 'Chưa đến hạn',
  inactive: 'Không hoạt động',
}

export type Counts = {
  submitted: number
  onTime: number
  published: number
  proposed: number
  selected: number
  coverage: number
}

export type PeriodFigures = Counts & {
  /** Sent, but none on time. */
  late: number
  active: boolean
  status: MonthStatus
}

export type UnitTotals = Counts & {
  onTimeMonths: number
  lateMonths: number
  missingMonths: number
}

export type ScoreParts = {
  published: number
  onTimeMonths: number
  proposed: number
  selected: number
  coverage: number
  missingMonths: number
}

export type UnitRow = {
  id: Id
  name: string
  slug?: string | null
  kind?: string | null
  cluster: string | null
  clusterId: Id | null
  validFrom?: string | null
  validTo?: string | null
  byPeriod: Record<string, PeriodFigures>
  totals: UnitTotals
  scoreParts: ScoreParts
  score: number
  /** 1 = best, ties share a rank. */
  rank: number
  clusterRank: number
}

export type ClusterRow = Counts & {
  id: Id | null
  name: string
  units: number
  onTimeMonths: number
  lateMonths: number
  missingMonths: number
  score: number
  averageScore: number
  rank: number
  /** The unit(s) with the best score in the cluster. */
  leaders: Array<{ id: Id; name: string; score: number }>
}

export type ComplianceReport = {
  from: string
  to: string
  periods: string[]
  deadlineDay: number
  points: Points
  generatedAt: string
  units: UnitRow[]
  clusters: ClusterRow[]
  totals: Counts & {
    units: number
    onTimeMonths: number
    lateMonths: number
    missingMonths: number
  }
}

/** What the report needs to know about a unit. */
export type UnitInput = {
  id: Id
  name: string
  slug?: string | null
  kind?: string | null
  cluster?: Id | null
  validFrom?: string | null
  validTo?: string | null
}

/** What the report needs to know about an exemplar (a `select` of these fields). */
export type ExemplarInput = {
  unit: Id | null
  period: string
  submittedAt?: string | null
  reviewState?: string | null
  provincialStatus?: string | null
  /** Entries in its coverage log. */
  coverage?: number | null
}

// ---------------------------------------------------------------------------------------------
// Periods and ranges
// ---------------------------------------------------------------------------------------------

export class RangeInputError extends Error {
  readonly status = 400
}

const PERIOD_HINT = 'dạng YYYY-MM, ví dụ 2022-06'

function requirePeriod(value: unknown, name: string, label: string): string {
  if (value === undefined || value === null || value === '') {
    throw new RangeInputError(`Thiếu tham số "${name}" (${label}, ${PERIOD_HINT}).`)
  }
  if (typeof value !== 'string' || !parsePeriod(value)) {
    throw new RangeInputError(
      `Tham số "${name}" không hợp lệ: ${label} phải có ${PERIOD_HINT}, tháng từ 01 đến 12.`,
    )
  }
  return value.trim()
}

/** One month, checked: `period=YYYY-MM`. Throws RangeInputError with a Vietnamese message. */
export function parseOnePeriod(value: unknown, name = 'period'): string {
  return requirePeriod(value, name, 'kỳ báo cáo')
}

/** A checked range of months (`from` ≤ `to`, at most 36 months). */
export function parseRange(from: unknown, to: unknown, max = MAX_RANGE_MONTHS): string[] {
  const start = requirePeriod(from, 'from', 'tháng bắt đầu')
  const end = requirePeriod(to, 'to', 'tháng kết thúc')
  const periods = periodsBetween(start, end)
  if (periods.length === 0) {
    throw new RangeInputError(
      `Khoảng thời gian không hợp lệ: tháng bắt đầu (${start}) phải trước hoặc bằng tháng kết thúc (${end}).`,
    )
  }
  if (periods.length > max) {
    throw new RangeInputError(
      `Khoảng thời gian quá dài (${periods.length} tháng): mỗi báo cáo tối đa ${max} tháng.`,
    )
  }
  return periods
}

/** The calendar day (Vietnam time) of a stored instant, as `YYYY-MM-DD`. */
export function localDay(value: string | Date): string | null {
  const time = new Date(value).getTime()
  if (Number.isNaN(time)) return null
  return new Date(time + VN_OFFSET_MS).toISOString().slice(0, 10)
}

/**
 * Whether a unit existed during a month: from the day of `validFrom` (its month counts) until
 * the day before `validTo` ("Hết hiệu lực từ ngày"); a unit merged on 1 December stops after
 * November. Dates are read as calendar days in Vietnam time.
 */
export function activeIn(unit: Pick<UnitInput, 'validFrom' | 'validTo'>, period: string): boolean {
  const first = `${period}-01`
  const parsed = parsePeriod(period) as Period
  const next = addMonths(parsed, 1)
  const firstOfNext = `${next.year}-${String(next.month).padStart(2, '0')}-01`
  const from = unit.validFrom ? localDay(unit.validFrom) : null
  const to = unit.validTo ? localDay(unit.validTo) : null
  if (from && from >= firstOfNext) return false
  if (to && to <= first) return false
  return true
}

// ---------------------------------------------------------------------------------------------
// Counting
// ---------------------------------------------------------------------------------------------

const zero = (): Counts => ({
  submitted: 0,
  onTime: 0,
  published: 0,
  proposed: 0,
  selected: 0,
  coverage: 0,
})

/** Adds one exemplar to the counts of its month. */
export function countExemplar(counts: Counts, exemplar: ExemplarInput, deadline: Date): Counts {
  const next = { ...counts }
  if (exemplar.submittedAt) {
    const at = new Date(exemplar.submittedAt)
    if (!Number.isNaN(at.getTime())) {
      next.submitted++
      if (at.getTime() <= deadline.getTime()) next.onTime++
    }
  }
  if (exemplar.reviewState === 'published') next.published++
  if (exemplar.provincialStatus === 'proposed' || exemplar.provincialStatus === 'selected') {
    next.proposed++
  }
  if (exemplar.provincialStatus === 'selected') next.selected++
  next.coverage += exemplar.coverage ?? 0
  return next
}

export function monthStatus(counts: Counts, active: boolean, deadlinePassed: boolean): MonthStatus {
  if (counts.onTime > 0) return 'on-time'
  if (counts.submitted > 0) return 'late'
  if (!active) return 'inactive'
  return deadlinePassed ? 'missing' : 'pending'
}

export function scoreOf(parts: ScoreParts, points: Points): number {
  const score =
    parts.published * points.perPublished +
    parts.onTimeMonths * points.perOnTimeMonth +
    parts.proposed * points.perProposal +
    parts.selected * points.perSelected +
    parts.coverage * points.perCoverage -
    parts.missingMonths * Math.abs(points.missingMonthPenalty)
  // Points may be fractional in settings; keep sums free of binary noise.
  return Math.round(score * 100) / 100
}

/** Competition ranking (1, 2, 2, 4) by descending score. */
export function ranks<T>(items: T[], score: (item: T) => number): Map<T, number> {
  const sorted = [...items].sort((a, b) => score(b) - score(a))
  const out = new Map<T, number>()
  sorted.forEach((item, index) => {
    const previous = sorted[index - 1]
    out.set(
      item,
      previous !== undefined && score(previous) === score(item) ? out.get(previous)! : index + 1,
    )
  })
  return out
}

function toPoints(value: Partial<Points> | null | undefined): Points {
  const out = { ...DEFAULT_POINTS }
  for (const key of Object.keys(out) as Array<keyof Points>) {
    const given = value?.[key]
    if (typeof given === 'number' && Number.isFinite(given)) out[key] = given
  }
  return out
}

export type AssembleInput = {
  periods: string[]
  units: UnitInput[]
  clusters: Array<{ id: Id; name: string }>
  exemplars: ExemplarInput[]
  deadlineDay: number
  points?: Partial<Points> | null
  now?: Date
}

/**
 * Builds the report from plain rows: every unit active in at least one month of the range
 * appears, with every month of the range in `byPeriod` (months it did not exist are `inactive`,
 * all zero unless something was filed under it anyway).
 */
export function assembleReport(input: AssembleInput): ComplianceReport {
  const { periods, deadlineDay } = input
  const now = input.now ?? new Date()
  const points = toPoints(input.points)
  const deadlines = new Map(periods.map((p) => [p, deadlineOf(p, deadlineDay)]))
  const clusterNames = new Map(input.clusters.map((c) => [String(c.id), c.name]))

  const byUnit = new Map<string, Map<string, Counts>>()
  for (const exemplar of input.exemplars) {
    if (exemplar.unit === null || exemplar.unit === undefined) continue
    const deadline = deadlines.get(exemplar.period)
    if (!deadline) continue
    const key = String(exemplar.unit)
    const months = byUnit.get(key) ?? new Map<string, Counts>()
    byUnit.set(key, months)
    months.set(
      exemplar.period,
      countExemplar(months.get(exemplar.period) ?? zero(), exemplar, deadline),
    )
  }

  const rows: UnitRow[] = []
  for (const unit of input.units) {
    const activity = periods.map((p) => activeIn(unit, p))
    if (!activity.some(Boolean)) continue
    const months = byUnit.get(String(unit.id))
    const byPeriod: Record<string, PeriodFigures> = {}
    const totals: UnitTotals = { ...zero(), onTimeMonths: 0, lateMonths: 0, missingMonths: 0 }
    periods.forEach((period, index) => {
      const counts = months?.get(period) ?? zero()
      const active = activity[index]
      const passed = now.getTime() > (deadlines.get(period) as Date).getTime()
      const status = monthStatus(counts, active, passed)
      byPeriod[period] = { ...counts, late: counts.submitted - counts.onTime, active, status }
      for (const key of Object.keys(zero()) as Array<keyof Counts>) totals[key] += counts[key]
      if (status === 'on-time') totals.onTimeMonths++
      if (status === 'late') totals.lateMonths++
      if (status === 'missing') totals.missingMonths++
    })
    const scoreParts: ScoreParts = {
      published: totals.published,
      onTimeMonths: totals.onTimeMonths,
      proposed: totals.proposed,
      selected: totals.selected,
      coverage: totals.coverage,
      missingMonths: totals.missingMonths,
    }
    const clusterId = unit.cluster ?? null
    rows.push({
      id: unit.id,
      name: unit.name,
      slug: unit.slug ?? null,
      kind: unit.kind ?? null,
      cluster: clusterId === null ? null : (clusterNames.get(String(clusterId)) ?? null),
      clusterId,
      validFrom: unit.validFrom ?? null,
      validTo: unit.validTo ?? null,
      byPeriod,
      totals,
      scoreParts,
      score: scoreOf(scoreParts, points),
      rank: 0,
      clusterRank: 0,
    })
  }

  // Units read by cluster, then in Vietnamese alphabetical order.
  rows.sort(
    (a, b) =>
      compareVietnamese(a.cluster ?? '\uffff', b.cluster ?? '\uffff') ||
      compareVietnamese(a.name, b.name),
  )
  const overall = ranks(rows, (row) => row.score)
  for (const row of rows) row.rank = overall.get(row) as number

  const groups = new Map<string, UnitRow[]>()
  for (const row of rows) {
    const key = row.clusterId === null ? '' : String(row.clusterId)
    groups.set(key, [...(groups.get(key) ?? []), row])
  }
  const clusters: ClusterRow[] = []
  for (const [key, members] of groups) {
    const inCluster = ranks(members, (row) => row.score)
    for (const row of members) row.clusterRank = inCluster.get(row) as number
    const sum = (pick: (row: UnitRow) => number) => members.reduce((acc, row) => acc + pick(row), 0)
    const score = Math.round(sum((row) => row.score) * 100) / 100
    const best = Math.max(...members.map((row) => row.score))
    clusters.push({
      id: key === '' ? null : (members[0].clusterId as Id),
      name: key === '' ? 'Chưa xếp cụm thi đua' : (members[0].cluster ?? 'Cụm thi đua'),
      units: members.length,
      submitted: sum((row) => row.totals.submitted),
      onTime: sum((row) => row.totals.onTime),
      published: sum((row) => row.totals.published),
      proposed: sum((row) => row.totals.proposed),
      selected: sum((row) => row.totals.selected),
      coverage: sum((row) => row.totals.coverage),
      onTimeMonths: sum((row) => row.totals.onTimeMonths),
      lateMonths: sum((row) => row.totals.lateMonths),
      missingMonths: sum((row) => row.totals.missingMonths),
      score,
      averageScore: Math.round((score / members.length) * 100) / 100,
      rank: 0,
      leaders: members
        .filter((row) => row.score === best)
        .map((row) => ({ id: row.id, name: row.name, score: row.score })),
    })
  }
  // Clusters are ranked by their units' average score: clusters differ in size.
  const clusterRanks = ranks(clusters, (c) => c.averageScore)
  for (const cluster of clusters) cluster.rank = clusterRanks.get(cluster) as number
  clusters.sort((a, b) => a.rank - b.rank || compareVietnamese(a.name, b.name))

  const total = (pick: (c: ClusterRow) => number) => clusters.reduce((acc, c) => acc + pick(c), 0)
  return {
    from: periods[0],
    to: periods[periods.length - 1],
    periods,
    deadlineDay,
    points,
    generatedAt: now.toISOString(),
    units: rows,
    clusters,
    totals: {
      units: rows.length,
      submitted: total((c) => c.submitted),
      onTime: total((c) => c.onTime),
      published: total((c) => c.published),
      proposed: total((c) => c.proposed),
      selected: total((c) => c.selected),
      coverage: total((c) => c.coverage),
      onTimeMonths: total((c) => c.onTimeMonths),
      lateMonths: total((c) => c.lateMonths),
      missingMonths: total((c) => c.missingMonths),
    },
  }
}

/** Units that sent nothing for `period` (and existed then), in the report's order. */
export function notSentIn(report: ComplianceReport, period: string): UnitRow[] {
  return report.units.filter((row) => {
    const month = row.byPeriod[period]
    return month && month.active && month.submitted === 0
  })
}

export function isSameUnit(a: Id | null | undefined, b: Id | null | undefined): boolean {
  return sameId(a, b)
}
