/**
 * The few pdfmake 0.2 server-side APIs the seed uses; the package ships no typings and
 * @types/pdfmake is not installed. Document definitions stay loosely typed on purpose.
 */
declare module 'pdfmake' {
  import type { Readable } from 'node:stream'

  export type FontDescriptor = {
    normal: Buffer | string
    bold: Buffer | string
    italics: Buffer | string
    bolditalics: Buffer | string
  }

  export type PdfKitDocument = Readable & { end: () => void }

  export default class PdfPrinter {
    constructor(fonts: Record<string, FontDescriptor>)
    createPdfKitDocument(definition: Record<string, unknown>): PdfKitDocument
  }
}

declare module 'pdfmake/build/vfs_fonts.js' {
  const vfs: Record<string, string>
  export default vfs
}
