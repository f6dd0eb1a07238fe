/**
 * Vietnam's time: UTC+7 all year (no daylight saving), so a fixed offset is exact. Every
 * "which day / which month is it in Vietnam" question goes through here.
 */
export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh'

export const VN_OFFSET_MS = 7 * 60 * 60 * 1000

/** The instant shifted so that its UTC fields read as Vietnam's wall clock. */
export const vnWallClock = (instant: Date = new Date()): Date =>
  new Date(instant.getTime() + VN_OFFSET_MS)

/** `YYYY-MM-DD`: the calendar day in Vietnam at that instant. */
export const vnDay = (instant: Date = new Date()): string =>
  vnWallClock(instant).toISOString().slice(0, 10)

/** The instant a Vietnamese calendar day (`YYYY-MM-DD`) begins. */
export const vnStartOfDay = (day: string): Date => new Date(`${day}T00:00:00+07:00`)
