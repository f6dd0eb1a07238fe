/** The shapes the compliance figures read and build (`figures.ts` re-exports them). */

import type { CoverageEntryLike } from '@/lib/coverage-key'

export type Id = number | string

export type Points = {
  perPublished: number
  perOnTimeMonth: number
  perProposal: number
  perSelected: number
  perCoverage: number
  missingMonthPenalty: number
  /** At most this many distinct appearances of one exemplar count (its month's coverage). */
  coverageCapPerExemplar: number
}

export type MonthStatus = 'on-time' | 'late' | 'missing' | 'pending' | 'inactive'

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
  /** Its coverage log; only the fields that tell one appearance from another are read. */
  coverage?: readonly CoverageEntryLike[] | null
}
