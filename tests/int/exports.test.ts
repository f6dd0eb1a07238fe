/**
 * The lists and the workbook, opened and read back: Word XML (heading, groups, font, landscape),
 * the PDF's text, the workbook's sheets, frozen header and number cells.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'

import { reportEndpoints } from '@/reports/endpoints'

import { as, createFixtures, testPayload, validExemplar, type Fixtures } from '../helpers/payload'
import { expectVietnamese } from '../helpers/access'

let f: Fixtures

async function call(endpoint: string, query: Record<string, string>, user?: unknown) {
  const found = reportEndpoints.find((e) => e.path === `/reports/${endpoint}`)
  if (!found) throw new Error(`no endpoint ${endpoint}`)
  const response = await found.handler({
    payload: f.payload,
    user: user ?? null,
    searchParams: new URLSearchParams(query),
    query,
  } as never)
  const body = Buffer.from(await response.arrayBuffer())
  return { status: response.status, headers: response.headers, body }
}

async function documentXml(body: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(body)
  return (await zip.file('word/document.xml')!.async('string')).normalize('NFC')
}

/** The text of a Word document, run by run (Word splits text into runs). */
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n')

async function exemplar(unit: number | string, data: Record<string, unknown>) {
  const published = data.reviewState === 'published'
  return f.payload.create({
    collection: 'exemplars',
    data: validExemplar({
      unit,
      period: '2022-06',
      consent: true,
      _status: published ? 'published' : 'draft',
      submittedAt: '2022-07-01T02:00:00.000Z',
      ...data,
    }) as never,
    overrideAccess: true,
    context: { workflowTransition: true },
  })
}

beforeAll(async () => {
  f = await createFixtures(await testPayload())
  await f.payload.updateGlobal({
    slug: 'site-settings',
    data: {
      authorityName: 'Ủy ban nhân dân huyện Lộc Bình',
      compilingOffice: 'Phòng Nội vụ',
      placeName: 'Lộc Bình',
      issuingUnitCode: 'UBND-NV',
      signerAuthority: 'KT. CHỦ TỊCH',
      signerTitle: 'PHÓ CHỦ TỊCH',
      signerName: 'Lộc Văn Thành',
    },
  })
  const movement = await f.payload.create({
    collection: 'movements',
    data: { name: 'Dân vận khéo' } as never,
  })
  await exemplar(f.unitA.id, {
    kind: 'collective',
    name: 'Chi hội Phụ nữ thôn Nà Pàn',
    reviewState: 'published',
    movement: movement.id,
    awards: [{ title: 'Giấy khen của Chủ tịch UBND huyện', decisionNo: '123/QĐ-UBND', year: 2021 }],
  })
  await exemplar(f.unitA.id, {
    name: 'Hoàng Văn Khánh',
    gender: 'male',
    birthYear: 1975,
    ethnicity: 'Tày',
    reviewState: 'published',
    provincialStatus: 'proposed',
    contactPhone: '0912345678',
    address: 'Thôn Bí mật',
  })
  await exemplar(f.unitA.id, {
    name: 'Lăng Thị Mai',
    gender: 'female',
    birthYear: 1988,
    reviewState: 'submitted',
  })
  await exemplar(f.unitA.id, {
    kind: 'household',
    name: 'Hộ ông Vi Văn Sáng',
    reviewState: 'submitted',
  })
  await exemplar(f.unitA.id, { name: 'Nông Văn Nháp', reviewState: 'draft', submittedAt: null })
  await exemplar(f.unitB.id, {
    name: 'Triệu Thị Hồng',
    gender: 'female',
    birthYear: 1990,
    reviewState: 'published',
  })
})

describe('nominations.docx', () => {
  it("lays out the district's June list per Decree 30 (editor: published only, grouped, by unit)", async () => {
    const { status, headers, body } = await call(
      'nominations.docx',
      { period: '2022-06' },
      as(f.editor),
    )
    expect(status).toBe(200)
    expect(headers.get('content-type')).toContain('wordprocessingml')
    const disposition = headers.get('content-disposition')!
    expect(disposition).toMatch(/filename="danh-sach-gioi-thieu-2022-06\.docx"/)
    expect(disposition).toContain("filename*=UTF-8''Danh%20s%C3%A1ch")
    const xml = await documentXml(body)
    const text = textOf(xml)
    for (const expected of [
      'ỦY BAN NHÂN DÂN\nHUYỆN LỘC BÌNH\nPHÒNG NỘI VỤ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'DANH SÁCH',
      'Giới thiệu mô hình, gương điển hình tiên tiến tháng 06/2022',
      'Tên tập thể / Họ và tên cá nhân',
      'Thành tích tiêu biểu (tóm tắt)',
      'Hình thức khen thưởng đã đạt',
      'Người lập biểu',
      'THỦ TRƯỞNG ĐƠN VỊ',
      'Chi hội Phụ nữ thôn Nà Pàn',
      'Hoàng Văn Khánh',
      'Triệu Thị Hồng',
      'Dân vận khéo',
      'Giấy khen của Chủ tịch UBND huyện (QĐ số 123/QĐ-UBND, 2021)',
    ]) {
      expect(text).toContain(expected)
    }
    // A past period is dated on its deadline (day 5 of the next month).
    expect(text).toContain('Lộc Bình, ngày 05 tháng 7 năm 2022')
    // Groups in order; the household was only submitted, so the district list has none.
    expect(text.indexOf('I. TẬP THỂ')).toBeGreaterThan(-1)
    expect(text.indexOf('II. CÁ NHÂN')).toBeGreaterThan(text.indexOf('I. TẬP THỂ'))
    expect(text).not.toContain('HỘ GIA ĐÌNH')
    // Compiled by unit within each group.
    expect(text).toContain(f.unitA.name)
    expect(text).toContain(f.unitB.name)
    // Not sent or not accepted, and never private fields.
    for (const absent of ['Nông Văn Nháp', 'Lăng Thị Mai', '0912345678', 'Thôn Bí mật']) {
      expect(text).not.toContain(absent)
    }
    expect(xml).toContain('w:orient="landscape"')
    const zip = await JSZip.loadAsync(body)
    const styles = await zip.file('word/styles.xml')!.async('string')
    expect(styles + xml).toContain('Times New Roman')
    // Rules under the issuing body and the motto: top borders of small paragraphs below the
    // text (a bottom border sits on the text like an underline).
    expect(xml).toMatch(/<w:pBdr><w:top w:val="single"/)
    // 13 pt table text; page numbers in the header from page 2 (a different first page).
    expect(xml).toContain('<w:sz w:val="26"/>')
    expect(xml).toContain('<w:titlePg/>')
    const pageHeaders = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^word\/header\d+\.xml$/.test(name))
        .map((name) => zip.file(name)!.async('string')),
    )
    expect(pageHeaders.join('')).toContain('PAGE')
  })

  it("gives a unit's list with everything it sent (submitted or published), all three groups", async () => {
    const { status, body } = await call(
      'nominations.docx',
      { period: '2022-06', unit: String(f.unitA.id) },
      as(f.editor),
    )
    expect(status).toBe(200)
    const text = textOf(await documentXml(body))
    expect(text).toContain(f.unitA.name.toLocaleUpperCase('vi'))
    for (const name of [
      'Chi hội Phụ nữ thôn Nà Pàn',
      'Hoàng Văn Khánh',
      'Lăng Thị Mai',
      'Hộ ông Vi Văn Sáng',
    ]) {
      expect(text).toContain(name)
    }
    expect(text).toContain('III. HỘ GIA ĐÌNH')
    expect(text).not.toContain('Triệu Thị Hồng')
    expect(text).not.toContain('Nông Văn Nháp')
  })

  it("gives a contributor its own unit's list, and 403 for another unit's", async () => {
    const own = await call('nominations.docx', { period: '2022-06' }, as(f.contributorB))
    expect(own.status).toBe(200)
    const text = textOf(await documentXml(own.body))
    expect(text).toContain('Triệu Thị Hồng')
    expect(text).not.toContain('Hoàng Văn Khánh')
    const named = await call(
      'nominations.docx',
      { period: '2022-06', unit: String(f.unitB.id) },
      as(f.contributorB),
    )
    expect(named.status).toBe(200)
    for (const endpoint of ['nominations.docx', 'nominations.pdf']) {
      const other = await call(
        endpoint,
        { period: '2022-06', unit: String(f.unitA.id) },
        as(f.contributorB),
      )
      expect(other.status).toBe(403)
      expectVietnamese(JSON.parse(other.body.toString()).errors[0].message)
    }
  })

  it('keeps the template numbering: a list of individuals only still reads II. CÁ NHÂN', async () => {
    const { body } = await call(
      'nominations.docx',
      { period: '2022-06', unit: String(f.unitB.id) },
      as(f.editor),
    )
    const text = textOf(await documentXml(body))
    expect(text).toMatch(/I\. TẬP THỂ\s+Không có/)
    expect(text).toContain('II. CÁ NHÂN')
    expect(text).not.toContain('III. HỘ GIA ĐÌNH')
  })

  it("heads a commune's list with its own People's Committee, from the unit's data", async () => {
    const commune = await f.payload.create({
      collection: 'units',
      data: { name: 'Xã Tú Đoạn', kind: 'commune' },
      overrideAccess: true,
    })
    expect(commune.parentBody).toBe('Ủy ban nhân dân')
    expect(commune.placeName).toBe('Tú Đoạn')
    await exemplar(commune.id, { name: 'Hoàng Văn Tú', gender: 'male', birthYear: 1970 })
    const { body } = await call(
      'nominations.docx',
      { period: '2022-06', unit: String(commune.id), date: '2022-07-03' },
      as(f.editor),
    )
    const text = textOf(await documentXml(body))
    expect(text).toContain('ỦY BAN NHÂN DÂN\nXÃ TÚ ĐOẠN')
    expect(text).not.toContain('HUYỆN LỘC BÌNH')
    expect(text).toContain('của xã Tú Đoạn)')
    expect(text).toContain('Tú Đoạn, ngày 03 tháng 7 năm 2022')
    // An admin's data decides: the same code prints a province's department.
    await f.payload.update({
      collection: 'units',
      id: commune.id,
      data: { parentBody: 'Ủy ban nhân dân tỉnh Lạng Sơn', signerTitle: 'KT. Giám đốc' },
      overrideAccess: true,
    })
    const again = textOf(
      await documentXml(
        (
          await call(
            'nominations.docx',
            { period: '2022-06', unit: String(commune.id) },
            as(f.editor),
          )
        ).body,
      ),
    )
    expect(again).toContain('ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nXÃ TÚ ĐOẠN')
    expect(again).toContain('KT. GIÁM ĐỐC')
  })

  it("lists a returned exemplar on its unit's list, as the figures count it", async () => {
    await exemplar(f.unitB.id, {
      name: 'Lộc Thị Trả',
      gender: 'female',
      birthYear: 1992,
      reviewState: 'returned',
      period: '2022-08',
    })
    const { body } = await call(
      'nominations.docx',
      { period: '2022-08', unit: String(f.unitB.id) },
      as(f.editor),
    )
    const text = textOf(await documentXml(body))
    expect(text).toContain('Lộc Thị Trả')
    expect(text).toContain('Trả lại bổ sung')
    expect(text).toContain('Tổng số: 1 gương điển hình.')
    const figures = await call('compliance', { from: '2022-08', to: '2022-08' }, as(f.editor))
    const json = JSON.parse(figures.body.toString())
    const row = json.units.find((u: { id: unknown }) => String(u.id) === String(f.unitB.id))
    expect(row.byPeriod['2022-08'].submitted).toBe(1)
  })

  it('dates a list as asked, and answers 400 in Vietnamese to a date that is not one', async () => {
    const { body } = await call(
      'nominations.docx',
      { period: '2022-06', date: '2022-07-01' },
      as(f.editor),
    )
    expect(textOf(await documentXml(body))).toContain('Lộc Bình, ngày 01 tháng 7 năm 2022')
    for (const date of ['2022-02-30', '01/07/2022', '2022-7-1', 'hom-nay']) {
      const bad = await call('nominations.docx', { period: '2022-06', date }, as(f.editor))
      expect(bad.status).toBe(400)
      expectVietnamese(JSON.parse(bad.body.toString()).errors[0].message)
    }
  })

  it('answers 401 to anonymous users and 400 to a bad period, in Vietnamese', async () => {
    const anonymous = await call('nominations.docx', { period: '2022-06' })
    expect(anonymous.status).toBe(401)
    expectVietnamese(JSON.parse(anonymous.body.toString()).errors[0].message)
    for (const query of [{}, { period: '06/2022' }, { period: '2022-6' }] as Array<
      Record<string, string>
    >) {
      const bad = await call('nominations.docx', query, as(f.editor))
      expect(bad.status).toBe(400)
      expectVietnamese(JSON.parse(bad.body.toString()).errors[0].message)
    }
    for (const unit of ['999999', 'khong-co']) {
      const unknownUnit = await call('nominations.docx', { period: '2022-06', unit }, as(f.editor))
      expect(unknownUnit.status).toBe(404)
      expectVietnamese(JSON.parse(unknownUnit.body.toString()).errors[0].message)
    }
    const badUnit = await call(
      'nominations.docx',
      { period: '2022-06', unit: "1' OR 1=1" },
      as(f.editor),
    )
    expect(badUnit.status).toBe(400)
  })
})

describe('proposals', () => {
  it('lists only exemplars proposed to the province, signed for the authority', async () => {
    const { status, body } = await call(
      'proposals.docx',
      { from: '2022-01', to: '2022-12' },
      as(f.editor),
    )
    expect(status).toBe(200)
    const text = textOf(await documentXml(body))
    expect(text).toContain('Đề nghị giới thiệu gương điển hình tiên tiến lên tỉnh')
    expect(text).toContain('Hoàng Văn Khánh')
    expect(text).not.toContain('Chi hội Phụ nữ thôn Nà Pàn')
    expect(text).toContain('KT. CHỦ TỊCH')
    expect(text).toContain('Lộc Văn Thành')
  })

  it('is staff-only: a contributor gets 403 in Vietnamese', async () => {
    for (const endpoint of ['proposals.docx', 'proposals.pdf']) {
      const { status, body } = await call(
        endpoint,
        { from: '2022-01', to: '2022-12' },
        as(f.contributorB),
      )
      expect(status).toBe(403)
      expectVietnamese(JSON.parse(body.toString()).errors[0].message)
    }
  })

  it('answers 400 to a reversed range', async () => {
    const { status } = await call(
      'proposals.docx',
      { from: '2022-12', to: '2022-01' },
      as(f.editor),
    )
    expect(status).toBe(400)
  })
})

describe('PDF', () => {
  it.each(['nominations.pdf', 'proposals.pdf'])('%s is a PDF with the list in it', async (name) => {
    const query: Record<string, string> = name.startsWith('nominations')
      ? { period: '2022-06' }
      : { from: '2022-01', to: '2022-12' }
    const { status, headers, body } = await call(name, query, as(f.editor))
    expect(status).toBe(200)
    expect(headers.get('content-type')).toBe('application/pdf')
    expect(body.subarray(0, 5).toString()).toBe('%PDF-')
    let pdftotext = ''
    try {
      pdftotext = execFileSync('sh', ['-c', 'command -v pdftotext']).toString().trim()
    } catch {
      // not installed: the header check above stands alone
    }
    if (pdftotext) {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lantoa-pdf-')), 'list.pdf')
      fs.writeFileSync(file, body)
      const text = execFileSync(pdftotext, ['-layout', file, '-']).toString().normalize('NFC')
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
      expect(text).toContain('DANH SÁCH')
      expect(text).toContain('Hoàng Văn Khánh')
      expect(text).not.toContain('0912345678')
    }
  })
})

describe('compliance.xlsx', () => {
  it('has one sheet per view, a frozen Vietnamese header and numbers as numbers', async () => {
    const { status, headers, body } = await call(
      'compliance.xlsx',
      { from: '2022-05', to: '2022-07' },
      as(f.editor),
    )
    expect(status).toBe(200)
    expect(headers.get('content-disposition')).toContain('bao-cao-thi-dua-2022-05_2022-07.xlsx')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(body as never)
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Đơn vị theo tháng',
      'Chi tiết',
      'Cụm thi đua',
      'Tổng hợp',
    ])
    for (const sheet of book.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    }
    const grid = book.getWorksheet('Đơn vị theo tháng')!
    expect(grid.getRow(1).values).toEqual([
      undefined,
      'STT',
      'Đơn vị',
      'Cụm thi đua',
      '05/2022',
      '06/2022',
      '07/2022',
      'Tổng đã gửi',
      'Điểm',
      'Xếp hạng',
    ])
    const rowA = grid
      .getRows(2, grid.rowCount - 1)!
      .find((r) => r.getCell(2).value === f.unitA.name)!
    // Unit A sent four exemplars for June (the draft was never sent).
    expect(rowA.getCell(5).value).toBe(4)
    expect(typeof rowA.getCell(4).value).toBe('number')
    expect(typeof rowA.getCell(8).value).toBe('number')
    expect(typeof rowA.getCell(9).value).toBe('number')
    const detail = book.getWorksheet('Chi tiết')!
    const june = detail
      .getRows(2, detail.rowCount - 1)!
      .find((r) => r.getCell(1).value === f.unitA.name && r.getCell(3).value === '06/2022')!
    expect(june.getCell(4).value).toBe('Đúng hạn')
    expect(june.getCell(5).value).toBe(4)
    expect(june.getCell(8).value).toBe(2)
  })

  it('gives a contributor only its own unit', async () => {
    const { body } = await call(
      'compliance.xlsx',
      { from: '2022-06', to: '2022-06' },
      as(f.contributorB),
    )
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(body as never)
    const grid = book.getWorksheet('Đơn vị theo tháng')!
    const names = grid
      .getRows(2, grid.rowCount - 1)!
      .map((r) => r.getCell(2).value)
      .filter((v) => typeof v === 'string' && !v.startsWith('Số gương'))
    expect(names).toEqual([f.unitB.name])
  })
})
