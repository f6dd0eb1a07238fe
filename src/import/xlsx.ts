import ExcelJS from 'exceljs'

import type { Grid } from './docx'
import { DAMAGED, ImportError } from './errors'

const MAX_COLUMNS = 40
const MAX_SHEET_ROWS = 5000

/**
 * The worksheets of an .xlsx as grids (exceljs reads shared strings, rich text, numbers and
 * merges). Called only after the zip container passed the importer's size checks.
 */
export async function xlsxGrids(data: Buffer): Promise<Grid[]> {
  const workbook = new ExcelJS.Workbook()
  try {
    // exceljs's declared parameter type lags Node's Buffer generics.
    await workbook.xlsx.load(data as unknown as ArrayBuffer)
  } catch {
    throw new ImportError(DAMAGED)
  }
  const grids: Grid[] = []
  for (const sheet of workbook.worksheets) {
    const grid: Grid = []
    const width = Math.min(sheet.columnCount, MAX_COLUMNS)
    let count = 0
    sheet.eachRow({ includeEmpty: false }, (row) => {
      if (++count > MAX_SHEET_ROWS) return
      const cells: string[] = []
      const spans: number[] = []
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c)
        const slave = cell.isMerged && cell.master.address !== cell.address
        let text = ''
        if (!slave) {
          try {
            text = cell.text ?? ''
          } catch {
            text = ''
          }
        }
        cells.push(String(text))
        spans.push(slave ? 0 : 1)
      }
      // A merged cell's span: the slaves of the same master that follow it on this row.
      for (let c = 0; c < width; c++) {
        if (spans[c] !== 1) continue
        let span = 1
        const master = row.getCell(c + 1)
        while (
          c + span < width &&
          spans[c + span] === 0 &&
          row.getCell(c + span + 1).master.address === master.address
        ) {
          span++
        }
        spans[c] = span
      }
      grid.push({ cells, spans })
    })
    if (count > MAX_SHEET_ROWS) {
      throw new ImportError(
        'Bảng tính có quá nhiều dòng. Mỗi tệp không quá 500 gương điển hình; hãy xóa các dòng thừa hoặc chia thành nhiều tệp.',
      )
    }
    grids.push(grid)
  }
  return grids
}
