/** How points are read from settings and made into a score and a ranking. */

import type { Points, ScoreParts } from './report-types'

export const DEFAULT_POINTS: Points = {
  perPublished: 2,
  perOnTimeMonth: 1,
  perProposal: 3,
  perSelected: 5,
  perCoverage: 1,
  missingMonthPenalty: -2,
  coverageCapPerExemplar: 5,
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

/** The settings' points, each one that is missing or not a number taken from the defaults. */
export function toPoints(value: Partial<Points> | null | undefined): Points {
  const out = { ...DEFAULT_POINTS }
  for (const key of Object.keys(out) as Array<keyof Points>) {
    const given = value?.[key]
    if (typeof given === 'number' && Number.isFinite(given)) out[key] = given
  }
  return out
}
