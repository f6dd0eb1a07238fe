/** The report itself: every unit's months, totals, score and ranks, and its clusters'. */

import { sameId } from '@/lib/ids'
import { deadlineOf } from '@/lib/period'
import { compareVietnamese } from '@/lib/vietnamese'

import { countExemplar, monthStatus, zero } from './counting'
import { activeIn } from './range'
import type {
  ClusterRow,
  ComplianceReport,
  Counts,
  ExemplarInput,
  Id,
  PeriodFigures,
  Points,
  ScoreParts,
  UnitInput,
  UnitRow,
  UnitTotals,
} from './report-types'
import { ranks, scoreOf, toPoints } from './score'

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
      countExemplar(
        months.get(exemplar.period) ?? zero(),
        exemplar,
        deadline,
        points.coverageCapPerExemplar,
      ),
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
