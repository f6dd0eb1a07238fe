/** A file the importer cannot use: answered 400 with this Vietnamese message, nothing created. */
export class ImportError extends Error {
  readonly status: number
  constructor(message: string, status = 400) {
    super(message)
    this.name = 'ImportError'
    this.status = status
  }
}

export const DAMAGED =
  'Tệp bị hỏng hoặc không phải tài liệu Word (.docx) / Excel (.xlsx) hợp lệ. Hãy mở tệp bằng Word hoặc Excel, lưu lại rồi tải lên lần nữa.'
