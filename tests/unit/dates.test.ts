import { describe, expect, it } from 'vitest'

import { displayDate, displayDateTime, displayShortDateTime, displayToday } from '@/lib/dates'

describe('dates as screens show them, in Vietnam time', () => {
  it('turns an instant into the Vietnamese calendar date and time', () => {
    // 17:30 UTC on 4 July is half past midnight on 5 July in Vietnam (UTC+7).
    expect(displayDate('2022-07-04T17:30:00Z')).toBe('05/07/2022')
    expect(displayDate(new Date('2022-07-04T16:59:59Z'))).toBe('04/07/2022')
    expect(displayDateTime('2022-07-04T17:30:09Z')).toBe('00:30:09 ngày 05/07/2022')
    expect(displayDateTime('2022-07-05T07:05:00Z')).toBe('14:05:00 ngày 05/07/2022')
    // The admin's workflow panel: the same instant, compact.
    expect(displayShortDateTime('2022-07-04T17:30:09Z')).toBe('00:30 5/7/22')
  })

  it('names the weekday of the day in Vietnam', () => {
    expect(displayToday(new Date('2026-11-27T03:00:00Z'))).toBe('Thứ Sáu, 27/11/2026')
    // Still Saturday evening in UTC, already Sunday in Vietnam.
    expect(displayToday(new Date('2026-11-28T18:00:00Z'))).toBe('Chủ nhật, 29/11/2026')
  })

  it('shows nothing for a missing or invalid date', () => {
    for (const value of [null, undefined, '', 'không phải ngày'])
      expect([displayDate(value), displayDateTime(value), displayShortDateTime(value)]).toEqual([
        '',
        '',
        '',
      ])
  })
})
