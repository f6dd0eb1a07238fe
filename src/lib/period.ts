/**
 * Periods are calendar months written `YYYY-MM`, in Vietnam's time zone (UTC+7, no DST).
 * A unit's list for month M is due by the deadline day of month M+1.
 */

import { VN_OFFSET_MS } from './vn-time'

export const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/

/**
 * The years a period, a document's date or the lists' `nam` filter may name. The lists' filter
 * spells them as a pattern in src/portal/list-params.mjs (plain JavaScript, read by
 * next.config.mjs); a unit test keeps the two equal.
 */
export const FIRST_YEAR = 1990
export const LAST_YEAR = 2100

export type Period = { year: number; month: number }

export function parsePeriod(value: unknown): Period | null {
  if (typeof value !== 'string') return null
  const match = PERIOD_PATTERN.exec(value.trim())
  if (!match) return null
  const year = Number(match[1])
  if (year < FIRST_YEAR || year > LAST_YEAR) return null
  return { year, month: Number(match[2]) }
}

export function isPeriod(value: unknown): value is string {
  return parsePeriod(value) !== null
}

export function formatPeriod({ year, month }: Period): string {
  return `${year}-${String(month).padStart(2, '0')}`
}

/** `07/2022`, as periods read on screens and in exports. */
export function displayPeriod(value: string): string {
  const period = parsePeriod(value)
  return period ? `${String(period.month).padStart(2, '0')}/${period.year}` : value
}

export function addMonths({ year, month }: Period, count: number): Period {
  const index = year * 12 + (month - 1) + count
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

/** Every period from `from` to `to` inclusive; empty when reversed. */
export function periodsBetween(from: string, to: string): string[] {
  const start = parsePeriod(from)
  const end = parsePeriod(to)
  if (!start || !end) return []
  const out: string[] = []
  for (let p = start; p.year * 12 + p.month <= end.year * 12 + end.month; p = addMonths(p, 1)) {
    out.push(formatPeriod(p))
  }
  return out
}

/** The period (Vietnam time) that contains an instant. */
export function periodOf(instant: Date): string {
  const local = new Date(instant.getTime() + VN_OFFSET_MS)
  return formatPeriod({ year: local.getUTCFullYear(), month: local.getUTCMonth() + 1 })
}

/** The last instant a period's list counts as on time: end of `deadlineDay` of the next month, UTC+7. */
export function deadlineOf(period: string, deadlineDay: number): Date {
  const parsed = parsePeriod(period)
  if (!parsed) throw new RangeError(`Invalid period: ${period}`)
  const next = addMonths(parsed, 1)
  const day = Math.min(Math.max(1, Math.trunc(deadlineDay)), 28)
  const endOfDayUtc = Date.UTC(next.year, next.month - 1, day, 23, 59, 59, 999)
  return new Date(endOfDayUtc - VN_OFFSET_MS)
}

export function isOnTime(period: string, submittedAt: Date, deadlineDay: number): boolean {
  return submittedAt.getTime() <= deadlineOf(period, deadlineDay).getTime()
}
