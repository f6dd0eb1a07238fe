import { vnDay } from './vn-time'

/**
 * What makes two coverage entries (Đã tuyên truyền trên) the same appearance: the outlet and
 * the address, or the outlet and the Vietnamese calendar day when there is no address. The
 * coverage hook refuses a second entry with a key already present and the compliance figures
 * count each key once, so both must read an entry the same way.
 */

export type CoverageEntryLike = { outlet?: unknown; url?: unknown; date?: unknown }

const text = (value: unknown) => (typeof value === 'string' ? value.normalize('NFC').trim() : '')

/** `YYYY-MM-DD` in Vietnam, or '' when the entry has no readable date. */
export function coverageDay(value: unknown): string {
  const time = typeof value === 'string' || value instanceof Date ? Date.parse(String(value)) : NaN
  return Number.isNaN(time) ? '' : vnDay(new Date(time))
}

export function coverageKey(entry: CoverageEntryLike): string {
  const outlet = text(entry.outlet).toLocaleLowerCase('vi')
  const url = text(entry.url)
  // Addresses differ in case and trailing slashes without naming another page.
  if (url) return `${outlet}|${url.replace(/\/+$/, '').toLowerCase()}`
  return `${outlet}|@${coverageDay(entry.date)}`
}
