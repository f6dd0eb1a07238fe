/** Points per millimetre, for pdfmake layouts. */
export const MM = 72 / 25.4

type Printer = InstanceType<typeof import('pdfmake').default>

let printer: Promise<Printer> | undefined

/**
 * pdfmake with its bundled Roboto (every Vietnamese glyph; Times New Roman is not shipped),
 * loaded on first use: pdfkit and the font files cost time the rest of the app never needs.
 */
export function getPrinter(): Promise<Printer> {
  printer ??= (async () => {
    const [{ default: PdfPrinter }, { default: vfs }] = await Promise.all([
      import('pdfmake'),
      import('pdfmake/build/vfs_fonts.js'),
    ])
    const font = (name: string) => Buffer.from(vfs[name], 'base64')
    return new PdfPrinter({
      Roboto: {
        normal: font('Roboto-Regular.ttf'),
        bold: font('Roboto-Medium.ttf'),
        italics: font('Roboto-Italic.ttf'),
        bolditalics: font('Roboto-MediumItalic.ttf'),
      },
    })
  })()
  return printer
}
