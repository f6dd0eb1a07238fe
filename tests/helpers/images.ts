import zlib from 'node:zlib'

import sharp from 'sharp'

/** A Local API upload (`file` option of `payload.create`). */
export type Upload = { data: Buffer; mimetype: string; name: string; size: number }

export const upload = (data: Buffer, name: string, mimetype: string): Upload => ({
  data,
  mimetype,
  name,
  size: data.length,
})

/** A solid-colour picture with a little structure, so encoders have something to do. */
export async function picture(
  format: 'png' | 'jpeg' | 'webp',
  width = 2000,
  height = 1500,
): Promise<Buffer> {
  const stripe = await sharp({
    create: { width: Math.round(width / 4), height, channels: 3, background: '#c8102e' },
  })
    .png()
    .toBuffer()
  return sharp({ create: { width, height, channels: 3, background: '#ffcd00' } })
    .composite([{ input: stripe, left: 0, top: 0 }])
    .toFormat(format)
    .toBuffer()
}

/** A JPEG carrying EXIF camera data and a GPS position (Lộc Bình: 21°45′N). */
export async function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 900, channels: 3, background: '#2e7d32' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'CameraHang', Model: 'May ảnh thử' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '21/1 45/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '106/1 55/1 0/1',
      },
    })
    .toBuffer()
}

/** Whether raw EXIF (as sharp's `metadata().exif` gives it) holds a GPS IFD pointer (tag 0x8825). */
export function exifHasGps(exif: Buffer | undefined): boolean {
  if (!exif || exif.length < 8) return false
  let start = exif.indexOf('II*\0', 0, 'latin1')
  const be = exif.indexOf('MM\0*', 0, 'latin1')
  if (start < 0 || (be >= 0 && be < start)) start = be
  if (start < 0) return false
  const tiff = exif.subarray(start)
  const le = tiff[0] === 0x49
  const u16 = (at: number) => (le ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at))
  const u32 = (at: number) => (le ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at))
  const ifd0 = u32(4)
  if (ifd0 + 2 > tiff.length) return false
  const entries = u16(ifd0)
  for (let i = 0; i < entries; i++) {
    const at = ifd0 + 2 + i * 12
    if (at + 2 > tiff.length) break
    if (u16(at) === 0x8825) return true
  }
  return false
}

function crc32(buffer: Buffer): number {
  let crc = ~0
  for (const byte of buffer) {
    crc ^= byte
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1))
  }
  return ~crc >>> 0
}

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(4)
  head.writeUInt32BE(body.length)
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), body])
  const tail = Buffer.alloc(4)
  tail.writeUInt32BE(crc32(typed))
  return Buffer.concat([head, typed, tail])
}

/**
 * A valid, tiny PNG of `size`×`size` pixels (1-bit grey, all black): a decompression bomb of a
 * few tens of kilobytes that decodes to hundreds of megapixels.
 */
export function hugePng(size = 20_000): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr[8] = 1 // bit depth
  ihdr[9] = 0 // greyscale
  ihdr[10] = 0 // deflate
  ihdr[11] = 0 // adaptive filtering
  ihdr[12] = 0 // no interlace
  const rowBytes = 1 + Math.ceil(size / 8)
  const raw = Buffer.alloc(rowBytes * size) // filter 0, all pixels 0
  const idat = zlib.deflateSync(raw, { level: 9 })
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/**
 * A valid JPEG that is also a web page: `<script>` in a comment (COM) segment right after the
 * start-of-image marker, or appended after the end-of-image marker.
 */
export async function polyglotJpeg(where: 'comment' | 'appended'): Promise<Buffer> {
  const jpeg = await picture('jpeg', 200, 200)
  const markup = Buffer.from('<html><body><script>alert(document.cookie)</script></body></html>')
  if (where === 'appended') return Buffer.concat([jpeg, markup])
  const length = Buffer.alloc(2)
  length.writeUInt16BE(markup.length + 2)
  return Buffer.concat([
    jpeg.subarray(0, 2),
    Buffer.from([0xff, 0xfe]),
    length,
    markup,
    jpeg.subarray(2),
  ])
}
