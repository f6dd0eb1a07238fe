/** What one exemplar adds to its unit's month, and what a month's counts make of its status. */

import { coverageKey, type CoverageEntryLike } from '@/lib/coverage-key'

import type { Counts, ExemplarInput, MonthStatus } from './report-types'
import { DEFAULT_POINTS } from './score'

export const MONTH_STATUS_LABELS: Record<MonthStatus, string> = {
  'on-time': 'Đúng hạn',
  late: 'Chậm',
  missing: 'Chưa gửi',
  pending: 'Chưa đến hạn',
  inactive: 'Không hoạt động',
}

export const zero = (): Counts => ({
  submitted: 0,
  onTime: 0,
  published: 0,
  proposed: 0,
  selected: 0,
  coverage: 0,
})

/**
 * The appearances of one exemplar that count: each distinct one once (the same outlet and
 * address, or outlet and day, entered thirty times is one appearance), and no more than `cap`
 * of them, so that one profile cannot carry its unit's ranking.
 */
export function countedCoverage(
  entries: readonly CoverageEntryLike[] | null | undefined,
  cap: number,
): number {
  const distinct = new Set((entries ?? []).map(coverageKey)).size
  return Math.min(distinct, Math.max(0, Math.floor(cap)))
}

/** Adds one exemplar to the counts of its month. */
export function countExemplar(
  counts: Counts,
  exemplar: ExemplarInput,
  deadline: Date,
  coverageCap: number = DEFAULT_POINTS.coverageCapPerExemplar,
): Counts {
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
  next.coverage += countedCoverage(exemplar.coverage, coverageCap)
  return next
}

export function monthStatus(counts: Counts, active: boolean, deadlinePassed: boolean): MonthStatus {
  if (counts.onTime > 0) return 'on-time'
  if (counts.submitted > 0) return 'late'
  if (!active) return 'inactive'
  return deadlinePassed ? 'missing' : 'pending'
}
