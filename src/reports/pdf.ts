import { COLUMN_COUNT, columnWidthsMm, HEADER_LABELS, rowLines } from './layout'
import type { ListRow, OfficialList } from './lists'
import { getListPrinter, PDF_FONT, runs } from './pdf-fonts'

/**
 * The same list as a PDF for units that print and sign: A4 landscape, the Word file's heading,
 * columns (the same widths from src/reports/layout.ts), groups and signature blocks, set in
 * Tinos (Times New Roman's metrics) at 13 pt. Page numbers centred in the top margin from
 * page 2; the header repeats on every page; a group or unit heading never ends a page (it moves
 * with its first row) and the signature block never starts one (the last row moves with it).
 */

const MM = 72 / 25.4
const PAGE_WIDTH_MM = 297
const PAGE_HEIGHT_MM = 210
const MARGINS_MM = { left: 30, top: 20, right: 15, bottom: 20 }
const CONTENT_MM = PAGE_WIDTH_MM - MARGINS_MM.left - MARGINS_MM.right
const HEAD_LEFT_MM = 100
const FONT_PT = 13
const CELL_PAD_PT = 3
const LINE_HEIGHT = 1.1

type Node = Record<string, unknown>

/** A text node in Tinos: the text cut into runs of the subset fonts that carry it. */
const tx = (text: string, style: Node = {}): Node => ({ text: runs(text), ...style })

/** A rule `lengthMm` long, a few points under the line above (not on it like an underline). */
const rule = (lengthMm: number, after = 4): Node => ({
  canvas: [{ type: 'line', x1: 0, y1: 0, x2: lengthMm * MM, y2: 0, lineWidth: 0.6 }],
  margin: [0, 3, 0, after],
})

const PAD: [number, number, number, number] = [CELL_PAD_PT, 2, CELL_PAD_PT, 2]
const LINE_WIDTH = 0.5

/** A table cell's text: cells carry their padding as margins (see `compose`). */
const cell = (text: string, style: Node = {}): Node => tx(text, { margin: PAD, ...style })

/**
 * Two header rows drawn as the Word file's merged cells: each label sits in the first row with
 * no line under it, its second-row cell has none above; "Năm sinh" spans Nam / Nữ. pdfmake
 * sizes row-spanning cells badly (the label ran under the border), plain cells wrap correctly.
 */
function headerRows(): Node[][] {
  const label = (text: string, extra: Node = {}): Node =>
    cell(text, { bold: true, alignment: 'center', border: [true, true, true, false], ...extra })
  const first: Node[] = HEADER_LABELS.map((text, c) =>
    c === 2
      ? label('Năm sinh', { colSpan: 2, border: [true, true, true, true] })
      : c === 3
        ? {}
        : label(text),
  )
  const second: Node[] = HEADER_LABELS.map((text, c) =>
    c === 2 || c === 3
      ? cell(text, { bold: true, alignment: 'center' })
      : { text: '', border: [true, false, true, true] },
  )
  return [first, second]
}

const spanRow = (first: Node): Node[] => [
  { ...first, colSpan: COLUMN_COUNT },
  ...Array.from({ length: COLUMN_COUNT - 1 }, () => ({})),
]

/**
 * The rows under the header. pdfmake has no keep-with-next for table rows and a page break
 * inside a table breaks the table, so what must stay together is one row of the outer table
 * (which never splits a row): a group or unit heading with the row under it, and the last row
 * with the total and the signatures, each drawn as a small table of the same columns inside a
 * cell spanning the whole width.
 */
function bodyRows(list: OfficialList, widths: number[]): Node[][] {
  const inner = (rows: Node[][]): Node => ({
    table: { widths: widths.map((w) => w - 2 * CELL_PAD_PT), body: rows, dontBreakRows: true },
    layout: {
      paddingLeft: () => CELL_PAD_PT,
      paddingRight: () => CELL_PAD_PT,
      paddingTop: () => 2,
      paddingBottom: () => 2,
      hLineWidth: () => LINE_WIDTH,
      vLineWidth: () => LINE_WIDTH,
    },
  })
  const compose = (rows: Node[][], after: Node[] = []): Node[] =>
    spanRow({ stack: [inner(rows.map((r) => r.map(stripPadding))), ...after], border: NO_BORDER })
  const signature = signatureBlock(list)
  if (!list.total) {
    const empty = spanRow(
      tx('Không có gương điển hình nào trong danh sách này.', {
        italics: true,
        alignment: 'center',
      }),
    )
    return [compose([empty], signature)]
  }
  // Blocks of rows that stay together: each heading with the rows down to the first data row.
  const blocks: Node[][][] = []
  let pending: Node[][] = []
  const push = (row: Node[]) => {
    blocks.push([...pending, row])
    pending = []
  }
  for (const group of list.groups) {
    pending.push(spanRow(cell(group.label, { bold: true, fillColor: '#f2f2f2' })))
    if (!group.sections.length) {
      push([
        cell(''),
        cell('Không có', { italics: true, colSpan: COLUMN_COUNT - 1 }),
        ...Array.from({ length: COLUMN_COUNT - 2 }, () => ({})),
      ])
    }
    let index = 0
    for (const section of group.sections) {
      if (section.heading)
        pending.push(spanRow(cell(section.heading, { bold: true, italics: true })))
      for (const row of section.rows) {
        push([
          cell(String(++index), { alignment: 'center' }),
          cell(row.name),
          cell(row.birthMale, { alignment: 'center' }),
          cell(row.birthFemale, { alignment: 'center' }),
          cell(row.ethnicity, { alignment: 'center' }),
          cell(row.position),
          cell(row.sectorMovement),
          cell(row.summary),
          cell(row.awards),
          cell(row.note),
        ])
      }
    }
  }
  // The last block goes with the total and the signatures, unless together they would not fit
  // on one page: pdfmake drops an unbreakable row taller than a page (the last exemplar, the
  // total and the signatures were missing from a list whose last row had long awards).
  const lastData = list.groups.flatMap((g) => g.sections.flatMap((s) => s.rows)).at(-1)
  const together =
    !lastData || rowHeightPt(lastData, widths) + SIGNATURE_PT + HEADER_PT <= PAGE_BODY_PT
  const rows = blocks.map((block, i) =>
    i === blocks.length - 1 && together
      ? compose(block, signature)
      : block.length > 1
        ? compose(block)
        : block[0],
  )
  return together ? rows : [...rows, spanRow({ stack: signature, border: NO_BORDER })]
}

const LINE_PT = FONT_PT * LINE_HEIGHT
/** The page below its margins, the space a row of the table may take at most. */
const PAGE_BODY_PT = (PAGE_HEIGHT_MM - MARGINS_MM.top - MARGINS_MM.bottom) * MM
/** The repeated header (its longest label wraps to about six lines) and the signature block. */
const HEADER_PT = 7 * LINE_PT
const SIGNATURE_PT = 8 * LINE_PT + 62

/** A data row's height: its fullest cell's lines, as the column widths wrap them. */
const rowHeightPt = (row: ListRow, widths: number[]) =>
  rowLines(
    row,
    widths.map((pt) => pt / MM),
    FONT_PT,
    (2 * CELL_PAD_PT) / MM,
  ) *
    LINE_PT +
  4

const NO_BORDER = [false, false, false, false]

/** Inner tables pad their cells themselves: their cells drop the margin the outer cells carry. */
function stripPadding(node: Node): Node {
  if (!('margin' in node)) return node
  const { margin: _margin, ...rest } = node
  return rest
}

function signatureBlock(list: OfficialList): Node[] {
  const { left: maker, right: head } = list.signatures
  return [
    tx(`Tổng số: ${list.total} gương điển hình.`, { italics: true, margin: [0, 6, 0, 0] }),
    {
      margin: [0, 8, 0, 0],
      columns: [
        {
          width: '50%',
          alignment: 'center',
          stack: [tx(' '), tx(maker.title, { bold: true }), tx(maker.hint, { italics: true })],
        },
        {
          width: '50%',
          alignment: 'center',
          stack: [
            tx(list.dateLine, { italics: true }),
            ...head.lines.map((line) => tx(line, { bold: true })),
            tx(head.hint, { italics: true }),
            tx(' ', { margin: [0, 48, 0, 0] }),
            tx(head.name || ' ', { bold: true }),
          ],
        },
      ],
    },
  ]
}

function definition(list: OfficialList): Node {
  const widthsMm = columnWidthsMm(list, {
    totalMm: CONTENT_MM,
    fontPt: FONT_PT,
    paddingMm: (2 * CELL_PAD_PT) / MM,
  })
  const widths = widthsMm.map((mm) => mm * MM - LINE_WIDTH)
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [MARGINS_MM.left, MARGINS_MM.top, MARGINS_MM.right, MARGINS_MM.bottom].map(
      (mm) => mm * MM,
    ),
    info: { title: list.documentTitle, author: list.issuer.join(' '), subject: list.subtitle },
    // Decree 30: Arabic numerals, centred in the top margin, none on the first page.
    header: (page: number) =>
      page > 1 ? tx(String(page), { alignment: 'center', margin: [0, 10 * MM, 0, 0] }) : null,
    defaultStyle: { font: PDF_FONT, fontSize: FONT_PT, lineHeight: LINE_HEIGHT },
    content: [
      {
        columns: [
          {
            width: HEAD_LEFT_MM * MM,
            alignment: 'center',
            stack: [
              ...list.parentBody.map((line) => tx(line)),
              ...list.issuer.map((line) => tx(line, { bold: true })),
              rule(30),
            ],
          },
          {
            width: '*',
            alignment: 'center',
            stack: [
              tx('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }),
              tx('Độc lập - Tự do - Hạnh phúc', { bold: true, fontSize: 14 }),
              rule(62),
            ],
          },
        ],
      },
      {
        alignment: 'center',
        margin: [0, 12, 0, 0],
        stack: [
          tx(list.title, { bold: true, fontSize: 14 }),
          tx(list.subtitle, { bold: true, fontSize: 14 }),
          rule(40, 2),
          tx(list.attachment, { italics: true }),
        ],
      },
      {
        table: {
          headerRows: 2,
          dontBreakRows: true,
          widths,
          body: [...headerRows(), ...bodyRows(list, widths)],
        },
        // Cells carry their padding as margins, so rows drawn as inner tables line up.
        layout: {
          paddingLeft: () => 0,
          paddingRight: () => 0,
          paddingTop: () => 0,
          paddingBottom: () => 0,
          hLineWidth: () => LINE_WIDTH,
          vLineWidth: () => LINE_WIDTH,
        },
        margin: [0, 8, 0, 0],
      },
    ],
  }
}

export async function renderListPdf(list: OfficialList): Promise<Buffer> {
  const pdf = (await getListPrinter()).createPdfKitDocument(definition(list))
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk))
    pdf.on('end', () => resolve(Buffer.concat(chunks)))
    pdf.on('error', reject)
  })
  pdf.end()
  return done
}
