import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeightRule,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ParagraphChild,
} from 'docx'

import { COLUMN_COUNT, columnWidthsMm, headerLines, rowLines } from './layout'
import type { ListRow, OfficialList } from './lists'

/**
 * A list as a Word document laid out per Decree 30/2020/NĐ-CP: Times New Roman 13 pt (title
 * 14 pt), A4 landscape, margins 20 mm top/bottom, 30 mm left, 15 mm right; national heading with
 * its rules; page numbers centred in the top margin from page 2; table header repeated on every
 * page; group headings kept with their first row; the total and the signatures kept with the
 * last row. Spacing is 1.15 lines: at single spacing, Vietnamese capitals' stacked marks (Ủ, Ộ)
 * reach into the line above in LibreOffice.
 */

const FONT = 'Times New Roman'
const MM = 56.7 // twips per millimetre
const PAGE = { width: 297, height: 210, top: 20, bottom: 20, left: 30, right: 15, header: 10 }
const CONTENT_MM = PAGE.width - PAGE.left - PAGE.right
const HEAD_LEFT_MM = 100
const HEAD_RIGHT_MM = CONTENT_MM - HEAD_LEFT_MM
const TABLE_PT = 13
const CELL_PADDING_MM = 2.2
const LINE = 276 // 1.15 lines, in 240ths

const pt = (size: number) => size * 2 // docx sizes are half-points
const twips = (mm: number) => Math.round(mm * MM)
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE }
const RULE = { style: BorderStyle.SINGLE, size: 6, color: '000000' }

type Align = (typeof AlignmentType)[keyof typeof AlignmentType]
type RunOptions = { bold?: boolean; italics?: boolean; size?: number }
type ParaOptions = RunOptions & {
  align?: Align
  before?: number
  after?: number
  keepNext?: boolean
  /** Lines of the paragraph on one page (headings, signatures); table text may flow on. */
  keepLines?: boolean
}

const run = (text: string, { bold, italics, size = 13 }: RunOptions = {}) =>
  new TextRun({ text, bold, italics, size: pt(size), font: FONT })

function para(children: ParagraphChild[] | string, options: ParaOptions = {}) {
  const {
    align = AlignmentType.CENTER,
    before = 0,
    after = 0,
    keepNext,
    keepLines = true,
    ...runOptions
  } = options
  return new Paragraph({
    alignment: align,
    keepNext,
    keepLines,
    widowControl: true,
    spacing: { before, after, line: LINE, lineRule: LineRuleType.AUTO },
    children: typeof children === 'string' ? [run(children, runOptions)] : children,
  })
}

/**
 * A centred rule `lengthMm` long under the line above (a top border on an empty, small
 * paragraph, so it sits a few points below the text rather than on it like an underline).
 */
function rule(columnMm: number, lengthMm: number, after = 0) {
  const indent = Math.max(0, twips((columnMm - lengthMm) / 2))
  return new Paragraph({
    indent: { left: indent, right: indent },
    spacing: { before: 100, after, line: 120, lineRule: LineRuleType.EXACT },
    border: { top: RULE },
    children: [new TextRun({ text: '', size: 4, font: FONT })],
  })
}

function heading(list: OfficialList): Table {
  const left = [
    ...list.parentBody.map((line) => para(line, { size: 13 })),
    ...list.issuer.map((line) => para(line, { bold: true, size: 13 })),
    rule(HEAD_LEFT_MM, 30),
  ]
  const right = [
    para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 13 }),
    para('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 14 }),
    rule(HEAD_RIGHT_MM, 62),
  ]
  const cell = (children: Paragraph[], widthMm: number) =>
    new TableCell({
      children,
      borders: NO_BORDERS,
      margins: { left: 0, right: 0 },
      width: { size: twips(widthMm), type: WidthType.DXA },
    })
  return new Table({
    width: { size: twips(CONTENT_MM), type: WidthType.DXA },
    columnWidths: [twips(HEAD_LEFT_MM), twips(HEAD_RIGHT_MM)],
    layout: TableLayoutType.FIXED,
    borders: { ...NO_BORDERS, insideHorizontal: NONE, insideVertical: NONE },
    rows: [new TableRow({ children: [cell(left, HEAD_LEFT_MM), cell(right, HEAD_RIGHT_MM)] })],
  })
}

function tableCell(
  text: string,
  options: RunOptions & {
    align?: Align
    columnSpan?: number
    rowSpan?: number
    shade?: boolean
    keepNext?: boolean
  } = {},
) {
  const {
    align = AlignmentType.LEFT,
    columnSpan,
    rowSpan,
    shade,
    keepNext,
    ...runOptions
  } = options
  const lines = text.split('\n')
  return new TableCell({
    columnSpan,
    rowSpan,
    verticalAlign: VerticalAlign.CENTER,
    shading: shade ? { fill: 'F2F2F2', color: 'auto', type: 'clear' } : undefined,
    margins: {
      top: 30,
      bottom: 30,
      left: twips(CELL_PADDING_MM / 2),
      right: twips(CELL_PADDING_MM / 2),
    },
    children: lines.map((line) =>
      para([run(line, { size: TABLE_PT, ...runOptions })], { align, keepNext, keepLines: false }),
    ),
  })
}

/** A line of 13 pt Times at 1.15 spacing, in twips (the font's line is ~1.15 em). */
const LINE_TWIPS = Math.round(TABLE_PT * 1.15 * 1.15 * 20)

/**
 * The two header rows, repeated on every page. "Năm sinh" spans Nam / Nữ; the other headers
 * span both rows. LibreOffice sizes a repeated header by its rows, not by the merged cells in
 * them, so the first row is given the height the tallest merged label needs: otherwise the
 * header on page 2 onwards is cut ("thi đua", "đã đạt" lost).
 */
function headerRows(widthsMm: number[]): TableRow[] {
  const lines = headerLines(widthsMm, TABLE_PT, CELL_PADDING_MM)
  // One line more than the estimate needs: a repeated header cut short loses words, one line
  // too tall only leaves a little white space.
  const firstRow = lines * LINE_TWIPS + 60
  const h = (text: string, extra: { columnSpan?: number; rowSpan?: number } = {}) =>
    tableCell(text, { bold: true, align: AlignmentType.CENTER, keepNext: true, ...extra })
  return [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      height: { value: firstRow, rule: HeightRule.ATLEAST },
      children: [
        h('STT', { rowSpan: 2 }),
        h('Tên tập thể / Họ và tên cá nhân', { rowSpan: 2 }),
        h('Năm sinh', { columnSpan: 2 }),
        h('Dân tộc', { rowSpan: 2 }),
        h('Chức vụ, đơn vị công tác / Địa chỉ', { rowSpan: 2 }),
        h('Lĩnh vực / Phong trào thi đua', { rowSpan: 2 }),
        h('Thành tích tiêu biểu (tóm tắt)', { rowSpan: 2 }),
        h('Hình thức khen thưởng đã đạt', { rowSpan: 2 }),
        h('Ghi chú', { rowSpan: 2 }),
      ],
    }),
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      height: { value: LINE_TWIPS + 60, rule: HeightRule.ATLEAST },
      children: [h('Nam'), h('Nữ')],
    }),
  ]
}

/** Rows up to this many lines (a name, a short entry) stay whole; taller ones may run on. */
const UNSPLIT_LINES = 6

/**
 * A row stays on one page, so a name never starts on one page and ends on the next; only a tall
 * row (more than `UNSPLIT_LINES` lines in its fullest cell) may run on to the next page, since
 * kept whole it would leave most of a page empty; widow and orphan control then keep at least
 * two lines of it on each side.
 */
function dataRow(index: number, row: ListRow, keepNext: boolean, widthsMm: number[]): TableRow {
  const c = (text: string, align: Align = AlignmentType.LEFT) =>
    tableCell(text, { align, keepNext })
  const lines = rowLines(row, widthsMm, TABLE_PT, CELL_PADDING_MM)
  return new TableRow({
    cantSplit: lines <= UNSPLIT_LINES,
    children: [
      c(String(index), AlignmentType.CENTER),
      c(row.name),
      c(row.birthMale, AlignmentType.CENTER),
      c(row.birthFemale, AlignmentType.CENTER),
      c(row.ethnicity, AlignmentType.CENTER),
      c(row.position),
      c(row.sectorMovement),
      c(row.summary),
      c(row.awards),
      c(row.note),
    ],
  })
}

const fullRow = (text: string, options: RunOptions & { shade?: boolean; align?: Align } = {}) =>
  new TableRow({
    cantSplit: true,
    children: [tableCell(text, { columnSpan: COLUMN_COUNT, keepNext: true, ...options })],
  })

function bodyRows(list: OfficialList, widthsMm: number[]): TableRow[] {
  if (!list.total) {
    return [
      fullRow('Không có gương điển hình nào trong danh sách này.', {
        italics: true,
        align: AlignmentType.CENTER,
      }),
    ]
  }
  const rows: TableRow[] = []
  const count = list.groups.reduce(
    (n, g) => n + g.sections.reduce((m, s) => m + s.rows.length, 0),
    0,
  )
  let seen = 0
  for (const group of list.groups) {
    // A group heading keeps with the row under it (keepNext on its paragraphs).
    rows.push(fullRow(group.label, { bold: true, shade: true }))
    if (!group.sections.length) {
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [
            tableCell('', { align: AlignmentType.CENTER }),
            tableCell('Không có', { italics: true, columnSpan: COLUMN_COUNT - 1 }),
          ],
        }),
      )
    }
    let index = 0
    for (const section of group.sections) {
      if (section.heading) rows.push(fullRow(section.heading, { bold: true, italics: true }))
      for (const row of section.rows) {
        seen++
        // The last row keeps with the total and the signatures below the table.
        rows.push(dataRow(++index, row, seen === count, widthsMm))
      }
    }
  }
  return rows
}

function signatures(list: OfficialList): Table {
  const { left, right } = list.signatures
  const half = twips(CONTENT_MM / 2)
  const cell = (children: Paragraph[]) =>
    new TableCell({ children, borders: NO_BORDERS, width: { size: half, type: WidthType.DXA } })
  return new Table({
    width: { size: half * 2, type: WidthType.DXA },
    columnWidths: [half, half],
    layout: TableLayoutType.FIXED,
    borders: { ...NO_BORDERS, insideHorizontal: NONE, insideVertical: NONE },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell([
            para(' ', { size: 13, keepNext: true }),
            para(left.title, { bold: true, size: 13, keepNext: true }),
            para(left.hint, { italics: true, size: 13, keepNext: true }),
          ]),
          cell([
            para(list.dateLine, { italics: true, size: 13, keepNext: true }),
            ...right.lines.map((line) => para(line, { bold: true, size: 13, keepNext: true })),
            para(right.hint, { italics: true, size: 13, keepNext: true }),
            para(' ', { size: 13, after: 1100, keepNext: true }),
            para(right.name || ' ', { bold: true, size: 13 }),
          ]),
        ],
      }),
    ],
  })
}

/** Arabic page number centred in the top margin, from page 2 (the first page has none). */
const pageNumberHeader = () =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(13) })],
      }),
    ],
  })

export async function renderListDocx(list: OfficialList): Promise<Buffer> {
  const widthsMm = columnWidthsMm(list, {
    totalMm: CONTENT_MM,
    fontPt: TABLE_PT,
    paddingMm: CELL_PADDING_MM,
  })
  const widths = widthsMm.map(twips)
  const doc = new Document({
    creator: list.issuer.join(' ') || 'Lan Tỏa',
    title: list.documentTitle,
    description: list.subtitle,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: pt(13) },
          paragraph: { spacing: { line: LINE, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: {
              orientation: PageOrientation.LANDSCAPE,
              width: twips(PAGE.height),
              height: twips(PAGE.width),
            },
            margin: {
              top: twips(PAGE.top),
              bottom: twips(PAGE.bottom),
              left: twips(PAGE.left),
              right: twips(PAGE.right),
              header: twips(PAGE.header),
            },
          },
        },
        headers: {
          default: pageNumberHeader(),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        children: [
          heading(list),
          para(list.title, { bold: true, size: 14, before: 240 }),
          para(list.subtitle, { bold: true, size: 14 }),
          rule(CONTENT_MM, 40, 40),
          para(list.attachment, { italics: true, size: 13, after: 160 }),
          new Table({
            width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
            columnWidths: widths,
            layout: TableLayoutType.FIXED,
            rows: [...headerRows(widthsMm), ...bodyRows(list, widthsMm)],
          }),
          para(`Tổng số: ${list.total} gương điển hình.`, {
            italics: true,
            size: 13,
            align: AlignmentType.LEFT,
            before: 120,
            after: 120,
            keepNext: true,
          }),
          signatures(list),
        ],
      },
    ],
  })
  return Packer.toBuffer(doc)
}
