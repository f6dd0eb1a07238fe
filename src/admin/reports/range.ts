import { parseRange, RangeInputError } from '@/reports/figures'

/** The range the report shows: the one asked for, or the year so far; a bad one says why. */
export type Picked = { from: string; to: string; periods: string[]; error: string | null }

function defaultRange(asOf: string): { from: string; to: string } {
  return { from: `${asOf.slice(0, 4)}-01`, to: asOf }
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export function pickRange(
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
