import { docxTables, mainDocumentPath, type Grid } from './docx'
import { DAMAGED, ImportError } from './errors'
import { findHeader, readRows, type ImportedRow } from './template'
import { isZip, ZipReader } from './zip'
import { xlsxGrids } from './xlsx'

export const MAX_FILE_BYTES = 10 * 1024 * 1024

export type FileKind = 'docx' | 'xlsx'

const TOO_BIG =
  'Tệp từ 10 MB trở lên không được nhận. Danh sách chỉ cần chữ: hãy xóa ảnh trong tệp hoặc chia thành nhiều tệp nhỏ hơn.'
const OLD_OR_LOCKED =
  'Đây là tệp Word/Excel đời cũ (.doc, .xls) hoặc tệp đã đặt mật khẩu. Hãy mở bằng Word/Excel, bỏ mật khẩu nếu có, rồi lưu lại dạng .docx hoặc .xlsx (Tệp → Lưu thành).'
const MACROS =
  'Tệp có macro (.docm, .xlsm) không được nhận. Hãy lưu lại dạng "Tài liệu Word (.docx)" hoặc "Sổ làm việc Excel (.xlsx)" rồi tải lên.'
const NOT_OFFICE =
  'Chỉ nhận tệp Word (.docx) hoặc Excel (.xlsx). Hãy mở tệp bằng Word hoặc Excel và lưu lại dạng .docx hoặc .xlsx.'

const startsWith = (data: Uint8Array, bytes: number[]) => bytes.every((b, i) => data[i] === b)

/**
 * Opens an uploaded file as an Office package: refuses by content (not by name) what is not a
 * .docx or .xlsx, what is too big, encrypted, macro-enabled or a zip bomb.
 */
export function openPackage(data: Uint8Array, fileName = ''): { kind: FileKind; zip: ZipReader } {
  if (data.length === 0) throw new ImportError('Tệp rỗng: hãy chọn tệp danh sách.')
  if (data.length >= MAX_FILE_BYTES) throw new ImportError(TOO_BIG)
  if (/\.(docm|dotm|xlsm|xltm|xlam)$/i.test(fileName)) throw new ImportError(MACROS)
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new ImportError(OLD_OR_LOCKED)
  }
  if (startsWith(data, [0x7b, 0x5c, 0x72, 0x74, 0x66])) {
    throw new ImportError(
      'Tệp RTF không được nhận. Hãy mở bằng Word và lưu lại dạng "Tài liệu Word (.docx)".',
    )
  }
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46])) {
    throw new ImportError(
      'Tệp PDF không đọc được thành danh sách. Hãy tải lên tệp Word (.docx) hoặc Excel (.xlsx) gốc.',
    )
  }
  if (!isZip(data)) throw new ImportError(NOT_OFFICE)
  const zip = new ZipReader(data)
  // Every entry is inflated once under the caps before any parser sees the package.
  zip.verifyAll()
  const types = zip.text('[Content_Types].xml') ?? ''
  if (
    /macroEnabled/i.test(types) ||
    [...zip.entries.keys()].some((name) => /vbaProject\.bin$/i.test(name))
  ) {
    throw new ImportError(MACROS)
  }
  if (zip.has('EncryptedPackage')) throw new ImportError(OLD_OR_LOCKED)
  if (zip.has('xl/workbook.xml')) return { kind: 'xlsx', zip }
  if (mainDocumentPath(zip)) return { kind: 'docx', zip }
  throw new ImportError(NOT_OFFICE)
}

export type ParsedList = { kind: FileKind; rows: ImportedRow[] }

/** The rows of a unit's list, from the first table (or sheet) laid out as the template. */
export async function readListFile(
  data: Uint8Array,
  fileName = '',
  now = new Date(),
): Promise<ParsedList> {
  const { kind, zip } = openPackage(data, fileName)
  let grids: Grid[]
  if (kind === 'docx') {
    const path = mainDocumentPath(zip)
    const xml = path ? zip.text(path) : null
    if (!xml) throw new ImportError(DAMAGED)
    grids = docxTables(xml)
  } else {
    grids = await xlsxGrids(Buffer.from(data.buffer, data.byteOffset, data.byteLength))
  }
  for (const grid of grids) {
    const header = findHeader(grid)
    if (header) return { kind, rows: readRows(grid, header, now) }
  }
  throw new ImportError(
    kind === 'docx'
      ? 'Không tìm thấy bảng danh sách theo mẫu trong tệp Word. Bảng cần có hàng tiêu đề với các cột "Tên tập thể / Họ và tên cá nhân" và "Thành tích tiêu biểu" (như mẫu danh sách giới thiệu gương điển hình tiên tiến).'
      : 'Không tìm thấy hàng tiêu đề theo mẫu trong bảng tính. Hàng tiêu đề cần có các cột "Tên tập thể / Họ và tên cá nhân" và "Thành tích tiêu biểu" (như mẫu danh sách giới thiệu gương điển hình tiên tiến).',
  )
}
