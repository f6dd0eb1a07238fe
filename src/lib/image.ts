import sharp from 'sharp'

/** Formats accepted for images, decided by content (sharp reads the header), never by name. */
export const IMAGE_FORMATS = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heif: 'image/avif',
} as const

export function extensionOf(mimeType: string): string {
  return { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' }[mimeType] ?? 'avif'
}

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024
/** Larger images are refused before decoding (decompression bombs). */
export const MAX_IMAGE_PIXELS = 40_000_000

/**
 * HTML or script markup anywhere in the bytes (JPEG comments, PNG text chunks, data after the
 * end marker). XMP metadata is XML but contains none of these, so real photos pass.
 */
const MARKUP = /<(script|html|body|iframe|svg|object|embed)[\s>/]|<!doctype\s+html|javascript:/i

export function containsMarkup(data: Buffer): boolean {
  return MARKUP.test(data.toString('latin1'))
}

export type ImageCheck =
  | { ok: true; mimeType: string; width: number; height: number }
  | { ok: false; reason: 'format' | 'dimensions' }

export async function inspectImage(data: Buffer): Promise<ImageCheck> {
  try {
    const meta = await sharp(data, { limitInputPixels: false }).metadata()
    const format = meta.format as keyof typeof IMAGE_FORMATS | undefined
    const mimeType = format ? IMAGE_FORMATS[format] : undefined
    // sharp reports AVIF and HEIC alike as heif; only AVIF's brand is accepted.
    if (!mimeType || (format === 'heif' && meta.compression !== 'av1'))
      return { ok: false, reason: 'format' }
    const { width = 0, height = 0 } = meta
    if (!width || !height || width * height > MAX_IMAGE_PIXELS)
      return { ok: false, reason: 'dimensions' }
    return { ok: true, mimeType, width, height }
  } catch {
    return { ok: false, reason: 'format' }
  }
}

/**
 * Re-encodes an accepted image without its metadata (EXIF GPS, camera serials), applying the
 * EXIF orientation first so the picture still stands the right way up.
 */
export async function stripMetadata(data: Buffer, mimeType: string): Promise<Buffer> {
  const image = sharp(data, { limitInputPixels: MAX_IMAGE_PIXELS }).rotate()
  switch (mimeType) {
    case 'image/jpeg':
      return image.jpeg({ quality: 90, mozjpeg: true }).toBuffer()
    case 'image/png':
      return image.png({ compressionLevel: 9 }).toBuffer()
    case 'image/webp':
      return image.webp({ quality: 90 }).toBuffer()
    default:
      return image.avif({ quality: 70 }).toBuffer()
  }
}
