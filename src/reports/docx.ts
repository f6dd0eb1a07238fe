import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
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

import { COLUMN_WEIGHTS, type ListRow, type OfficialList } from './lists'

/**
 * A list as a Word document laid out per Decree 30/2020/NĐ-CP: Times New Roman, A4 landscape,
 * margins 20 mm top/bottom, 30 mm left, 15 mm right; national heading with its rules.
 */

const FONT = 'Times New Roman'
const MM = 56.7 // twips per millimetre
const PAGE = { width: 297, height: 210, top: 20, bottom: 20, left: 30, right: 15 }
const CONTENT_MM = PAGE.width - PAGE.left - PAGE.right
const HEAD_LEFT_MM = 95
const HEAD_RIGHT_MM = CONTENT_MM - HEAD_LEFT_MM

const pt = (size: number) => size * 2 // docx sizes are half-points
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE }
const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000' }

type RunOptions = { bold?: boolean; italics?: boolean; size?: number }

const run = (text: string, { bold, italics, size = 13 }: RunOptions = {}) =>
  new TextRun({ text, bold, italics, size: pt(size), font: FONT })

function para(
  children: ParagraphChild[] | string,
  options: RunOptions & {
    align?: (typeof AlignmentType)[keyof typeof AlignmentType]
    before?: number
    after?: number
  } = {},
) {
  const { align = AlignmentType.CENTER, before = 0, after = 0, ...runOptions } = options
  return new Paragraph({
    alignment: align,
    spacing: { before, after, line: 252 },
    children: typeof children === 'string' ? [run(children, runOptions)] : children,
  })
}

/** A centred rule `lengthMm` long in a column `columnMm` wide (a bottom border, indented). */
function rule(columnMm: number, lengthMm: number) {
  const indent = Math.max(0, Math.round(((columnMm - lengthMm) / 2) * MM))
  return new Paragraph({
    indent: { left: indent, right: indent },
    spacing: { before: 0, after: 60, line: 120 },
    border: { bottom: LINE },
    children: [new TextRun({ text: '', size: 4, font: FONT })],
  })
}

function heading(list: OfficialList): Table {
  const left = [
    ...(list.parentBody ? [para(list.parentBody, { size: 13 })] : []),
    para(list.issuer, { bold: true, size: 13 }),
    rule(HEAD_LEFT_MM, 30),
  ]
  const right = [
    para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 13 }),
    para('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 14 }),
    rule(HEAD_RIGHT_MM, 64),
  ]
  const cell = (children: Paragraph[], widthMm: number) =>
    new TableCell({
      children,
      borders: NO_BORDERS,
      width: { size: Math.round(widthMm * MM), type: WidthType.DXA },
    })
  return new Table({
    width: { size: Math.round(CONTENT_MM * MM), type: WidthType.DXA },
    columnWidths: [Math.round(HEAD_LEFT_MM * MM), Math.round(HEAD_RIGHT_MM * MM)],
    layout: TableLayoutType.FIXED,
    borders: { ...NO_BORDERS, insideHorizontal: NONE, insideVertical: NONE },
    rows: [new TableRow({ children: [cell(left, HEAD_LEFT_MM), cell(right, HEAD_RIGHT_MM)] })],
  })
}

const columnWidths = (() => {
  const sum = COLUMN_WEIGHTS.reduce((a, b) => a + b, 0)
  return COLUMN_WEIGHTS.map((w) => Math.round((w / sum) * CONTENT_MM * MM))
})()

function tableCell(
  text: string,
  options: RunOptions & {
    align?: (typeof AlignmentType)[keyof typeof AlignmentType]
    columnSpan?: number
    rowSpan?: number
    shade?: boolean
  } = {},
) {
  const { align = AlignmentType.LEFT, columnSpan, rowSpan, shade, ...runOptions } = options
  const lines = text.split('\n')
  return new TableCell({
    columnSpan,
    rowSpan,
    verticalAlign: VerticalAlign.CENTER,
    shading: shade ? { fill: 'F2F2F2', color: 'auto', type: 'clear' } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: lines.map((line) => para([run(line, { size: 12, ...runOptions })], { align })),
  })
}

function headerRows(): TableRow[] {
  const h = (text: string, extra: { columnSpan?: number; rowSpan?: number } = {}) =>
    tableCell(text, { bold: true, align: AlignmentType.CENTER, ...extra })
  return [
    new TableRow({
      tableHeader: true,
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
    new TableRow({ tableHeader: true, children: [h('Nam'), h('Nữ')] }),
  ]
}

function dataRow(index: number, row: ListRow): TableRow {
  const c = (
    text: string,
    align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT,
  ) => tableCell(text, { align })
  return new TableRow({
    cantSplit: true,
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

function bodyRows(list: OfficialList): TableRow[] {
  const rows: TableRow[] = []
  if (!list.groups.length) {
    rows.push(
      new TableRow({
        children: [
          tableCell('Không có gương điển hình nào trong danh sách này.', {
            italics: true,
            align: AlignmentType.CENTER,
            columnSpan: COLUMN_WEIGHTS.length,
          }),
        ],
      }),
    )
  }
  for (const group of list.groups) {
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          tableCell(group.label, { bold: true, columnSpan: COLUMN_WEIGHTS.length, shade: true }),
        ],
      }),
    )
    let index = 0
    for (const section of group.sections) {
      if (section.heading) {
        rows.push(
          new TableRow({
            cantSplit: true,
            children: [
              tableCell(section.heading, {
                bold: true,
                italics: true,
                columnSpan: COLUMN_WEIGHTS.length,
              }),
            ],
          }),
        )
      }
      for (const row of section.rows) rows.push(dataRow(++index, row))
    }
  }
  return rows
}

function signatures(list: OfficialList): Table {
  const { left, right } = list.signatures
  const half = Math.round((CONTENT_MM / 2) * MM)
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
            para(' ', { size: 13 }),
            para(left.title, { bold: true, size: 13 }),
            para(left.hint, { italics: true, size: 12 }),
          ]),
          cell([
            para(list.dateLine, { italics: true, size: 13 }),
            ...right.lines.map((line) => para(line, { bold: true, size: 13 })),
            para(right.hint, { italics: true, size: 12 }),
            para(' ', { size: 13, after: 1200 }),
            para(right.name || ' ', { bold: true, size: 13 }),
          ]),
        ],
      }),
    ],
  })
}

export async function renderListDocx(list: OfficialList): Promise<Buffer> {
  const doc = new Document({
    creator: list.issuer || 'Lan Tỏa',
    title: list.documentTitle,
    description: list.subtitle,
    styles: {
      default: {
        document: { run: { font: FONT, size: pt(13) }, paragraph: { spacing: { line: 252 } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              orientation: PageOrientation.LANDSCAPE,
              width: Math.round(PAGE.height * MM),
              height: Math.round(PAGE.width * MM),
            },
            margin: {
              top: Math.round(PAGE.top * MM),
              bottom: Math.round(PAGE.bottom * MM),
              left: Math.round(PAGE.left * MM),
              right: Math.round(PAGE.right * MM),
            },
          },
        },
        children: [
          heading(list),
          para(list.title, { bold: true, size: 14, before: 240 }),
          para(list.subtitle, { bold: true, size: 14 }),
          rule(CONTENT_MM, 40),
          para(list.attachment, { italics: true, size: 13, after: 120 }),
          new Table({
            width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
            columnWidths,
            layout: TableLayoutType.FIXED,
            rows: [...headerRows(), ...bodyRows(list)],
          }),
          para(`Tổng số: ${list.total} gương điển hình.`, {
            italics: true,
            size: 12,
            align: AlignmentType.LEFT,
            before: 120,
            after: 120,
          }),
          signatures(list),
        ],
      },
    ],
  })
  return Packer.toBuffer(doc)
}
