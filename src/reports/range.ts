/**
 * The months a report covers, read from request parameters, and whether a unit existed in a
 * month. Dates are calendar days in Vietnam time.
 */

import { addMonths, parsePeriod, periodsBetween, type Period } from '@/lib/period'
import { vnDay } from '@/lib/vn-time'

import type { UnitInput } from './report-types'

export const MAX_RANGE_MONTHS = 36

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
  const instant = new Date(value)
  return Number.isNaN(instant.getTime()) ? null : vnDay(instant)
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
