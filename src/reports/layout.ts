import type { ListRow, OfficialList } from './lists'

/**
 * Column widths from what the columns hold, for the Word and PDF lists alike. Rows are as tall as
 * their fullest cell, so the widths that make a list short give the long texts (achievements,
 * awards) room and the short ones (STT, years, ethnicity) only what they need: every column
 * starts at its minimum — its longest word and its header's longest word on one line, "STT"
 * never broken — and the rest of the line goes, a millimetre at a time, to the column that
 * shortens the estimated total height most.
 */

/** The ten printed columns (Năm sinh splits into Nam / Nữ), in order. */
export const COLUMN_COUNT = 10

/** Each column's header words, which must fit unbroken (the bold header row). */
const HEADER_WORDS: string[][] = [
  ['STT'],
  ['Tên', 'tập', 'thể', 'Họ', 'và', 'tên', 'cá', 'nhân'],
  ['Nam'],
  ['Nữ'],
  ['Dân', 'tộc'],
  ['Chức', 'vụ,', 'đơn', 'vị', 'công', 'tác', 'Địa', 'chỉ'],
  ['Lĩnh', 'vực', 'Phong', 'trào', 'thi', 'đua'],
  ['Thành', 'tích', 'tiêu', 'biểu', '(tóm', 'tắt)'],
  ['Hình', 'thức', 'khen', 'thưởng', 'đã', 'đạt'],
  ['Ghi', 'chú'],
]

/** How an empty list shares the line (the template's proportions). */
const EMPTY_WEIGHTS = [0, 14, 1, 1, 2, 14, 11, 22, 18, 7]

const PT_TO_MM = 25.4 / 72

/**
 * A Times-like serif's advance widths, in ems, by kind of letter (Times New Roman and its
 * metric twins Tinos and Liberation Serif); marks add nothing. Bold is about 6 % wider.
 */
function advance(char: string): number {
  const base = char.normalize('NFD')[0]
  if (/[ .,;:'’!|]/.test(base)) return 0.27
  if (/[iljtfr()[\]/-]/.test(base)) return 0.31
  if (/[mwMW%]/.test(base)) return 0.8
  if (/\p{Lu}/u.test(base)) return 0.7
  if (/[0-9]/.test(base)) return 0.5
  return 0.48
}

/** Width in millimetres of `text` on one line. */
export function textWidthMm(text: string, fontPt: number, bold = false): number {
  let ems = 0
  for (const char of text) ems += advance(char)
  return ems * fontPt * PT_TO_MM * (bold ? 1.06 : 1)
}

/** Names read best on one line: their column gets up to this much before anything else. */
const NAME_ONE_LINE_MM = 32

/**
 * A word longer than this (a pasted link, characters typed without spaces) breaks inside its own
 * column rather than claiming its whole width: uncapped, one such word pushed the columns past
 * the line and every other column was scaled below its own words, so names broke mid-word.
 */
const LONG_WORD_MM = 30

export type WidthOptions = {
  /** Width of the table, millimetres. */
  totalMm: number
  /** Font size of the cells, points. */
  fontPt: number
  /** Left + right padding of a cell, millimetres. */
  paddingMm: number
}

function cells(row: ListRow, index: number): string[] {
  return [
    String(index),
    row.name,
    row.birthMale,
    row.birthFemale,
    row.ethnicity,
    row.position,
    row.sectorMovement,
    row.summary,
    row.awards,
    row.note,
  ]
}

export function listRows(list: OfficialList): string[][] {
  const rows: string[][] = []
  for (const group of list.groups) {
    let index = 0
    for (const section of group.sections) {
      for (const row of section.rows) rows.push(cells(row, ++index))
    }
  }
  return rows
}

const widestWord = (text: string, fontPt: number, bold = false) =>
  text.split(/\s+/).reduce((widest, word) => Math.max(widest, textWidthMm(word, fontPt, bold)), 0)

/** Millimetres per column, summing to `totalMm`. */
export function columnWidthsMm(list: OfficialList, options: WidthOptions): number[] {
  const { totalMm, fontPt, paddingMm } = options
  const rows = listRows(list)
  const lengths = rows.map((row) => row.map((text) => textWidthMm(text, fontPt)))
  // 10 % to spare on the estimate, so a word measured to fit does fit.
  const minimum = HEADER_WORDS.map((words, column) => {
    const header = Math.max(...words.map((w) => textWidthMm(w, fontPt, true)))
    const body = Math.min(
      LONG_WORD_MM,
      Math.max(0, ...rows.map((row) => widestWord(row[column], fontPt))),
    )
    const name =
      column === 1 ? Math.min(NAME_ONE_LINE_MM, Math.max(0, ...lengths.map((r) => r[1]))) : 0
    return Math.max(header, body, name) * 1.1 + paddingMm
  })
  const widths = [...minimum]
  const scale = totalMm / minimum.reduce((a, b) => a + b, 0)
  if (scale <= 1) return widths.map((w) => w * scale)
  if (!rows.length) {
    // Nothing to measure: the spare room in the template's proportions.
    const spareAll = totalMm - widths.reduce((a, b) => a + b, 0)
    const weights = EMPTY_WEIGHTS.reduce((a, b) => a + b, 0)
    return widths.map((w, c) => w + (spareAll * EMPTY_WEIGHTS[c]) / weights)
  }

  // Estimated lines of a row: its fullest cell; a quarter of the others' lines counts too, so
  // spare room also goes where there is much text once the tallest cell cannot shrink.
  const rowLines = (row: number[], w: number[]) => {
    const lines = row.map((mm, c) => mm / Math.max(1, w[c] - paddingMm))
    return Math.max(1, ...lines) + lines.reduce((a, b) => a + b, 0) / 10
  }
  // The header row repeats on every page: it weighs like a few rows.
  const header = HEADER_WORDS.map((words) => textWidthMm(words.join(' '), fontPt, true) * 1.1)
  const height = (w: number[]) =>
    lengths.reduce((sum, row) => sum + rowLines(row, w), 3 * rowLines(header, w))
  let spare = totalMm - widths.reduce((a, b) => a + b, 0)
  const step = 1
  while (spare >= step) {
    let best = -1
    let bestHeight = Infinity
    for (let c = 0; c < widths.length; c++) {
      widths[c] += step
      const h = height(widths)
      widths[c] -= step
      if (h < bestHeight) {
        bestHeight = h
        best = c
      }
    }
    widths[best] += step
    spare -= step
  }
  // Whatever is left (under a step) goes to the widest text column.
  const widest = widths.indexOf(Math.max(...widths))
  widths[widest] += spare
  return widths
}

/** Lines a data row takes: its fullest cell's, as columns `widthsMm` wide wrap them. */
export function rowLines(row: ListRow, widthsMm: number[], fontPt: number, paddingMm: number) {
  const texts = cells(row, 0)
  return Math.max(
    1,
    ...texts.map((text, c) => (c === 0 ? 1 : wrappedLines(text, widthsMm[c] - paddingMm, fontPt))),
  )
}

/** Lines `text` takes in a column `widthMm` wide (inner width), words wrapped greedily. */
export function wrappedLines(text: string, widthMm: number, fontPt: number, bold = false): number {
  const space = textWidthMm(' ', fontPt, bold)
  let lines = 1
  let used = 0
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const width = textWidthMm(word, fontPt, bold)
    if (used > 0 && used + space + width > widthMm) {
      lines++
      used = width
    } else {
      used += (used > 0 ? space : 0) + width
    }
  }
  return lines
}

/** The header labels, for the renderers (Năm sinh spans Nam and Nữ). */
export const HEADER_LABELS = [
  'STT',
  'Tên tập thể / Họ và tên cá nhân',
  'Nam',
  'Nữ',
  'Dân tộc',
  'Chức vụ, đơn vị công tác / Địa chỉ',
  'Lĩnh vực / Phong trào thi đua',
  'Thành tích tiêu biểu (tóm tắt)',
  'Hình thức khen thưởng đã đạt',
  'Ghi chú',
] as const

/** Lines of the tallest header label that spans both header rows. */
export function headerLines(widthsMm: number[], fontPt: number, paddingMm: number): number {
  return Math.max(
    ...HEADER_LABELS.map((label, c) =>
      // 2 mm to spare: LibreOffice breaks a little earlier than the advance widths say.
      c === 2 || c === 3 ? 2 : wrappedLines(label, widthsMm[c] - paddingMm - 2, fontPt, true),
    ),
  )
}
