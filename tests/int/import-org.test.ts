/**
 * The organisation from a spreadsheet (npm run import:org): clusters, units and accounts with
 * references by name; every error (Vietnamese, with sheet and row) found before anything is
 * written; a second run adds nothing; new accounts log in with their temporary password.
 */
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'

import { importOrganisation, organisationTemplate, readOrganisation } from '@/import/organisation'

import { testPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

async function workbook(sheets: Record<string, string[][]>): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name)
    for (const row of rows) sheet.addRow(row)
  }
  return Buffer.from(await book.xlsx.writeBuffer())
}

const count = async (collection: 'clusters' | 'units' | 'users') =>
  (await payload.count({ collection, overrideAccess: true })).totalDocs

const GOOD = {
  'Cụm thi đua': [['Tên cụm thi đua'], ['Cụm các xã vùng cao'], ['Cụm khối cơ quan']],
  'Đơn vị': [
    ['Tên đơn vị', 'Loại', 'Cụm thi đua'],
    ['Xã Mẫu Sơn', 'Xã', 'Cụm các xã vùng cao'],
    ['Thị trấn Lộc Bình', 'thị trấn', 'Cụm các xã vùng cao'],
    ['Phòng Giáo dục và Đào tạo', 'Cơ quan', 'cụm khối cơ quan'],
  ],
  'Tài khoản': [
    ['Họ và tên', 'Email', 'Vai trò', 'Đơn vị'],
    ['Hoàng Thị Lan', 'Lan.HT@xa.gov.vn', 'Cán bộ đơn vị', 'Xã Mẫu Sơn'],
    ['Nông Văn Bình', 'binh.nv@xa.gov.vn', 'Biên tập viên', ''],
  ],
}

describe('importing the organisation from a spreadsheet', () => {
  it('refuses a file with mistakes, says where, and writes nothing', async () => {
    const { rows, errors } = await readOrganisation(
      await workbook({
        'Đơn vị': [
          ['Tên đơn vị', 'Loại', 'Cụm thi đua'],
          ['Xã Tú Đoạn', 'Phường', ''],
        ],
        'Tài khoản': [
          ['Họ và tên', 'Email', 'Vai trò', 'Đơn vị'],
          ['Lý Văn Cường', 'khong-phai-email', 'Cán bộ đơn vị', ''],
          ['Lý Văn Dũng', 'dung@xa.gov.vn', 'Trưởng phòng', 'Xã Tú Đoạn'],
        ],
      }),
    )
    expect(errors).toEqual([
      'Trang "Đơn vị", dòng 2: loại "Phường" không hợp lệ (Cơ quan, đơn vị; Xã; Thị trấn; Khác).',
      'Trang "Tài khoản", dòng 2: email "khong-phai-email" không hợp lệ.',
      'Trang "Tài khoản", dòng 2: Cán bộ đơn vị phải có đơn vị.',
      'Trang "Tài khoản", dòng 3: vai trò "Trưởng phòng" không hợp lệ (Quản trị; Biên tập; Cán bộ đơn vị).',
    ])
    expect(rows.units).toEqual([])

    const unknownUnit = await readOrganisation(
      await workbook({
        'Tài khoản': [
          ['Họ và tên', 'Email', 'Vai trò', 'Đơn vị'],
          ['Lý Văn Dũng', 'dung@xa.gov.vn', 'Cán bộ đơn vị', 'Xã Không Có'],
        ],
      }),
    )
    expect(unknownUnit.errors).toEqual([])
    const report = await importOrganisation(payload, unknownUnit.rows)
    expect(report.errors).toEqual([
      'Trang "Tài khoản", dòng 2: không có đơn vị "Xã Không Có".',
      // The first account would become admin: an administrator must exist first.
      'Chưa có tài khoản quản trị: tạo trước (ADMIN_EMAIL và ADMIN_PASSWORD, hoặc npm run setup) rồi nhập tài khoản.',
    ])
    expect(await count('users')).toBe(0)

    expect((await readOrganisation(Buffer.from('không phải excel'))).errors).toEqual([
      'Không đọc được tệp: cần một bảng tính Excel (.xlsx).',
    ])
  })

  it('imports clusters, units and accounts, linked by name; a second run adds nothing', async () => {
    await payload.create({
      collection: 'users',
      data: {
        email: 'quantri@xa.gov.vn',
        password: 'mat-khau-quan-tri',
        fullName: 'Quản trị',
        role: 'admin',
      },
      overrideAccess: true,
    })
    const { rows, errors } = await readOrganisation(await workbook(GOOD))
    expect(errors).toEqual([])
    const dry = await importOrganisation(payload, rows, { dryRun: true })
    expect(dry.errors).toEqual([])
    expect(await count('units')).toBe(0)

    const report = await importOrganisation(payload, rows)
    expect(report.errors).toEqual([])
    expect(report.created).toEqual({ clusters: 2, units: 3, accounts: 2 })

    const { docs: units } = await payload.find({
      collection: 'units',
      depth: 1,
      sort: 'name',
      overrideAccess: true,
    })
    expect(
      units.map((unit) => [
        unit.name,
        unit.kind,
        typeof unit.cluster === 'object' ? unit.cluster?.name : unit.cluster,
      ]),
    ).toEqual([
      ['Phòng Giáo dục và Đào tạo', 'agency', 'Cụm khối cơ quan'],
      ['Thị trấn Lộc Bình', 'town', 'Cụm các xã vùng cao'],
      ['Xã Mẫu Sơn', 'commune', 'Cụm các xã vùng cao'],
    ])

    const lan = report.passwords.find((entry) => entry.email === 'lan.ht@xa.gov.vn')!
    const { user } = await payload.login({
      collection: 'users',
      data: { email: lan.email, password: lan.password },
    })
    expect(user?.role).toBe('contributor')
    expect(typeof user?.unit === 'object' ? user?.unit?.name : user?.unit).toBe('Xã Mẫu Sơn')

    const again = await importOrganisation(payload, rows)
    expect(again.created).toEqual({ clusters: 0, units: 0, accounts: 0 })
    expect(again.passwords).toEqual([])
    expect([await count('clusters'), await count('units'), await count('users')]).toEqual([2, 3, 3])
  })

  it('its template reads back without errors', async () => {
    const { rows, errors } = await readOrganisation(await organisationTemplate())
    expect(errors).toEqual([])
    expect([rows.clusters.length, rows.units.length, rows.accounts.length]).toEqual([1, 1, 1])
  })
})
