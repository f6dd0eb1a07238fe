import { getPrinter, MM } from '@/lib/pdf-printer'

import { COLUMN_WEIGHTS, type OfficialList } from './lists'

/**
 * The same list as a PDF for units that print and sign: A4 landscape, the same heading, columns,
 * groups and signature blocks as the Word file. pdfmake's bundled Roboto carries every
 * Vietnamese glyph; Times New Roman is not shipped with the app, so the PDF uses Roboto.
 */

const PAGE_WIDTH = 841.89
const MARGINS: [number, number, number, number] = [30 * MM, 20 * MM, 15 * MM, 20 * MM]
const CONTENT_WIDTH = PAGE_WIDTH - MARGINS[0] - MARGINS[2]
const LEFT_COL = 95 * MM
const RIGHT_COL = CONTENT_WIDTH - LEFT_COL

/** A rule `length` long; the centred stack it sits in centres it. */
const rule = (length: number) => ({
  canvas: [{ type: 'line', x1: 0, y1: 0, x2: length, y2: 0, lineWidth: 0.6 }],
  margin: [0, 1, 0, 4],
})

function table(list: OfficialList) {
  const span = COLUMN_WEIGHTS.length
  const h = (text: string, extra: Record<string, unknown> = {}) => ({
    text,
    bold: true,
    alignment: 'center',
    ...extra,
  })
  const body: unknown[][] = [
    [
      h('STT', { rowSpan: 2 }),
      h('Tên tập thể / Họ và tên cá nhân', { rowSpan: 2 }),
      h('Năm sinh', { colSpan: 2 }),
      {},
      h('Dân tộc', { rowSpan: 2 }),
      h('Chức vụ, đơn vị công tác / Địa chỉ', { rowSpan: 2 }),
      h('Lĩnh vực / Phong trào thi đua', { rowSpan: 2 }),
      h('Thành tích tiêu biểu (tóm tắt)', { rowSpan: 2 }),
      h('Hình thức khen thưởng đã đạt', { rowSpan: 2 }),
      h('Ghi chú', { rowSpan: 2 }),
    ],
    [{}, {}, h('Nam'), h('Nữ'), {}, {}, {}, {}, {}, {}],
  ]
  const fullRow = (cell: Record<string, unknown>) => [
    { ...cell, colSpan: span },
    ...Array.from({ length: span - 1 }, () => ({})),
  ]
  if (!list.total) {
    body.push(
      fullRow({
        text: 'Không có gương điển hình nào trong danh sách này.',
        italics: true,
        alignment: 'center',
      }),
    )
  }
  for (const group of list.groups) {
    body.push(fullRow({ text: group.label, bold: true, fillColor: '#f2f2f2' }))
    if (!group.sections.length) body.push(fullRow({ text: 'Không có', italics: true }))
    let index = 0
    for (const section of group.sections) {
      if (section.heading) body.push(fullRow({ text: section.heading, bold: true, italics: true }))
      for (const row of section.rows) {
        body.push([
          { text: String(++index), alignment: 'center' },
          row.name,
          { text: row.birthMale, alignment: 'center' },
          { text: row.birthFemale, alignment: 'center' },
          { text: row.ethnicity, alignment: 'center' },
          row.position,
          row.sectorMovement,
          row.summary,
          row.awards,
          row.note,
        ])
      }
    }
  }
  const sum = COLUMN_WEIGHTS.reduce((a, b) => a + b, 0)
  return {
    table: {
      headerRows: 2,
      dontBreakRows: true,
      widths: COLUMN_WEIGHTS.map((w) => (w / sum) * CONTENT_WIDTH - 8.5),
      body,
    },
    fontSize: 9.5,
    margin: [0, 6, 0, 6],
  }
}

function definition(list: OfficialList): Record<string, unknown> {
  const left = [
    ...list.parentBody.map((text) => ({ text, fontSize: 11.5 })),
    ...list.issuer.map((text) => ({ text, bold: true, fontSize: 11.5 })),
    rule(30 * MM),
  ]
  const right = [
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, fontSize: 11.5 },
    { text: 'Độc lập - Tự do - Hạnh phúc', bold: true, fontSize: 12 },
    rule(58 * MM),
  ]
  const { left: maker, right: head } = list.signatures
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: MARGINS,
    info: { title: list.documentTitle, author: list.issuer.join(' '), subject: list.subtitle },
    header: (page: number) =>
      page > 1
        ? { text: String(page), alignment: 'center', fontSize: 11, margin: [0, 28, 0, 0] }
        : null,
    defaultStyle: { font: 'Roboto', fontSize: 12, lineHeight: 1.1 },
    content: [
      {
        columns: [
          { width: LEFT_COL, alignment: 'center', stack: left },
          { width: RIGHT_COL, alignment: 'center', stack: right },
        ],
      },
      {
        alignment: 'center',
        margin: [0, 12, 0, 0],
        stack: [
          { text: list.title, bold: true, fontSize: 13.5 },
          { text: list.subtitle, bold: true, fontSize: 13 },
          rule(40 * MM),
          { text: list.attachment, italics: true, fontSize: 11.5 },
        ],
      },
      table(list),
      { text: `Tổng số: ${list.total} gương điển hình.`, italics: true, fontSize: 11 },
      {
        unbreakable: true,
        margin: [0, 10, 0, 0],
        columns: [
          {
            width: '50%',
            alignment: 'center',
            stack: [
              { text: ' ', fontSize: 12 },
              { text: maker.title, bold: true },
              { text: maker.hint, italics: true, fontSize: 11 },
            ],
          },
          {
            width: '50%',
            alignment: 'center',
            stack: [
              { text: list.dateLine, italics: true },
              ...head.lines.map((line) => ({ text: line, bold: true })),
              { text: head.hint, italics: true, fontSize: 11 },
              { text: ' ', margin: [0, 40, 0, 0] },
              { text: head.name || ' ', bold: true },
            ],
          },
        ],
      },
    ],
  }
}

export async function renderListPdf(list: OfficialList): Promise<Buffer> {
  const pdf = (await getPrinter()).createPdfKitDocument(definition(list))
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk))
    pdf.on('end', () => resolve(Buffer.concat(chunks)))
    pdf.on('error', reject)
  })
  pdf.end()
  return done
}
