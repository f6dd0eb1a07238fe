import { describe, expect, it } from 'vitest'

import { assembleReport, countExemplar, DEFAULT_POINTS } from '@/reports/figures'

/**
 * Coverage in the score (issue 13, item 6): each appearance once, at most the site setting's cap
 * per exemplar. Expected numbers are counted by hand from the entries written out below.
 */

const deadline = new Date('2022-07-05T16:59:59.999Z')
const zero = { submitted: 0, onTime: 0, published: 0, proposed: 0, selected: 0, coverage: 0 }
const covered = (coverage: Array<Record<string, string>>, cap?: number) =>
  countExemplar(zero, { unit: 1, period: '2022-06', coverage }, deadline, cap).coverage

const article = { outlet: 'Báo Lạng Sơn', url: 'https://baolangson.vn/guong-sang-1' }

describe('coverage counts each appearance once', () => {
  it('thirty identical entries are one', () => {
    expect(covered(Array.from({ length: 30 }, () => ({ ...article })))).toBe(1)
  })

  it('the same address written with another case or a trailing slash is the same one', () => {
    expect(
      covered([
        article,
        { outlet: 'báo lạng sơn', url: 'HTTPS://BAOLANGSON.VN/guong-sang-1/' },
        { outlet: ' Báo Lạng Sơn ', url: 'https://baolangson.vn/guong-sang-1//' },
      ]),
    ).toBe(1)
  })

  it('another outlet, or another address, is another appearance', () => {
    expect(
      covered([
        article,
        { ...article, outlet: 'Đài Phát thanh - Truyền hình Lạng Sơn' },
        { ...article, url: 'https://baolangson.vn/guong-sang-2' },
      ]),
    ).toBe(3)
  })

  it('without an address, one per outlet and Vietnamese calendar day', () => {
    const outlet = 'Bảng tin xã'
    expect(
      covered([
        // 08:00, 17:00 and 01:00 of 10 June in Vietnam: one day.
        { outlet, date: '2022-06-10T01:00:00.000Z' },
        { outlet, date: '2022-06-10T10:00:00.000Z' },
        { outlet, date: '2022-06-09T18:00:00.000Z' },
        // 00:30 of 11 June in Vietnam: the next day.
        { outlet, date: '2022-06-10T17:30:00.000Z' },
        // The same day on another outlet.
        { outlet: 'Loa truyền thanh', date: '2022-06-10T01:00:00.000Z' },
      ]),
    ).toBe(3)
  })
})

describe('coverage is capped per exemplar by the site setting', () => {
  const eight = Array.from({ length: 8 }, (_, i) => ({
    outlet: 'Trang thông tin điện tử huyện',
    url: `https://locbinh.langson.gov.vn/tin/${i + 1}`,
  }))

  it('counts at most the cap, default 5', () => {
    expect(DEFAULT_POINTS.coverageCapPerExemplar).toBe(5)
    expect(covered(eight)).toBe(5)
    expect(covered(eight, 3)).toBe(3)
    expect(covered(eight, 100)).toBe(8)
    expect(covered(eight, 0)).toBe(0)
    // Duplicates do not fill the cap: 3 distinct among 12 entries.
    expect(covered([...eight.slice(0, 3), ...eight.slice(0, 3), ...eight.slice(0, 3)], 5)).toBe(3)
  })

  it('in the report: each exemplar of the month capped on its own, the score from the capped count', () => {
    const report = assembleReport({
      periods: ['2022-06'],
      units: [
        { id: 1, name: 'Xã Tú Đoạn' },
        { id: 2, name: 'Xã Mẫu Sơn' },
      ],
      clusters: [],
      exemplars: [
        { unit: 1, period: '2022-06', coverage: eight },
        { unit: 1, period: '2022-06', coverage: eight.slice(0, 1) },
        {
          unit: 2,
          period: '2022-06',
          coverage: Array.from({ length: 30 }, () => ({ ...article })),
        },
      ],
      deadlineDay: 5,
      points: {
        perPublished: 0,
        perOnTimeMonth: 0,
        perProposal: 0,
        perSelected: 0,
        perCoverage: 2,
        missingMonthPenalty: 0,
        coverageCapPerExemplar: 4,
      },
      now: new Date('2022-06-20T00:00:00.000Z'),
    })
    const tuDoan = report.units.find((u) => u.id === 1)!
    const mauSon = report.units.find((u) => u.id === 2)!
    // Tú Đoạn: min(8, 4) + min(1, 4) = 5 appearances × 2 points.
    expect(tuDoan.byPeriod['2022-06'].coverage).toBe(5)
    expect(tuDoan.score).toBe(10)
    // Mẫu Sơn: thirty copies of one article are one appearance.
    expect(mauSon.totals.coverage).toBe(1)
    expect(mauSon.score).toBe(2)
    expect(report.points.coverageCapPerExemplar).toBe(4)
    expect(report.totals.coverage).toBe(6)
  })

  it('settings without the cap fall back to 5', () => {
    const report = assembleReport({
      periods: ['2022-06'],
      units: [{ id: 1, name: 'Xã Tú Đoạn' }],
      clusters: [],
      exemplars: [{ unit: 1, period: '2022-06', coverage: eight }],
      deadlineDay: 5,
      points: { perCoverage: 1 },
      now: new Date('2022-06-20T00:00:00.000Z'),
    })
    expect(report.units[0].totals.coverage).toBe(5)
  })
})
