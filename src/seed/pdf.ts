import { getPrinter, MM } from '@/lib/pdf-printer'

import type { OfficialText } from './documents'

/**
 * Renders a directing document as a PDF laid out like a Vietnamese administrative document
 * (Decree 30/2020/NĐ-CP): heading block, number, place and date, title, body, signature.
 * Roboto (pdfmake's bundled font) carries every Vietnamese glyph; Times New Roman is not shipped.
 */

const PAGE_WIDTH = 595.28
const MARGINS: [number, number, number, number] = [30 * MM, 20 * MM, 20 * MM, 20 * MM]
const CONTENT_WIDTH = PAGE_WIDTH - MARGINS[0] - MARGINS[2]
const LEFT_COL = 190
const RIGHT_COL = CONTENT_WIDTH - LEFT_COL

/** Decree 30/2020: days below 10 and months 1–2 take a leading zero. */
export function dateLine(place: string, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number)
  const dd = String(day).padStart(2, '0')
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month)
  return `${place}, ngày ${dd} tháng ${mm} năm ${year}`
}

const rule = (columnWidth: number, length: number) => ({
  canvas: [
    {
      type: 'line',
      x1: (columnWidth - length) / 2,
      y1: 0,
      x2: (columnWidth + length) / 2,
      y2: 0,
      lineWidth: 0.6,
    },
  ],
  margin: [0, 1, 0, 4],
})

/**
 * pdfmake breaks lines after "/" and "-", and justification then widens those breaks, which tears
 * numbers like 294/KH-UBND apart; such tokens are set unbreakable.
 */
function keepTogether(text: string): Array<string | { text: string; noWrap: true }> {
  return text
    .split(/(\S*[/-]\S*)/)
    .filter((part) => part !== '')
    .map((part) => (/\S[/-]\S/.test(part) ? { text: part, noWrap: true as const } : part))
}

function definition(doc: OfficialText): Record<string, unknown> {
  const isLetter = doc.docType === 'Công văn'
  const subject = doc.title.replace(/^Về việc /, 'V/v ')
  const left = [
    { text: doc.heading[0], fontSize: 11.5 },
    { text: doc.heading[1], bold: true, fontSize: 11.5 },
    rule(LEFT_COL, 60),
    { text: `Số: ${doc.number}`, fontSize: 12, margin: [0, 2, 0, 0] },
    ...(isLetter ? [{ text: subject, fontSize: 11, margin: [6, 3, 6, 0] }] : []),
  ]
  const right = [
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, fontSize: 11.5 },
    { text: 'Độc lập - Tự do - Hạnh phúc', bold: true, fontSize: 12 },
    rule(RIGHT_COL, 160),
    { text: dateLine(doc.place, doc.issuedAt), italics: true, fontSize: 12, margin: [0, 6, 0, 0] },
  ]
  const title = isLetter
    ? []
    : [
        { text: doc.docType.toUpperCase(), bold: true, fontSize: 14, margin: [0, 18, 0, 2] },
        { text: doc.title, bold: true, fontSize: 13, margin: [30, 0, 30, 0] },
        rule(CONTENT_WIDTH, 90),
      ]
  const recipients = doc.recipients
    ? [
        {
          margin: [60, 16, 0, 8],
          columns: [
            { text: 'Kính gửi:', width: 62, fontSize: 13 },
            {
              stack: doc.recipients.map((line) => ({ text: `- ${line}`, fontSize: 13 })),
              width: '*',
            },
          ],
        },
      ]
    : []
  const body = doc.body.map((block) =>
    typeof block === 'string'
      ? { text: keepTogether(block), alignment: 'justify', leadingIndent: 28, margin: [0, 0, 0, 6] }
      : { text: block.section, bold: true, margin: [0, 4, 0, 4] },
  )
  const signature = {
    unbreakable: true,
    margin: [0, 12, 0, 0],
    columns: [
      {
        width: '45%',
        stack: [
          { text: 'Nơi nhận:', bold: true, italics: true, fontSize: 11 },
          ...doc.distribution.map((line) => ({ text: `- ${line}`, fontSize: 10 })),
        ],
      },
      {
        width: '55%',
        alignment: 'center',
        stack: [
          ...doc.signature.lines.map((line) => ({ text: line, bold: true, fontSize: 12.5 })),
          { text: '(Đã ký)', italics: true, fontSize: 11, margin: [0, 28, 0, 28] },
          { text: doc.signature.name, bold: true, fontSize: 12.5 },
        ],
      },
    ],
  }
  return {
    pageSize: 'A4',
    pageMargins: MARGINS,
    info: { title: `${doc.number} - ${doc.title}`, author: doc.issuer, subject: doc.docType },
    // Decree 30/2020: pages numbered from the second, centred in the top margin.
    header: (page: number) =>
      page > 1
        ? { text: String(page), alignment: 'center', fontSize: 12, margin: [0, 28, 0, 0] }
        : null,
    defaultStyle: { font: 'Roboto', fontSize: 12.5, lineHeight: 1.15 },
    content: [
      {
        columns: [
          { width: LEFT_COL, alignment: 'center', stack: left },
          { width: RIGHT_COL, alignment: 'center', stack: right },
        ],
      },
      { alignment: 'center', stack: title },
      ...recipients,
      { margin: [0, isLetter ? 4 : 12, 0, 0], stack: body },
      signature,
    ],
  }
}

export async function renderOfficialPdf(doc: OfficialText): Promise<Buffer> {
  const pdf = (await getPrinter()).createPdfKitDocument(definition(doc))
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk))
    pdf.on('end', () => resolve(Buffer.concat(chunks)))
    pdf.on('error', reject)
  })
  pdf.end()
  return done
}
