import { describe, expect, it } from 'vitest'

import {
  deadlineOf,
  displayPeriod,
  isOnTime,
  isPeriod,
  parsePeriod,
  periodOf,
  periodsBetween,
} from '@/lib/period'

describe('parsePeriod', () => {
  it.each(['2022-01', '2022-12', '2025-07'])('accepts %s', (value) => {
    expect(isPeriod(value)).toBe(true)
  })

  it.each([
    '2022-13',
    '2022-00',
    '22-07',
    '2022-7',
    '2022/07',
    '',
    'abcd-ef',
    '1800-01',
    null,
    202207,
  ])('refuses %s', (value) => {
    expect(parsePeriod(value)).toBeNull()
  })

  it('reads year and month', () => {
    expect(parsePeriod('2022-07')).toEqual({ year: 2022, month: 7 })
    expect(displayPeriod('2022-07')).toBe('07/2022')
  })
})

describe('periodsBetween', () => {
  it('lists every month across a year end', () => {
    expect(periodsBetween('2022-11', '2023-02')).toEqual([
      '2022-11',
      '2022-12',
      '2023-01',
      '2023-02',
    ])
  })
  it('is empty when reversed or malformed', () => {
    expect(periodsBetween('2023-02', '2022-11')).toEqual([])
    expect(periodsBetween('2022-13', '2023-01')).toEqual([])
  })
})

describe('deadlines in Vietnam time (UTC+7)', () => {
  it('puts the deadline of month M at the end of day D of M+1', () => {
    expect(deadlineOf('2022-07', 5).toISOString()).toBe('2022-08-05T16:59:59.999Z')
    expect(deadlineOf('2022-12', 5).toISOString()).toBe('2023-01-05T16:59:59.999Z')
  })
  it('counts the last minute of the deadline day as on time, the next as late', () => {
    expect(isOnTime('2022-07', new Date('2022-08-05T23:59:00+07:00'), 5)).toBe(true)
    expect(isOnTime('2022-07', new Date('2022-08-06T00:00:00+07:00'), 5)).toBe(false)
  })
  it('places an instant in its Vietnamese month', () => {
    expect(periodOf(new Date('2022-07-31T18:00:00Z'))).toBe('2022-08')
    expect(periodOf(new Date('2022-07-31T16:59:59Z'))).toBe('2022-07')
  })
})
