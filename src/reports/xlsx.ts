import ExcelJS from 'exceljs'

import { orgWords, type OrgWords } from '@/globals/org-words'
import { displayPeriod } from '@/lib/period'
import { provincialStatusLabel } from '@/workflow/states'

import { MONTH_STATUS_LABELS, type ComplianceReport, type MonthStatus } from './figures'
import { proposedHeading, scoringSentence } from './wording'

/**
 * The compliance figures as a workbook, one sheet per view: units × months, the detail per unit
 * and month, clusters, and the units' totals with score and rank. Headers are Vietnamese and
 * frozen, every count is a number cell.
 */

const FILLS: Record<MonthStatus, string> = {
  'on-time': 'FFC6EFCE',
  late: 'FFFFEB9C',
  missing: 'FFFFC7CE',
  pending: 'FFEDEDED',
  inactive: 'FFD9D9D9',
}

/**
 * How every sheet prints: A4 landscape, one page wide (as many tall as it takes), the header
 * row repeated on every page, margins of an administrative document, page numbers in the
 * footer ("Trang 2/5").
 */
function printSetup(sheet: ExcelJS.Worksheet, title: string) {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: '1:1',
    margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  }
  sheet.headerFooter = {
    oddHeader: `&C&"Times New Roman,Bold"${title.replace(/&/g, '&&')}`,
    oddFooter: '&C&"Times New Roman"Trang &P/&N',
  }
}

function header(sheet: ExcelJS.Worksheet, titles: string[], widths: number[], xSplit = 0) {
  sheet.columns = titles.map((title, i) => ({ header: title, width: widths[i] ?? 12 }))
  const row = sheet.getRow(1)
  row.font = { bold: true, name: 'Times New Roman' }
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
  row.height = 32
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } }
    cell.border = { bottom: { style: 'thin' } }
  })
  sheet.views = [{ state: 'frozen', xSplit, ySplit: 1 }]
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: titles.length } }
}

export async function renderComplianceXlsx(
  report: ComplianceReport,
  words: Pick<OrgWords, 'upperLevel'> = orgWords(),
): Promise<Buffer> {
  const proposed = proposedHeading(words)
  const selected = provincialStatusLabel('selected', words)
  const book = new ExcelJS.Workbook()
  book.creator = 'Lan Tỏa'
  book.created = new Date(report.generatedAt)
  const months = report.periods.map(displayPeriod)

  // 1. Units × months: the number sent each month, coloured by status, the status in a note.
  const grid = book.addWorksheet('Đơn vị theo tháng')
  header(
    grid,
    ['STT', 'Đơn vị', 'Cụm thi đua', ...months, 'Tổng đã gửi', 'Điểm', 'Xếp hạng'],
    [6, 36, 42, ...months.map(() => 9), 12, 9, 10],
    2,
  )
  report.units.forEach((unit, index) => {
    const row = grid.addRow([
      index + 1,
      unit.name,
      unit.cluster ?? '',
      ...report.periods.map((p) => unit.byPeriod[p].submitted),
      unit.totals.submitted,
      unit.score,
      unit.rank,
    ])
    report.periods.forEach((p, i) => {
      const month = unit.byPeriod[p]
      const cell = row.getCell(4 + i)
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS[month.status] } }
      cell.note = MONTH_STATUS_LABELS[month.status]
      cell.alignment = { horizontal: 'center' }
    })
  })
  const legendRow = grid.addRow([])
  legendRow.getCell(2).alignment = { wrapText: true, vertical: 'top' }
  grid.mergeCells(legendRow.number, 2, legendRow.number, 3 + months.length)
  legendRow.height = 32
  legendRow.getCell(2).value =
    'Số gương đã gửi trong tháng. Màu ô: xanh = Đúng hạn, vàng = Chậm, đỏ = Chưa gửi, xám nhạt = Chưa đến hạn, xám = Không hoạt động (chi tiết ở trang "Chi tiết").'
  legendRow.getCell(2).font = { italic: true }

  // 2. Detail, one row per unit and month.
  const detail = book.addWorksheet('Chi tiết')
  header(
    detail,
    [
      'Đơn vị',
      'Cụm thi đua',
      'Kỳ',
      'Tình trạng',
      'Đã gửi',
      'Đúng hạn',
      'Chậm',
      'Đã xuất bản',
      proposed,
      selected,
      'Lần đăng trên phương tiện truyền thông',
    ],
    [36, 42, 10, 16, 10, 10, 10, 12, 12, 12, 16],
    1,
  )
  for (const unit of report.units) {
    for (const p of report.periods) {
      const m = unit.byPeriod[p]
      detail.addRow([
        unit.name,
        unit.cluster ?? '',
        displayPeriod(p),
        MONTH_STATUS_LABELS[m.status],
        m.submitted,
        m.onTime,
        m.late,
        m.published,
        m.proposed,
        m.selected,
        m.coverage,
      ])
    }
  }

  // 3. Clusters.
  const clusters = book.addWorksheet('Cụm thi đua')
  header(
    clusters,
    [
      'Xếp hạng',
      'Cụm thi đua',
      'Số đơn vị',
      'Đã gửi',
      'Đúng hạn',
      'Đã xuất bản',
      proposed,
      selected,
      'Lần đăng',
      'Tháng đúng hạn',
      'Tháng chậm',
      'Tháng chưa gửi',
      'Tổng điểm',
      'Điểm bình quân đơn vị',
      'Dẫn đầu cụm',
    ],
    [10, 42, 10, 10, 10, 12, 12, 12, 10, 12, 12, 12, 12, 14, 36],
    2,
  )
  for (const c of report.clusters) {
    clusters.addRow([
      c.rank,
      c.name,
      c.units,
      c.submitted,
      c.onTime,
      c.published,
      c.proposed,
      c.selected,
      c.coverage,
      c.onTimeMonths,
      c.lateMonths,
      c.missingMonths,
      c.score,
      c.averageScore,
      c.leaders.map((l) => l.name).join('; '),
    ])
  }

  // 4. Totals per unit, score and rank.
  const totals = book.addWorksheet('Tổng hợp')
  header(
    totals,
    [
      'Xếp hạng',
      'Đơn vị',
      'Cụm thi đua',
      'Xếp hạng trong cụm',
      'Đã gửi',
      'Đúng hạn',
      'Đã xuất bản',
      proposed,
      selected,
      'Lần đăng',
      'Tháng đúng hạn',
      'Tháng chậm',
      'Tháng chưa gửi',
      'Điểm',
    ],
    [10, 36, 42, 12, 10, 10, 12, 12, 12, 10, 12, 12, 12, 10],
    2,
  )
  for (const unit of [...report.units].sort((a, b) => a.rank - b.rank)) {
    const t = unit.totals
    totals.addRow([
      unit.rank,
      unit.name,
      unit.cluster ?? '',
      unit.clusterRank,
      t.submitted,
      t.onTime,
      t.published,
      t.proposed,
      t.selected,
      t.coverage,
      t.onTimeMonths,
      t.lateMonths,
      t.missingMonths,
      unit.score,
    ])
  }
  const p = report.points
  totals.addRow([])
  totals.addRow([
    '',
    `Kỳ: ${displayPeriod(report.from)} – ${displayPeriod(report.to)}; hạn gửi ngày ${report.deadlineDay} tháng sau. Điểm: ${scoringSentence(p, words)}.`,
  ]).font = { italic: true }

  const span = `${displayPeriod(report.from)} – ${displayPeriod(report.to)}`
  for (const sheet of book.worksheets) {
    sheet.eachRow((row, number) => {
      if (number > 1) row.font = { ...(row.font ?? {}), name: 'Times New Roman' }
    })
    printSetup(sheet, `Báo cáo thi đua — ${sheet.name} (${span})`)
  }
  return Buffer.from(await book.xlsx.writeBuffer())
}
