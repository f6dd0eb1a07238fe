import { describe, expect, it } from 'vitest'

import { ImportError } from '@/import/errors'
import { readListFile } from '@/import/read'
import { columnOf, parseAwards, readYear } from '@/import/template'

import { SAMPLE, sampleDocx, sampleXlsx } from '../helpers/import-files'

const NOW = new Date('2022-08-01T00:00:00Z')

function expectSample(rows: Awaited<ReturnType<typeof readListFile>>['rows']) {
  expect(rows.map((r) => r.name)).toEqual(SAMPLE.map((e) => e.name))
  expect(rows.map((r) => r.kind)).toEqual(SAMPLE.map((e) => e.kind))
  expect(rows.map((r) => r.gender)).toEqual(SAMPLE.map((e) => e.gender ?? null))
  expect(rows.map((r) => r.birthYear)).toEqual(SAMPLE.map((e) => e.birthYear ?? null))
  expect(rows.map((r) => r.position)).toEqual(SAMPLE.map((e) => e.position))
  expect(rows.map((r) => r.summary)).toEqual(SAMPLE.map((e) => e.summary))
  expect(rows.map((r) => r.ethnicity)).toEqual(SAMPLE.map((e) => e.ethnicity ?? ''))
  expect(rows.map((r) => r.category)).toEqual([
    'good-model',
    'good-deeds',
    'advanced',
    'new-factor',
  ])
  expect(rows.map((r) => r.sector)).toEqual(['economy', 'agriculture', 'education', 'economy'])
  expect(rows.every((r) => r.problems.length === 0)).toBe(true)
  expect(rows[0].awards).toEqual([
    {
      title: 'Giấy khen của Chủ tịch UBND huyện',
      decisionNo: '125/QĐ-UBND',
      issuer: 'UBND huyện',
      year: 2021,
    },
  ])
  expect(rows[1].awards).toEqual([
    { title: 'Lao động tiên tiến' },
    { title: 'Bằng khen của Chủ tịch UBND tỉnh', decisionNo: '88/QĐ-UBND', year: 2020 },
  ])
}

describe('readListFile', () => {
  it('reads back the list our own nominations.docx prints', async () => {
    const { kind, rows } = await readListFile(await sampleDocx(), 'danh-sach.docx', NOW)
    expect(kind).toBe('docx')
    expectSample(rows)
  })

  it('skips the unit headings of the compilation', async () => {
    const { rows } = await readListFile(
      await sampleDocx(SAMPLE, { unitHeading: 'Xã Tú Đoạn' }),
      '',
      NOW,
    )
    expectSample(rows)
  })

  it('reads the same list typed in Excel with the template headers', async () => {
    const { kind, rows } = await readListFile(await sampleXlsx(), 'danh-sach.xlsx', NOW)
    expect(kind).toBe('xlsx')
    expectSample(rows)
  })

  it('reports each row’s problems in Vietnamese', async () => {
    const rows = await readListFile(
      await sampleDocx([
        { ...SAMPLE[1], name: '' },
        { ...SAMPLE[2], summary: '' },
        { ...SAMPLE[2], name: 'Vi Văn Tám', birthYear: undefined, gender: undefined },
      ]),
      '',
      NOW,
    ).then((r) => r.rows)
    expect(rows[0].problems).toEqual(['Thiếu tên tập thể / họ và tên cá nhân.'])
    expect(rows[1].problems).toEqual(['Thiếu thành tích tiêu biểu.'])
    expect(rows[2].problems).toEqual([])
  })

  it('refuses a docx without a table laid out as the template', async () => {
    const { docxWithBody } = await import('../helpers/import-files')
    const file = await docxWithBody('<w:p><w:r><w:t>Xin chào</w:t></w:r></w:p>')
    await expect(readListFile(file)).rejects.toThrow(/Không tìm thấy bảng danh sách/)
  })
})

describe('template pieces', () => {
  it.each([
    ['STT', 'stt'],
    ['Tên tập thể / Họ và tên cá nhân', 'name'],
    ['Năm sinh', 'birthYear'],
    ['Năm sinh (Nam / Nữ)', 'birthYear'],
    ['Năm sinh Nam', 'birthMale'],
    ['Năm sinh - Nữ', 'birthFemale'],
    ['Nữ', 'birthFemale'],
    ['Chức vụ, đơn vị công tác / Địa chỉ', 'position'],
    ['Lĩnh vực / Phong trào thi đua', 'sectorMovement'],
    ['Thành tích tiêu biểu (tóm tắt)', 'summary'],
    ['Hình thức khen thưởng đã đạt', 'awards'],
    ['Ghi chú', 'note'],
    ['Dân tộc', 'ethnicity'],
    ['Giới tính', 'gender'],
    ['Ảnh', null],
  ])('column %s → %s', (label, column) => {
    expect(columnOf(label)).toBe(column)
  })

  it('reads years and says when one is not a year', () => {
    expect(readYear('1985', NOW)).toEqual({ year: 1985, problem: null })
    expect(readYear('khoảng 1970', NOW).problem).toMatch(/không phải là một năm/)
    expect(readYear('85', NOW).problem).toMatch(/không phải là một năm/)
    expect(readYear('2031', NOW).problem).toMatch(/không phải là một năm/)
  })

  it('keeps awards it cannot parse as text', () => {
    expect(parseAwards('Chiến sĩ thi đua cơ sở năm 2021\n- Giấy khen (xem hồ sơ)')).toEqual([
      { title: 'Chiến sĩ thi đua cơ sở năm 2021', year: 2021 },
      { title: 'Giấy khen', issuer: 'xem hồ sơ' },
    ])
  })

  it('ImportError carries a 400', () => {
    expect(new ImportError('x').status).toBe(400)
  })
})
