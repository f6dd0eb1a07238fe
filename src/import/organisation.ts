import crypto from 'node:crypto'

import ExcelJS from 'exceljs'
import type { Payload } from 'payload'

import { UNIT_KIND_LABELS } from '@/collections/units'
import { fold, nfc } from '@/lib/vietnamese'
import type { Unit, User } from '@/payload-types'

/**
 * The organisation from a spreadsheet: emulation clusters, units and accounts, three sheets with
 * Vietnamese headings, references by name (not by database id), as a Home Affairs office keeps
 * them. Everything is checked before anything is written; a second run of the same file adds
 * nothing (clusters and units are matched by name, accounts by e-mail).
 */

export const SHEETS = { clusters: 'Cụm thi đua', units: 'Đơn vị', accounts: 'Tài khoản' } as const

const HEADERS = {
  clusters: ['Tên cụm thi đua'],
  units: ['Tên đơn vị', 'Loại', 'Cụm thi đua'],
  accounts: ['Họ và tên', 'Email', 'Vai trò', 'Đơn vị'],
} as const

type UnitKind = Unit['kind']
type Role = User['role']

const KIND_WORDS: Record<string, UnitKind> = {
  xa: 'commune',
  'thi tran': 'town',
  'co quan': 'agency',
  'don vi': 'agency',
  'co quan, don vi': 'agency',
  khac: 'other',
  agency: 'agency',
  commune: 'commune',
  town: 'town',
  other: 'other',
}

const ROLE_WORDS: Record<string, Role> = {
  'quan tri': 'admin',
  'quan tri he thong': 'admin',
  'bien tap': 'editor',
  'bien tap vien': 'editor',
  'can bo': 'contributor',
  'can bo don vi': 'contributor',
  admin: 'admin',
  editor: 'editor',
  contributor: 'contributor',
}

export type OrganisationRows = {
  clusters: Array<{ row: number; name: string }>
  units: Array<{ row: number; name: string; kind: UnitKind; cluster: string | null }>
  accounts: Array<{ row: number; fullName: string; email: string; role: Role; unit: string | null }>
}

const key = (name: string) => fold(nfc(name)).replace(/\s+/g, ' ').trim()
const clean = (value: string) => nfc(value).replace(/\s+/g, ' ').trim()

/** Cell texts of each data row under the sheet's heading row, by heading. */
function sheetRows(
  sheet: ExcelJS.Worksheet | undefined,
  headings: readonly string[],
  errors: string[],
): Array<{ row: number; cells: string[] }> {
  if (!sheet) return []
  const columns: number[] = []
  const heading = sheet.getRow(1)
  for (const wanted of headings) {
    let found = 0
    heading.eachCell((cell, column) => {
      if (!found && key(cell.text).startsWith(key(wanted))) found = column
    })
    if (!found) errors.push(`Trang "${sheet.name}": thiếu cột "${wanted}" ở dòng 1.`)
    columns.push(found)
  }
  const out: Array<{ row: number; cells: string[] }> = []
  sheet.eachRow((row, number) => {
    if (number === 1) return
    const cells = columns.map((column) => (column ? clean(row.getCell(column).text ?? '') : ''))
    if (cells.some(Boolean)) out.push({ row: number, cells })
  })
  return out
}

/** Reads and checks the workbook; `errors` (Vietnamese, sheet and row) empty when usable. */
export async function readOrganisation(
  data: Buffer | ArrayBuffer,
): Promise<{ rows: OrganisationRows; errors: string[] }> {
  const errors: string[] = []
  const rows: OrganisationRows = { clusters: [], units: [], accounts: [] }
  const book = new ExcelJS.Workbook()
  try {
    await book.xlsx.load(data as ArrayBuffer)
  } catch {
    return { rows, errors: ['Không đọc được tệp: cần một bảng tính Excel (.xlsx).'] }
  }
  const sheet = (name: string) => book.worksheets.find((ws) => key(ws.name) === key(name))
  if (!sheet(SHEETS.clusters) && !sheet(SHEETS.units) && !sheet(SHEETS.accounts)) {
    errors.push(
      `Tệp không có trang nào tên "${SHEETS.clusters}", "${SHEETS.units}" hoặc "${SHEETS.accounts}".`,
    )
  }
  const where = (name: string, row: number) => `Trang "${name}", dòng ${row}`
  const seen = new Set<string>()
  for (const { row, cells } of sheetRows(sheet(SHEETS.clusters), HEADERS.clusters, errors)) {
    const [name = ''] = cells
    if (!name) errors.push(`${where(SHEETS.clusters, row)}: thiếu tên cụm.`)
    else if (seen.has(key(name))) errors.push(`${where(SHEETS.clusters, row)}: "${name}" lặp lại.`)
    else rows.clusters.push({ row, name })
    seen.add(key(name))
  }
  const units = new Set<string>()
  for (const { row, cells } of sheetRows(sheet(SHEETS.units), HEADERS.units, errors)) {
    const [name = '', kindText = '', cluster = ''] = cells
    const kind = KIND_WORDS[key(kindText)]
    if (!name) errors.push(`${where(SHEETS.units, row)}: thiếu tên đơn vị.`)
    else if (units.has(key(name))) errors.push(`${where(SHEETS.units, row)}: "${name}" lặp lại.`)
    if (!kind) {
      errors.push(
        `${where(SHEETS.units, row)}: loại "${kindText}" không hợp lệ (${Object.values(UNIT_KIND_LABELS).join('; ')}).`,
      )
    }
    if (name && kind && !units.has(key(name))) {
      rows.units.push({ row, name, kind, cluster: cluster || null })
    }
    units.add(key(name))
  }
  const emails = new Set<string>()
  for (const { row, cells } of sheetRows(sheet(SHEETS.accounts), HEADERS.accounts, errors)) {
    const [fullName = '', emailText = '', roleText = '', unit = ''] = cells
    const email = emailText.toLowerCase()
    const role = ROLE_WORDS[key(roleText)]
    const at = where(SHEETS.accounts, row)
    if (!fullName) errors.push(`${at}: thiếu họ và tên.`)
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
      errors.push(`${at}: email "${emailText}" không hợp lệ.`)
    else if (emails.has(email)) errors.push(`${at}: email ${email} lặp lại.`)
    if (!role) {
      errors.push(`${at}: vai trò "${roleText}" không hợp lệ (Quản trị; Biên tập; Cán bộ đơn vị).`)
    }
    if (role === 'contributor' && !unit) errors.push(`${at}: Cán bộ đơn vị phải có đơn vị.`)
    if (fullName && role && email && !emails.has(email)) {
      rows.accounts.push({ row, fullName, email, role, unit: unit || null })
    }
    emails.add(email)
  }
  return { rows, errors }
}

export type ImportReport = {
  errors: string[]
  created: { clusters: number; units: number; accounts: number }
  updated: { units: number }
  /** New accounts and their temporary passwords: shown once, to hand over. */
  passwords: Array<{ email: string; password: string }>
}

async function byName(
  payload: Payload,
  collection: 'clusters' | 'units',
): Promise<Map<string, { id: number; name: string }>> {
  const { docs } = await payload.find({
    collection,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { name: true },
  })
  return new Map(docs.map((doc) => [key(doc.name), { id: doc.id, name: doc.name }]))
}

/**
 * Writes what `readOrganisation` read (after checking the references against the database too):
 * new clusters, new units and the kind and cluster of existing ones, new accounts with a random
 * temporary password. Existing accounts are left as they are. `dryRun`: checks only.
 */
export async function importOrganisation(
  payload: Payload,
  rows: OrganisationRows,
  { dryRun = false }: { dryRun?: boolean } = {},
): Promise<ImportReport> {
  const report: ImportReport = {
    errors: [],
    created: { clusters: 0, units: 0, accounts: 0 },
    updated: { units: 0 },
    passwords: [],
  }
  const clusters = await byName(payload, 'clusters')
  const units = await byName(payload, 'units')
  const clusterNames = new Set([...clusters.keys(), ...rows.clusters.map((c) => key(c.name))])
  const unitNames = new Set([...units.keys(), ...rows.units.map((u) => key(u.name))])
  for (const unit of rows.units) {
    if (unit.cluster && !clusterNames.has(key(unit.cluster))) {
      report.errors.push(
        `Trang "${SHEETS.units}", dòng ${unit.row}: không có cụm thi đua "${unit.cluster}".`,
      )
    }
  }
  for (const account of rows.accounts) {
    if (account.unit && !unitNames.has(key(account.unit))) {
      report.errors.push(
        `Trang "${SHEETS.accounts}", dòng ${account.row}: không có đơn vị "${account.unit}".`,
      )
    }
  }
  // The first account ever created becomes admin (SPEC): whoever came first in the sheet would.
  if (rows.accounts.length > 0) {
    const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
    if (totalDocs === 0) {
      report.errors.push(
        'Chưa có tài khoản quản trị: tạo trước (ADMIN_EMAIL và ADMIN_PASSWORD, hoặc npm run setup) rồi nhập tài khoản.',
      )
    }
  }
  if (report.errors.length || dryRun) return report

  for (const cluster of rows.clusters) {
    if (clusters.has(key(cluster.name))) continue
    const doc = await payload.create({
      collection: 'clusters',
      data: { name: cluster.name },
      overrideAccess: true,
    })
    clusters.set(key(cluster.name), { id: doc.id, name: doc.name })
    report.created.clusters++
  }
  for (const unit of rows.units) {
    const cluster = unit.cluster ? (clusters.get(key(unit.cluster))?.id ?? null) : null
    const existing = units.get(key(unit.name))
    if (existing) {
      await payload.update({
        collection: 'units',
        id: existing.id,
        data: { kind: unit.kind, cluster },
        overrideAccess: true,
      })
      report.updated.units++
      continue
    }
    const doc = await payload.create({
      collection: 'units',
      data: { name: unit.name, kind: unit.kind, cluster },
      overrideAccess: true,
    })
    units.set(key(unit.name), { id: doc.id, name: doc.name })
    report.created.units++
  }
  for (const account of rows.accounts) {
    const { totalDocs } = await payload.count({
      collection: 'users',
      where: { email: { equals: account.email } },
      overrideAccess: true,
    })
    if (totalDocs > 0) continue
    const password = crypto.randomBytes(9).toString('base64url')
    await payload.create({
      collection: 'users',
      data: {
        email: account.email,
        password,
        fullName: account.fullName,
        role: account.role,
        unit: account.unit ? (units.get(key(account.unit))?.id ?? null) : null,
      },
      overrideAccess: true,
    })
    report.created.accounts++
    report.passwords.push({ email: account.email, password })
  }
  return report
}

/** An empty workbook with the three sheets and their headings, and one example row each. */
export async function organisationTemplate(): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const add = (name: string, headings: readonly string[], example: string[]) => {
    const sheet = book.addWorksheet(name)
    sheet.addRow([...headings]).font = { bold: true }
    sheet.addRow(example)
    sheet.columns.forEach((column) => (column.width = 32))
  }
  add(SHEETS.clusters, HEADERS.clusters, ['Cụm thi đua số 1'])
  add(SHEETS.units, HEADERS.units, ['Xã Tú Đoạn', 'Xã', 'Cụm thi đua số 1'])
  add(SHEETS.accounts, HEADERS.accounts, [
    'Nguyễn Văn An',
    'canbo.tudoan@example.gov.vn',
    'Cán bộ đơn vị',
    'Xã Tú Đoạn',
  ])
  return Buffer.from(await book.xlsx.writeBuffer())
}
