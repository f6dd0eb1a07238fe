import { describe, expect, it } from 'vitest'

import {
  activeIn,
  assembleReport,
  countExemplar,
  localDay,
  monthStatus,
  notSentIn,
  parseRange,
  ranks,
  RangeInputError,
  scoreOf,
  DEFAULT_POINTS,
} from '@/reports/figures'
import { contentDisposition } from '@/reports/endpoints'

describe('parseRange', () => {
  it('lists the months inclusive', () => {
    expect(parseRange('2022-11', '2023-02')).toEqual(['2022-11', '2022-12', '2023-01', '2023-02'])
    expect(parseRange('2022-06', '2022-06')).toEqual(['2022-06'])
  })
  it.each([
    [undefined, '2022-01'],
    ['2022-1', '2022-02'],
    ['2022-00', '2022-02'],
    ['2022-02', '2022-01'],
    ['2020-01', '2023-01'],
    [['2022-01'], '2022-02'],
  ])('refuses %s → %s with a Vietnamese message', (from, to) => {
    expect(() => parseRange(from, to)).toThrow(RangeInputError)
    try {
      parseRange(from, to)
    } catch (error) {
      expect((error as Error).message).toMatch(/tháng|tham số/i)
      expect((error as RangeInputError).status).toBe(400)
    }
  })
})

describe('activeIn (UTC+7 calendar days)', () => {
  it('stops a unit merged on 1 December after November, however the day is stored', () => {
    for (const validTo of ['2024-12-01T12:00:00.000Z', '2024-11-30T17:00:00.000Z']) {
      expect(localDay(validTo)).toBe('2024-12-01')
      expect(activeIn({ validTo }, '2024-11')).toBe(true)
      expect(activeIn({ validTo }, '2024-12')).toBe(false)
    }
  })
  it('starts a unit in the month of its validFrom', () => {
    const unit = { validFrom: '2025-07-01T12:00:00.000Z' }
    expect(activeIn(unit, '2025-06')).toBe(false)
    expect(activeIn(unit, '2025-07')).toBe(true)
  })
  it('keeps a unit merged mid-month for that month', () => {
    expect(activeIn({ validTo: '2024-12-15T12:00:00.000Z' }, '2024-12')).toBe(true)
  })
})

describe('counting and scoring', () => {
  const deadline = new Date('2022-07-05T16:59:59.999Z')
  const zero = { submitted: 0, onTime: 0, published: 0, proposed: 0, selected: 0, coverage: 0 }

  it('counts one exemplar into its month', () => {
    expect(
      countExemplar(
        zero,
        {
          unit: 1,
          period: '2022-06',
          submittedAt: '2022-07-05T16:59:59.999Z',
          reviewState: 'published',
          provincialStatus: 'selected',
          coverage: [
            { outlet: 'Báo Lạng Sơn', url: 'https://baolangson.vn/a' },
            { outlet: 'Báo Lạng Sơn', url: 'https://baolangson.vn/b' },
            { outlet: 'Đài PT-TH Lạng Sơn', date: '2022-07-01T00:00:00.000Z' },
          ],
        },
        deadline,
      ),
    ).toEqual({ submitted: 1, onTime: 1, published: 1, proposed: 1, selected: 1, coverage: 3 })
    expect(
      countExemplar(
        zero,
        { unit: 1, period: '2022-06', submittedAt: '2022-07-05T17:00:00.000Z' },
        deadline,
      ),
    ).toMatchObject({ submitted: 1, onTime: 0 })
    expect(
      countExemplar(zero, { unit: 1, period: '2022-06', reviewState: 'draft' }, deadline),
    ).toEqual(zero)
  })

  it('names the month', () => {
    expect(monthStatus({ ...zero, submitted: 2, onTime: 1 }, true, true)).toBe('on-time')
    expect(monthStatus({ ...zero, submitted: 2 }, true, true)).toBe('late')
    expect(monthStatus(zero, true, true)).toBe('missing')
    expect(monthStatus(zero, true, false)).toBe('pending')
    expect(monthStatus(zero, false, true)).toBe('inactive')
  })

  it('adds the points, the penalty taken as a deduction whatever its sign', () => {
    const parts = {
      published: 3,
      onTimeMonths: 2,
      proposed: 1,
      selected: 1,
      coverage: 4,
      missingMonths: 1,
    }
    // 3×2 + 2×1 + 1×3 + 1×5 + 4×1 − 1×2
    expect(scoreOf(parts, DEFAULT_POINTS)).toBe(18)
    expect(scoreOf(parts, { ...DEFAULT_POINTS, missingMonthPenalty: 2 })).toBe(18)
    // 3×2 + 2×1 + 1×3 + 1×5 + 3×0.1 − 1×2, without binary noise
    expect(scoreOf({ ...parts, coverage: 3 }, { ...DEFAULT_POINTS, perCoverage: 0.1 })).toBe(14.3)
  })

  it('ranks with shared places for ties', () => {
    const items = [{ s: 5 }, { s: 9 }, { s: 5 }, { s: 1 }]
    const r = ranks(items, (i) => i.s)
    expect(items.map((i) => r.get(i))).toEqual([2, 1, 2, 4])
  })
})

describe('assembleReport', () => {
  const report = assembleReport({
    periods: ['2022-05', '2022-06'],
    units: [
      { id: 1, name: 'Xã Yên Khoái', cluster: 10 },
      { id: 2, name: 'Xã Ái Quốc', cluster: 10 },
      { id: 3, name: 'Phòng Y tế', cluster: null, validTo: '2022-06-01T12:00:00.000Z' },
      { id: 4, name: 'Xã cũ', validTo: '2022-04-20T12:00:00.000Z' },
    ],
    clusters: [{ id: 10, name: 'Cụm xã' }],
    exemplars: [
      {
        unit: 1,
        period: '2022-05',
        submittedAt: '2022-06-03T00:00:00.000Z',
        reviewState: 'published',
      },
      { unit: 2, period: '2022-06', submittedAt: '2022-07-09T00:00:00.000Z' },
      { unit: 1, period: '2021-12', submittedAt: '2022-01-03T00:00:00.000Z' },
    ],
    deadlineDay: 5,
    now: new Date('2022-07-01T00:00:00.000Z'),
  })

  it('has every active unit, in Vietnamese order within clusters', () => {
    expect(report.units.map((u) => u.name)).toEqual(['Xã Ái Quốc', 'Xã Yên Khoái', 'Phòng Y tế'])
  })

  it('does not penalise a month whose deadline is still ahead', () => {
    const yenKhoai = report.units.find((u) => u.id === 1)!
    expect(yenKhoai.byPeriod['2022-06'].status).toBe('pending')
    expect(yenKhoai.totals.missingMonths).toBe(0)
    // 1 published × 2 + 1 on-time month × 1
    expect(yenKhoai.score).toBe(3)
  })

  it('lists who has not sent for a month', () => {
    expect(notSentIn(report, '2022-05').map((u) => u.name)).toEqual(['Xã Ái Quốc', 'Phòng Y tế'])
    expect(notSentIn(report, '2022-06').map((u) => u.name)).toEqual(['Xã Yên Khoái'])
  })

  it('groups units without a cluster apart', () => {
    expect(report.clusters.map((c) => c.name).sort()).toEqual(['Chưa xếp cụm thi đua', 'Cụm xã'])
  })
})

describe('contentDisposition', () => {
  it('gives an ASCII name and the UTF-8 one', () => {
    const header = contentDisposition('danh-sach-2022-06.docx', 'Danh sách tháng 06-2022.docx')
    expect(header).toContain('filename="danh-sach-2022-06.docx"')
    expect(header).toContain("filename*=UTF-8''Danh%20s%C3%A1ch%20th%C3%A1ng%2006-2022.docx")
  })
})
