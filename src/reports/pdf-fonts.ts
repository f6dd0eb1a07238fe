import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import zlib from 'node:zlib'

import type PdfPrinter from 'pdfmake'

/**
 * Tinos (@fontsource/tinos), a serif with the advance widths of Times New Roman, for the PDF
 * lists: the Word files name Times New Roman, so the PDF sets the same text in the same
 * measure. Fontsource ships Tinos cut into Unicode subsets (latin, latin-ext, vietnamese), each
 * a WOFF file that pdfkit's fontkit reads; pdfmake cannot fall back from one font to another
 * inside a run, so every text is split into runs by the subset that carries its characters
 * (`runs`). A word cut across subsets ("Vi|ệ|t") still wraps as one word: pdfmake joins pieces
 * that have no space between them. Real bold and italic come from the 700 and italic cuts.
 * The WOFF files are unpacked to plain TrueType, and each subset's PostScript name made its
 * own ("Tinos-Regular" → "TinoV-Regular"): pdfkit keys embedded fonts by that name, so three
 * cuts sharing it were taken for one and the document never finished (its stream did not end).
 */

const SUBSETS = ['latin', 'vietnamese', 'latin-ext'] as const
type Subset = (typeof SUBSETS)[number]

const LETTER: Record<Subset, string> = { latin: 'L', vietnamese: 'V', 'latin-ext': 'E' }

const FAMILY: Record<Subset, string> = {
  latin: 'TinosLatin',
  vietnamese: 'TinosVietnamese',
  'latin-ext': 'TinosLatinExt',
}

export const PDF_FONT = FAMILY.latin

// Resolved from the app's root, where `npm start` and the tests run: the server bundle has no
// module-relative path to node_modules.
const requireFromApp = () => createRequire(path.join(process.cwd(), 'package.json'))

type Ranges = Array<[number, number]>

function parseRanges(spec: string): Ranges {
  return spec.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-')
    const start = parseInt(from, 16)
    return [start, to ? parseInt(to, 16) : start]
  })
}

let coverage: Array<[Subset, Ranges]> | undefined

function subsetOf(codePoint: number): Subset {
  coverage ??= (() => {
    const table = JSON.parse(
      fs.readFileSync(requireFromApp().resolve('@fontsource/tinos/unicode.json'), 'utf8'),
    ) as Record<string, string>
    return SUBSETS.map((subset): [Subset, Ranges] => [subset, parseRanges(table[subset] ?? '')])
  })()
  for (const [subset, ranges] of coverage) {
    if (ranges.some(([from, to]) => codePoint >= from && codePoint <= to)) return subset
  }
  return 'latin'
}

export type Run = { text: string; font: string }

/** `text` as runs of one subset's font each (NFC first: Vietnamese letters are precomposed). */
export function runs(text: string): Run[] {
  const out: Run[] = []
  for (const char of text.normalize('NFC')) {
    const font = FAMILY[subsetOf(char.codePointAt(0) ?? 0)]
    const last = out.at(-1)
    if (last && last.font === font) last.text += char
    else out.push({ text: char, font })
  }
  return out
}

/**
 * Gives a font's PostScript name (name ID 6) a letter of its own in place of its fifth
 * character, keeping every string's length.
 */
function renamePostScript(name: Buffer, letter: string): Buffer {
  const out = Buffer.from(name)
  const count = out.readUInt16BE(2)
  const strings = out.readUInt16BE(4)
  for (let i = 0; i < count; i++) {
    const at = 6 + i * 12
    const platform = out.readUInt16BE(at)
    if (out.readUInt16BE(at + 6) !== 6) continue
    const start = strings + out.readUInt16BE(at + 10)
    if (platform === 3 || platform === 0) out.writeUInt16BE(letter.charCodeAt(0), start + 8)
    else out.write(letter, start + 4, 'latin1')
  }
  return out
}

/**
 * WOFF 1.0 → the TrueType file it wraps: each table inflated when compressed, re-laid out;
 * with `letter`, the PostScript name made distinct (see above).
 */
export function woffToSfnt(woff: Buffer, letter?: string): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('Not a WOFF 1.0 font')
  const flavor = woff.readUInt32BE(4)
  const count = woff.readUInt16BE(12)
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20
    const offset = woff.readUInt32BE(at + 4)
    const compressed = woff.readUInt32BE(at + 8)
    const length = woff.readUInt32BE(at + 12)
    const raw = woff.subarray(offset, offset + compressed)
    const tag = woff.subarray(at, at + 4)
    const data = compressed < length ? zlib.inflateSync(raw) : raw
    return {
      tag,
      checksum: woff.readUInt32BE(at + 16),
      data: letter && tag.toString('latin1') === 'name' ? renamePostScript(data, letter) : data,
    }
  })
  const headerSize = 12 + 16 * count
  const padded = (n: number) => (n + 3) & ~3
  const size = tables.reduce((sum, t) => sum + padded(t.data.length), headerSize)
  const out = Buffer.alloc(size)
  const power = 2 ** Math.floor(Math.log2(count))
  out.writeUInt32BE(flavor, 0)
  out.writeUInt16BE(count, 4)
  out.writeUInt16BE(power * 16, 6)
  out.writeUInt16BE(Math.log2(power), 8)
  out.writeUInt16BE(count * 16 - power * 16, 10)
  let offset = headerSize
  tables.forEach((table, i) => {
    const at = 12 + i * 16
    table.tag.copy(out, at)
    out.writeUInt32BE(table.checksum, at + 4)
    out.writeUInt32BE(offset, at + 8)
    out.writeUInt32BE(table.data.length, at + 12)
    table.data.copy(out, offset)
    offset += padded(table.data.length)
  })
  return out
}

let printer: Promise<PdfPrinter> | undefined

/** pdfmake with the three Tinos families, loaded on first use. */
export function getListPrinter(): Promise<PdfPrinter> {
  printer ??= (async () => {
    const { default: Printer } = await import('pdfmake')
    const require = requireFromApp()
    const file = (subset: Subset, weight: 400 | 700, style: 'normal' | 'italic') =>
      woffToSfnt(
        fs.readFileSync(
          require.resolve(`@fontsource/tinos/files/tinos-${subset}-${weight}-${style}.woff`),
        ),
        LETTER[subset],
      )
    const fonts = Object.fromEntries(
      SUBSETS.map((subset) => [
        FAMILY[subset],
        {
          normal: file(subset, 400, 'normal'),
          bold: file(subset, 700, 'normal'),
          italics: file(subset, 400, 'italic'),
          bolditalics: file(subset, 700, 'italic'),
        },
      ]),
    )
    return new Printer(fonts)
  })()
  return printer
}
