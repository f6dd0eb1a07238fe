/**
 * Files for the importer's tests: a unit's list as our own `nominations.docx` prints it, the
 * same list typed into Excel with the template's headers, and broken packages.
 */
import { deflateRawSync } from 'node:zlib'

import ExcelJS from 'exceljs'
import JSZip from 'jszip'

import { renderListDocx } from '@/reports/docx'
import type { ListRow, OfficialList } from '@/reports/lists'

export type SampleExemplar = {
  kind: 'collective' | 'individual' | 'household'
  name: string
  gender?: 'male' | 'female'
  birthYear?: number
  ethnicity?: string
  position: string
  sector: string
  summary: string
  awards: string
  note: string
}

export const SAMPLE: SampleExemplar[] = [
  {
    kind: 'collective',
    name: 'Hợp tác xã Chè Mẫu Sơn',
    position: 'Thôn Khòn Phạ, xã Mẫu Sơn',
    sector: 'Kinh tế',
    summary:
      'Liên kết 45 hộ trồng chè theo tiêu chuẩn VietGAP.\nDoanh thu năm 2021 đạt 3,2 tỷ đồng.',
    awards: 'Giấy khen của Chủ tịch UBND huyện (QĐ số 125/QĐ-UBND, UBND huyện, 2021)',
    note: 'Mô hình hay, cách làm hiệu quả',
  },
  {
    kind: 'individual',
    name: 'Lăng Văn Hùng',
    gender: 'male',
    birthYear: 1979,
    ethnicity: 'Tày',
    position: 'Trưởng thôn Nà Phai, xã Tú Đoạn',
    sector: 'Nông nghiệp, nông thôn mới',
    summary: 'Vận động 32 hộ hiến 1.200 m² đất làm đường bê tông nội thôn.',
    awards: 'Lao động tiên tiến; Bằng khen của Chủ tịch UBND tỉnh (QĐ số 88/QĐ-UBND, 2020)',
    note: 'Người tốt, việc tốt',
  },
  {
    kind: 'individual',
    name: 'Nông Thị Mai',
    gender: 'female',
    birthYear: 1988,
    ethnicity: 'Nùng',
    position: 'Giáo viên Trường Tiểu học Tú Đoạn',
    sector: 'Giáo dục - Đào tạo',
    summary: 'Dạy tiếng Việt miễn phí cho 20 trẻ em dân tộc thiểu số trước khi vào lớp 1.',
    awards: '',
    note: 'Điển hình tiên tiến',
  },
  {
    kind: 'household',
    name: 'Hộ gia đình ông Hoàng Văn Sáng',
    position: 'Thôn Bản Chu, xã Tú Đoạn',
    sector: 'Kinh tế',
    summary: 'Trồng 5 ha hồi, thu nhập trên 300 triệu đồng mỗi năm.',
    awards: 'Gia đình văn hóa năm 2021',
    note: 'Nhân tố mới',
  },
]

const GROUP_LABELS = { collective: 'TẬP THỂ', individual: 'CÁ NHÂN', household: 'HỘ GIA ĐÌNH' }

function listRow(e: SampleExemplar): ListRow {
  const year = e.birthYear ? String(e.birthYear) : ''
  return {
    name: e.name,
    birthMale: e.gender === 'male' ? year : '',
    birthFemale: e.gender === 'female' ? year : '',
    ethnicity: e.ethnicity ?? '',
    position: e.position,
    sectorMovement: e.sector,
    summary: e.summary,
    awards: e.awards,
    note: e.note,
  }
}

/** The list as `nominations.docx` lays it out (optionally the compilation, with unit headings). */
export async function sampleDocx(
  items: SampleExemplar[] = SAMPLE,
  { unitHeading }: { unitHeading?: string } = {},
): Promise<Buffer> {
  const groups = (['collective', 'individual', 'household'] as const)
    .map((kind) => items.filter((e) => e.kind === kind))
    .filter((members) => members.length)
    .map((members, i) => ({
      label: `${['I', 'II', 'III'][i]}. ${GROUP_LABELS[members[0].kind]}`,
      sections: [{ heading: unitHeading ?? null, rows: members.map(listRow) }],
    }))
  const list: OfficialList = {
    parentBody: ['ỦY BAN NHÂN DÂN HUYỆN THỬ NGHIỆM'],
    issuer: ['XÃ TÚ ĐOẠN'],
    title: 'DANH SÁCH',
    subtitle: 'Giới thiệu mô hình, gương điển hình tiên tiến tháng 07/2022',
    attachment: '(Kèm theo Công văn số …… ngày …… tháng …… năm …… của Xã Tú Đoạn)',
    groups,
    total: items.length,
    dateLine: 'Tú Đoạn, ngày 05 tháng 8 năm 2022',
    signatures: {
      left: { title: 'Người lập biểu', hint: '(Ký, ghi rõ họ tên)' },
      right: { lines: ['THỦ TRƯỞNG ĐƠN VỊ'], hint: '(Ký, ghi rõ họ tên, đóng dấu)', name: '' },
    },
    documentTitle: 'Danh sách',
    fileBase: { ascii: 'danh-sach', utf8: 'Danh sách' },
  }
  return renderListDocx(list)
}

/** The same list as a unit types it in Excel: one header row, Nam / Nữ under Năm sinh. */
export async function sampleXlsx(items: SampleExemplar[] = SAMPLE): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Danh sách')
  sheet.addRow(['DANH SÁCH GIỚI THIỆU GƯƠNG ĐIỂN HÌNH TIÊN TIẾN THÁNG 7/2022'])
  sheet.mergeCells('A1:J1')
  sheet.addRow([])
  sheet.addRow([
    'STT',
    'Tên tập thể / Họ và tên cá nhân',
    'Năm sinh',
    '',
    'Dân tộc',
    'Chức vụ, đơn vị công tác / Địa chỉ',
    'Lĩnh vực / Phong trào thi đua',
    'Thành tích tiêu biểu (tóm tắt)',
    'Hình thức khen thưởng đã đạt',
    'Ghi chú',
  ])
  sheet.mergeCells('C3:D3')
  sheet.addRow(['', '', 'Nam', 'Nữ'])
  let group = 0
  for (const kind of ['collective', 'individual', 'household'] as const) {
    const members = items.filter((e) => e.kind === kind)
    if (!members.length) continue
    sheet.addRow([['I', 'II', 'III'][group++], GROUP_LABELS[kind]])
    members.forEach((e, i) =>
      sheet.addRow([
        i + 1,
        e.name,
        e.gender === 'male' ? e.birthYear : '',
        e.gender === 'female' ? e.birthYear : '',
        e.ethnicity ?? '',
        e.position,
        e.sector,
        e.summary,
        e.awards,
        e.note,
      ]),
    )
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** A zip with the given entries (stored or deflated as JSZip chooses). */
export async function zipOf(entries: Record<string, string | Uint8Array>): Promise<Buffer> {
  const zip = new JSZip()
  for (const [name, content] of Object.entries(entries)) zip.file(name, content)
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}

/** A docx whose body is `bodyXml`. */
export async function docxWithBody(bodyXml: string): Promise<Buffer> {
  return zipOf({
    '[Content_Types].xml':
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${bodyXml}</w:body></w:document>`,
  })
}

/** A zip of one deflated entry whose headers claim `declared` bytes. */
export function lyingZip(name: string, content: Buffer, declared: number): Buffer {
  const data = deflateRawSync(content)
  const nameBytes = Buffer.from(name)
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(20, 4)
  local.writeUInt16LE(8, 8)
  local.writeUInt32LE(data.length, 18)
  local.writeUInt32LE(declared, 22)
  local.writeUInt16LE(nameBytes.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(20, 6)
  central.writeUInt16LE(8, 10)
  central.writeUInt32LE(data.length, 20)
  central.writeUInt32LE(declared, 24)
  central.writeUInt16LE(nameBytes.length, 28)
  central.writeUInt32LE(0, 42)
  const cdOffset = local.length + nameBytes.length + data.length
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(central.length + nameBytes.length, 12)
  end.writeUInt32LE(cdOffset, 16)
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end])
}
