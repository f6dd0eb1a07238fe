import { inflateRawSync } from 'node:zlib'

import { DAMAGED, ImportError } from './errors'

/**
 * A reader for the zip container of .docx and .xlsx files that refuses what it should not
 * inflate: sizes are checked from the central directory before anything is inflated (each
 * entry and the total are capped), and inflation itself stops at the declared size, so an entry
 * that lies about its size cannot grow past it. Encrypted entries, ZIP64 and methods other
 * than stored/deflate are refused. Everything malformed throws an ImportError.
 */

export type ZipLimits = { maxEntries: number; maxEntryBytes: number; maxTotalBytes: number }

export const ZIP_LIMITS: ZipLimits = {
  maxEntries: 2000,
  maxEntryBytes: 25 * 1024 * 1024,
  maxTotalBytes: 60 * 1024 * 1024,
}

export type ZipEntry = {
  name: string
  method: number
  compressedSize: number
  size: number
  dataOffset: number
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

const BOMB =
  'Tệp nén có dung lượng giải nén quá lớn (có thể là "bom nén"). Hãy lưu lại tài liệu bằng Word hoặc Excel rồi tải lên lần nữa.'

export function isZip(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 3 && data[3] === 4
}

export class ZipReader {
  readonly entries = new Map<string, ZipEntry>()
  private readonly data: Buffer

  constructor(data: Uint8Array, limits: ZipLimits = ZIP_LIMITS) {
    this.data = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
    const buf = this.data
    const eocd = findEndOfCentralDirectory(buf)
    const count = buf.readUInt16LE(eocd + 10)
    const cdSize = buf.readUInt32LE(eocd + 12)
    const cdOffset = buf.readUInt32LE(eocd + 16)
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      throw new ImportError(BOMB)
    }
    if (count > limits.maxEntries) throw new ImportError(BOMB)
    if (cdOffset + cdSize > buf.length) throw new ImportError(DAMAGED)
    let at = cdOffset
    let total = 0
    for (let i = 0; i < count; i++) {
      if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) throw new ImportError(DAMAGED)
      const flags = buf.readUInt16LE(at + 8)
      const method = buf.readUInt16LE(at + 10)
      const compressedSize = buf.readUInt32LE(at + 20)
      const size = buf.readUInt32LE(at + 24)
      const nameLength = buf.readUInt16LE(at + 28)
      const extraLength = buf.readUInt16LE(at + 30)
      const commentLength = buf.readUInt16LE(at + 32)
      const localOffset = buf.readUInt32LE(at + 42)
      if (at + 46 + nameLength > buf.length) throw new ImportError(DAMAGED)
      const name = buf.toString('utf8', at + 46, at + 46 + nameLength)
      at += 46 + nameLength + extraLength + commentLength
      if (flags & 0x1) {
        throw new ImportError(
          'Tệp đã được đặt mật khẩu. Hãy mở tệp, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu), lưu lại rồi tải lên.',
        )
      }
      if (compressedSize === 0xffffffff || size === 0xffffffff) throw new ImportError(BOMB)
      if (size > limits.maxEntryBytes) throw new ImportError(BOMB)
      total += size
      if (total > limits.maxTotalBytes) throw new ImportError(BOMB)
      if (method !== 0 && method !== 8) throw new ImportError(DAMAGED)
      if (method === 0 && size !== compressedSize) throw new ImportError(DAMAGED)
      if (localOffset + 30 > buf.length || buf.readUInt32LE(localOffset) !== LOCAL) {
        throw new ImportError(DAMAGED)
      }
      const dataOffset =
        localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28)
      if (dataOffset + compressedSize > buf.length) throw new ImportError(DAMAGED)
      if (name.endsWith('/')) continue
      this.entries.set(name, { name, method, compressedSize, size, dataOffset })
    }
  }

  has(name: string): boolean {
    return this.entries.has(name)
  }

  /** The entry's bytes, never more than its declared size; null when there is no such entry. */
  read(name: string): Buffer | null {
    const entry = this.entries.get(name)
    if (!entry) return null
    const raw = this.data.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize)
    if (entry.method === 0) return Buffer.from(raw)
    let out: Buffer
    try {
      // One byte of room: an entry that inflates past its declared size is caught below.
      out = inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.size + 1) })
    } catch (error) {
      if (error instanceof RangeError) throw new ImportError(BOMB)
      throw new ImportError(DAMAGED)
    }
    if (out.length !== entry.size) throw new ImportError(out.length > entry.size ? BOMB : DAMAGED)
    return out
  }

  text(name: string): string | null {
    const bytes = this.read(name)
    return bytes === null ? null : bytes.toString('utf8')
  }

  /** Inflates every entry once, under the caps: after this the container is proven harmless. */
  verifyAll(): void {
    for (const name of this.entries.keys()) this.read(name)
  }
}

function findEndOfCentralDirectory(buf: Buffer): number {
  const min = Math.max(0, buf.length - 22 - 0xffff)
  for (let at = buf.length - 22; at >= min; at--) {
    if (buf.readUInt32LE(at) === EOCD) return at
  }
  throw new ImportError(DAMAGED)
}
