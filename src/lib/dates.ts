import { VN_TIME_ZONE as TIME_ZONE, vnWallClock } from './vn-time'

// Made once: building an Intl formatter costs far more than formatting with it, and a list or a
// page of search results formats a date per card (2 % of a search page's time when made per call).
const DATE = new Intl.DateTimeFormat('vi-VN', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
})
const TIME = new Intl.DateTimeFormat('vi-VN', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
})
const SHORT = new Intl.DateTimeFormat('vi-VN', {
  timeZone: TIME_ZONE,
  dateStyle: 'short',
  timeStyle: 'short',
})

type DateInput = string | Date | null | undefined

/** The instant a stored value names, or null when it is missing or not a date. */
function toDate(value: DateInput): Date | null {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** `05/07/2022`, in Vietnam time, as dates read on screens. */
export function displayDate(value: DateInput): string {
  const date = toDate(value)
  return date ? DATE.format(date) : ''
}

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy']

/** `Thứ Sáu, 27/11/2026`: today's date in the portal's banner. */
export function displayToday(now = new Date()): string {
  const local = vnWallClock(now)
  return `${WEEKDAYS[local.getUTCDay()]}, ${displayDate(now)}`
}

/** `14:05:09 ngày 05/07/2022`, in Vietnam time: when something happened, to the second. */
export function displayDateTime(value: DateInput): string {
  const date = toDate(value)
  return date ? `${TIME.format(date)} ngày ${DATE.format(date)}` : ''
}

/** `00:30 5/7/22`, in Vietnam time: compact, for the admin's workflow panel beside a note. */
export function displayShortDateTime(value: DateInput): string {
  const date = toDate(value)
  return date ? SHORT.format(date) : ''
}
