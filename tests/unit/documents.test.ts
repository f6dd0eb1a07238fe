/**
 * The pure parts of the official documents: date line, heading lines, a unit's heading from
 * its data, column widths, the PDF's font runs.
 */
import { describe, expect, it } from 'vitest'

import { inSentence, unitHeading } from '@/collections/units/heading'
import { columnWidthsMm, textWidthMm, wrappedLines } from '@/reports/layout'
import {
  documentDay,
  headingLines,
  officialDateLine,
  parseDocumentDate,
  type OfficialList,
} from '@/reports/lists'
import { runs } from '@/reports/pdf-fonts'
import { ReportError } from '@/reports/scope'

const authority = { authorityName: 'Ủy ban nhân dân huyện Lộc Bình', placeName: 'Lộc Bình' }

describe('date line', () => {
  it('writes Decree 30 dates: leading zero for days 1–9 and months 1–2', () => {
    expect(officialDateLine('Lộc Bình', { year: 2022, month: 7, day: 5 })).toBe(
      'Lộc Bình, ngày 05 tháng 7 năm 2022',
    )
    expect(officialDateLine('Tú Đoạn', { year: 2023, month: 1, day: 12 })).toBe(
      'Tú Đoạn, ngày 12 tháng 01 năm 2023',
    )
  })

  it('dates a past period on its deadline, the current cycle today, and a given date as given', () => {
    const now = new Date('2026-12-01T03:00:00Z')
    expect(documentDay('2022-06', 5, now, null)).toEqual({ year: 2022, month: 7, day: 5 })
    expect(documentDay('2022-12', 5, now, null)).toEqual({ year: 2023, month: 1, day: 5 })
    expect(documentDay('2026-11', 5, now, null)).toEqual({ year: 2026, month: 12, day: 1 })
    expect(documentDay('2026-11', 5, now, { year: 2026, month: 11, day: 30 })).toEqual({
      year: 2026,
      month: 11,
      day: 30,
    })
    // Vietnam's day: 20:00 UTC on 30 Nov is 1 Dec in Lộc Bình.
    expect(documentDay('2026-12', 5, new Date('2026-11-30T20:00:00Z'), null).day).toBe(1)
  })

  it('takes only a real day as date=', () => {
    expect(parseDocumentDate(undefined)).toBeNull()
    expect(parseDocumentDate('')).toBeNull()
    expect(parseDocumentDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 })
    for (const bad of ['2023-02-29', '2022-13-01', '05/07/2022', '2022-7-5', 'x', '1800-01-01']) {
      expect(() => parseDocumentDate(bad)).toThrow(ReportError)
    }
  })
})

describe('heading from data', () => {
  it("splits a People's Committee's name as Decree 30 lays it out, other names stay whole", () => {
    expect(headingLines('Ủy ban nhân dân huyện Lộc Bình')).toEqual([
      'ỦY BAN NHÂN DÂN',
      'HUYỆN LỘC BÌNH',
    ])
    expect(headingLines('Ủy ban nhân dân tỉnh Lạng Sơn')).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH LẠNG SƠN',
    ])
    expect(headingLines('Ủy ban nhân dân')).toEqual(['ỦY BAN NHÂN DÂN'])
    expect(headingLines('Công an tỉnh Lạng Sơn')).toEqual(['CÔNG AN TỈNH LẠNG SƠN'])
    expect(headingLines('')).toEqual([])
  })

  it("gives a unit its kind's defaults, and its own data first", () => {
    expect(unitHeading({ name: 'Xã Tú Đoạn', kind: 'commune' }, authority)).toEqual({
      parentBody: 'Ủy ban nhân dân',
      placeName: 'Tú Đoạn',
      signerTitle: 'Thủ trưởng đơn vị',
    })
    expect(unitHeading({ name: 'Thị trấn Na Dương', kind: 'town' }, authority).placeName).toBe(
      'Na Dương',
    )
    expect(unitHeading({ name: 'Phòng Tư pháp', kind: 'agency' }, authority)).toMatchObject({
      parentBody: 'Ủy ban nhân dân huyện Lộc Bình',
      placeName: 'Lộc Bình',
    })
    expect(
      unitHeading(
        { name: 'Công an huyện', kind: 'agency', parentBody: 'Công an tỉnh Lạng Sơn' },
        authority,
      ).parentBody,
    ).toBe('Công an tỉnh Lạng Sơn')
  })

  it('writes a level word in lower case inside a sentence, proper names as they are', () => {
    expect(inSentence('Xã Tú Đoạn')).toBe('xã Tú Đoạn')
    expect(inSentence('Thị trấn Na Dương')).toBe('thị trấn Na Dương')
    expect(inSentence('Phòng Nội vụ')).toBe('Phòng Nội vụ')
  })
})

function listOf(rows: Array<Partial<Record<string, string>>>): OfficialList {
  const full = rows.map((r) => ({
    name: '',
    birthMale: '',
    birthFemale: '',
    ethnicity: '',
    position: '',
    sectorMovement: '',
    summary: '',
    awards: '',
    note: '',
    ...r,
  }))
  return {
    parentBody: [],
    issuer: [],
    title: '',
    subtitle: '',
    attachment: '',
    groups: [{ label: 'II. CÁ NHÂN', sections: [{ heading: null, rows: full }] }],
    total: full.length,
    dateLine: '',
    signatures: { left: { title: '', hint: '' }, right: { lines: [], hint: '', name: '' } },
    documentTitle: '',
    fileBase: { ascii: '', utf8: '' },
  }
}

describe('column widths', () => {
  const options = { totalMm: 252, fontPt: 13, paddingMm: 2.2 }

  it('fill the line, keep STT on one line and give long texts the room', () => {
    const long = 'Giấy khen của Chủ tịch UBND huyện (QĐ số 123/QĐ-UBND, 2021); '.repeat(4)
    const widths = columnWidthsMm(
      listOf([{ name: 'Hoàng Văn Khánh', birthMale: '1975', summary: 'Ngắn.', awards: long }]),
      options,
    )
    expect(widths).toHaveLength(10)
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(252, 5)
    expect(widths[0] - 2.2).toBeGreaterThan(textWidthMm('STT', 13, true))
    expect(wrappedLines('Hoàng Văn Khánh', widths[1] - 2.2, 13)).toBe(1)
    // The awards column, with most of the text, is the widest.
    expect(Math.max(...widths)).toBe(widths[8])
  })

  it('let one unbreakable word break in its own column, not squeeze the others', () => {
    // A pasted link or a run of characters without spaces, as units do type.
    const runOn = 'https://example.vn/' + 'x'.repeat(300)
    const widths = columnWidthsMm(
      listOf([
        { name: 'La Văn Cường', birthMale: '1980', summary: runOn },
        { name: 'Nông Văn Hùng', birthMale: '1971', position: 'Trưởng thôn Nà Pàn' },
      ]),
      options,
    )
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(252, 5)
    expect(widths[0] - 2.2).toBeGreaterThan(textWidthMm('STT', 13, true))
    expect(wrappedLines('La Văn Cường', widths[1] - 2.2, 13)).toBe(1)
    expect(wrappedLines('Nông Văn Hùng', widths[1] - 2.2, 13)).toBe(1)
    for (const word of ['Trưởng', 'Nà', 'Pàn', '1980']) {
      const column = word === '1980' ? 2 : 5
      expect(widths[column] - 2.2, word).toBeGreaterThan(textWidthMm(word, 13))
    }
  })

  it('share the line in the template proportions when the list is empty', () => {
    const widths = columnWidthsMm(listOf([]), options)
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(252, 5)
    expect(widths[8]).toBeGreaterThan(widths[0])
  })
})

describe('PDF font runs', () => {
  it('cuts text into runs of the Tinos subset that carries each letter', () => {
    expect(runs('Việt Nam')).toEqual([
      { text: 'Vi', font: 'TinosLatin' },
      { text: 'ệ', font: 'TinosVietnamese' },
      { text: 't Nam', font: 'TinosLatin' },
    ])
    // Decomposed input is composed first (TCVN 6909: NFC).
    expect(
      runs('Vie\u0323\u0302t')
        .map((r) => r.text)
        .join(''),
    ).toBe('Việt')
    expect(runs('đ')[0].font).toBe('TinosVietnamese')
  })
})
