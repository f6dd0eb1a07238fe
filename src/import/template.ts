import {
  CATEGORY_LABELS,
  SECTOR_LABELS,
  type Category,
  type ExemplarKind,
  type Sector,
} from '@/lib/labels'
import { fold } from '@/lib/vietnamese'

import type { Grid } from './docx'
import { ImportError } from './errors'

/**
 * Reads the rows of a unit's list laid out as the template (shared reference
 * `listTemplateColumns`, the same columns `nominations.docx` prints): which column is which from
 * the header texts, the kind from the group rows (I. TẬP THỂ / II. CÁ NHÂN / III. HỘ GIA ĐÌNH)
 * or from a kind column, the gender from the column the birth year sits under (Nam / Nữ).
 * Each row keeps what was understood and, in Vietnamese, what stops it from becoming a draft.
 */

export const MAX_ROWS = 500
export const SUMMARY_MAX = 2000

export type ImportedAward = {
  title: string
  decisionNo?: string
  year?: number
  issuer?: string
}

export type ImportedRow = {
  /** 1-based position among the file's exemplar rows: what the preview shows and `rows` selects. */
  line: number
  kind: ExemplarKind | null
  name: string
  gender: 'male' | 'female' | null
  birthYear: number | null
  ethnicity: string
  position: string
  sector: Sector
  category: Category
  /** The movement named in the "Lĩnh vực / Phong trào thi đua" column, as written. */
  movement: string
  summary: string
  awards: ImportedAward[]
  note: string
  /** What must be fixed before this row can become a draft. */
  problems: string[]
}

type Column =
  | 'stt'
  | 'name'
  | 'birthMale'
  | 'birthFemale'
  | 'birthYear'
  | 'gender'
  | 'ethnicity'
  | 'position'
  | 'sectorMovement'
  | 'sector'
  | 'movement'
  | 'category'
  | 'summary'
  | 'awards'
  | 'note'
  | 'kind'

type ColumnMap = Partial<Record<Column, number>>

const words = (label: string) => label.split(/[^a-z0-9]+/).filter(Boolean)

/** Which template column a header text names (folded: no marks, lower case). */
export function columnOf(label: string): Column | null {
  const l = fold(label)
  if (!l) return null
  const w = words(l)
  if (l === 'stt' || l === 'tt' || l === 'so tt' || l === 'so thu tu') return 'stt'
  if (l.includes('thanh tich')) return 'summary'
  if (l.includes('khen thuong') || l.includes('danh hieu')) return 'awards'
  if (l.includes('ghi chu')) return 'note'
  if (l.includes('dan toc')) return 'ethnicity'
  if (l.includes('gioi tinh')) return 'gender'
  if (l.includes('sinh') || l === 'nam' || l === 'nu') {
    const nam = w.filter((x) => x === 'nam').length
    const nu = w.includes('nu')
    const needed = l.includes('sinh') ? 2 : 1
    if (nu && nam >= needed) return 'birthYear'
    if (nu) return 'birthFemale'
    if (nam >= needed) return 'birthMale'
    return 'birthYear'
  }
  if (l.includes('linh vuc') && l.includes('phong trao')) return 'sectorMovement'
  if (l.includes('linh vuc')) return 'sector'
  if (l.includes('phong trao')) return 'movement'
  if (l.includes('chuc vu') || l.includes('dia chi') || l.includes('don vi cong tac')) {
    return 'position'
  }
  if (l.includes('ho va ten') || l.includes('ho ten') || l.includes('ten tap the') || l === 'ten') {
    return 'name'
  }
  if (l === 'doi tuong' || l === 'loai' || l === 'phan loai' || l.includes('loai doi tuong')) {
    return 'kind'
  }
  if (l === 'nhom' || l.includes('loai dien hinh')) return 'category'
  return null
}

type Header = { map: ColumnMap; firstDataRow: number }

/** The header row (and the Nam / Nữ row under "Năm sinh", when there is one). */
export function findHeader(grid: Grid): Header | null {
  const limit = Math.min(grid.length, 40)
  for (let r = 0; r < limit; r++) {
    const map: ColumnMap = {}
    grid[r].cells.forEach((text, c) => {
      const column = columnOf(text)
      if (column && map[column] === undefined) map[column] = c
    })
    if (map.name === undefined || map.summary === undefined) continue
    let firstDataRow = r + 1
    const next = grid[r + 1]
    if (next) {
      const sub = next.cells.map((text) => fold(text))
      const male = sub.indexOf('nam')
      const female = sub.indexOf('nu')
      const subFilled = sub.filter(Boolean).length
      if ((male !== -1 || female !== -1) && subFilled <= 3 && map.gender === undefined) {
        if (male !== -1) map.birthMale = male
        if (female !== -1) map.birthFemale = female
        if (map.birthYear !== undefined && (male !== -1 || female !== -1)) delete map.birthYear
        firstDataRow = r + 2
      }
    }
    return { map, firstDataRow }
  }
  return null
}

const GROUPS: Array<[RegExp, ExemplarKind]> = [
  [/^tap the\b/, 'collective'],
  [/^ca nhan\b/, 'individual'],
  [/^ho gia dinh\b/, 'household'],
]

const ROMAN = /^(?:[ivx]{1,4}|[a-e])[.)]?$/
const GROUP_PREFIX = /^(?:[ivx]{1,4}|[a-e]|\d{1,2})\s*[.)/:-]\s*|^(?:[ivx]{1,4})\s+/

/** The kind a group heading names, `null` for a heading that names none of the three. */
function groupKind(text: string): ExemplarKind | null {
  const rest = fold(text).replace(GROUP_PREFIX, '').trim()
  for (const [pattern, kind] of GROUPS) if (pattern.test(rest)) return kind
  return null
}

function kindFromText(text: string): ExemplarKind | null {
  const l = fold(text)
  if (!l) return null
  for (const [pattern, kind] of GROUPS) if (pattern.test(l)) return kind
  if (l === 'ho') return 'household'
  if (l === 'individual' || l === 'collective' || l === 'household') return l
  return null
}

const clean = (value: string) =>
  value
    .normalize('NFC')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim()

const oneLine = (value: string) => clean(value).replace(/\n+/g, ' ')

function byLabel<T extends string>(labels: Record<T, string>, text: string): T | null {
  const l = fold(text)
  if (!l) return null
  for (const [value, label] of Object.entries(labels) as Array<[T, string]>) {
    if (fold(label) === l) return value
  }
  return null
}

/** "Kinh tế / Phong trào X": the sector from its label, the rest as the movement's name. */
export function splitSectorMovement(text: string): { sector: Sector | null; movement: string } {
  const value = oneLine(text)
  if (!value) return { sector: null, movement: '' }
  const whole = byLabel(SECTOR_LABELS, value)
  if (whole) return { sector: whole, movement: '' }
  const parts = value.split(/\s+\/\s+|\s*;\s*|\n/)
  const sector = byLabel(SECTOR_LABELS, parts[0] ?? '')
  if (sector) return { sector, movement: parts.slice(1).join(' / ').trim() }
  return { sector: null, movement: value }
}

/** "Bằng khen … (QĐ số 12/QĐ-UBND, UBND tỉnh, 2021); Giấy khen …": award rows, the rest as text. */
export function parseAwards(text: string): ImportedAward[] {
  return clean(text)
    .split(/\s*[;\n]\s*/)
    .map((item) => item.replace(/^[-–•+*]\s*/, '').trim())
    .filter(Boolean)
    .map((item) => {
      const match = /^(.+?)\s*\(([^()]*)\)\s*\.?$/.exec(item)
      if (!match) {
        const year = /\bnăm (\d{4})\s*\.?$/i.exec(item)
        return year ? { title: item, year: Number(year[1]) } : { title: item }
      }
      const award: ImportedAward = { title: match[1].trim() }
      const issuer: string[] = []
      for (const part of match[2].split(/\s*,\s*/).filter(Boolean)) {
        const decision = /^(?:QĐ|Quyết định)\s*(?:số)?\s*:?\s*(.+)$/i.exec(part)
        if (decision && !award.decisionNo) award.decisionNo = decision[1].trim()
        else if (/^(?:năm\s*)?\d{4}$/i.test(part) && award.year === undefined) {
          award.year = Number(part.replace(/\D/g, ''))
        } else issuer.push(part)
      }
      if (issuer.length) award.issuer = issuer.join(', ')
      return award
    })
}

type YearRead = { year: number | null; problem: string | null }

export function readYear(text: string, now = new Date()): YearRead {
  const value = oneLine(text)
  if (!value) return { year: null, problem: null }
  const match = /^(\d{4})(?:\.0+)?$/.exec(value)
  const year = match ? Number(match[1]) : NaN
  if (!Number.isInteger(year) || year < 1900 || year > now.getUTCFullYear()) {
    return { year: null, problem: `Năm sinh "${value}" không phải là một năm (ví dụ 1985).` }
  }
  return { year, problem: null }
}

const isStt = (text: string) => /^\d{1,4}\.?$/.test(text.trim())
const FOOTER = /^(tong cong|tong so|cong\b|nguoi lap bieu|thu truong)/

export function readRows(grid: Grid, header: Header, now = new Date()): ImportedRow[] {
  const { map } = header
  const at = (cells: string[], column: Column) =>
    map[column] === undefined ? '' : (cells[map[column]!] ?? '')
  const rows: ImportedRow[] = []
  let kind: ExemplarKind | null = null
  let groupProblem: string | null =
    'Không rõ nhóm: dòng không nằm dưới nhóm TẬP THỂ, CÁ NHÂN hay HỘ GIA ĐÌNH.'
  for (let r = header.firstDataRow; r < grid.length; r++) {
    const { cells, spans } = grid[r]
    const filled = cells.map((c) => clean(c)).filter(Boolean)
    if (!filled.length) continue
    // The "(1) (2) (3) …" row some lists put under the header.
    if (filled.length >= 3 && filled.every((c) => /^\(?\d{1,2}\)?$/.test(c))) continue
    const joined = filled.join(' ')
    if (FOOTER.test(fold(joined))) continue
    const summaryText = clean(at(cells, 'summary'))
    const sttText = clean(at(cells, 'stt'))
    const merged = spans.some((span) => span >= 3)
    if (!summaryText && (filled.length <= 2 || merged)) {
      const groupText = ROMAN.test(fold(sttText)) ? joined : filled[0]
      const found = groupKind(groupText)
      if (found) {
        kind = found
        groupProblem = null
        continue
      }
      if (ROMAN.test(fold(sttText)) || /^(?:[ivx]{1,4})[.)]\s/.test(fold(filled[0]))) {
        kind = null
        groupProblem = `Nhóm "${oneLine(joined)}" không phải TẬP THỂ, CÁ NHÂN hay HỘ GIA ĐÌNH.`
        continue
      }
      // A unit's name over its rows (the compilation) or "no exemplar" line: not an exemplar.
      if (merged || (!isStt(sttText) && !clean(at(cells, 'name')))) continue
    }
    rows.push(readRow(cells, at, kind, groupProblem, rows.length + 1, now))
    if (rows.length > MAX_ROWS) {
      throw new ImportError(
        `Danh sách có hơn ${MAX_ROWS} dòng. Hãy chia thành nhiều tệp, mỗi tệp không quá ${MAX_ROWS} gương điển hình.`,
      )
    }
  }
  return rows
}

function readRow(
  cells: string[],
  at: (cells: string[], column: Column) => string,
  groupKindValue: ExemplarKind | null,
  groupProblem: string | null,
  line: number,
  now: Date,
): ImportedRow {
  const problems: string[] = []
  const kindText = clean(at(cells, 'kind'))
  const kind = kindFromText(kindText) ?? groupKindValue
  if (!kind) {
    problems.push(
      kindText
        ? `Đối tượng "${kindText}" không phải Tập thể, Cá nhân hay Hộ gia đình.`
        : (groupProblem ?? 'Không rõ nhóm.'),
    )
  }
  const name = oneLine(at(cells, 'name'))
  if (!name) problems.push('Thiếu tên tập thể / họ và tên cá nhân.')
  const summary = clean(at(cells, 'summary'))
  if (!summary) problems.push('Thiếu thành tích tiêu biểu.')
  else if (summary.length > SUMMARY_MAX) {
    problems.push(`Thành tích tiêu biểu dài hơn ${SUMMARY_MAX.toLocaleString('vi-VN')} ký tự.`)
  }

  let gender: ImportedRow['gender'] = null
  let birthYear: number | null = null
  const male = clean(at(cells, 'birthMale'))
  const female = clean(at(cells, 'birthFemale'))
  let yearText = male || female
  if (male && female) {
    problems.push('Năm sinh ghi ở cả cột Nam và cột Nữ: chỉ ghi ở một cột.')
  } else if (male) gender = 'male'
  else if (female) gender = 'female'
  const combined = clean(at(cells, 'birthYear'))
  if (!yearText && combined) {
    // "1985 (Nữ)", "Nam - 1979": one column for both.
    const g = fold(combined)
    if (/\bnu\b/.test(g)) gender = 'female'
    else if (/\bnam\b/.test(g.replace(/\d/g, ''))) gender = 'male'
    yearText = combined.replace(/[(（][^)）]*[)）]|\b(?:nam|nữ|Nam|Nữ|NAM|NỮ)\b|[-–,]/g, '').trim()
  }
  const genderText = fold(at(cells, 'gender'))
  if (genderText === 'nam' || genderText === 'male') gender = 'male'
  else if (genderText === 'nu' || genderText === 'female') gender = 'female'
  if (yearText && kind === 'individual') {
    const { year, problem } = readYear(yearText, now)
    birthYear = year
    if (problem) problems.push(problem)
  }

  const { sector: fromSectorMovement, movement: movementText } = splitSectorMovement(
    at(cells, 'sectorMovement'),
  )
  const sector =
    byLabel(SECTOR_LABELS, at(cells, 'sector')) ?? fromSectorMovement ?? ('other' as Sector)
  const movement = oneLine(at(cells, 'movement')) || movementText
  const note = clean(at(cells, 'note'))
  const category =
    byLabel(CATEGORY_LABELS, at(cells, 'category')) ??
    byLabel(CATEGORY_LABELS, note) ??
    ('advanced' as Category)

  return {
    line,
    kind,
    name,
    gender: kind === 'individual' ? gender : null,
    birthYear: kind === 'individual' ? birthYear : null,
    ethnicity: kind === 'individual' ? oneLine(at(cells, 'ethnicity')) : '',
    position: oneLine(at(cells, 'position')),
    sector,
    category,
    movement,
    summary,
    awards: parseAwards(at(cells, 'awards')),
    note: byLabel(CATEGORY_LABELS, note) ? '' : note,
    problems,
  }
}
