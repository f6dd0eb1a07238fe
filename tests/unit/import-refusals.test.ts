/**
 * Files the importer must refuse with a Vietnamese message (ImportError, answered 400), and a
 * fuzz of malformed zips and XML: whatever the bytes, the importer answers rows or an
 * ImportError, never another error.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { ImportError } from '@/import/errors'
import { readListFile } from '@/import/read'
import { parseXml } from '@/import/xml'
import { ZipReader } from '@/import/zip'

import { FUZZ_SEED } from '../helpers/fuzz'
import { docxWithBody, lyingZip, sampleDocx, sampleXlsx, zipOf } from '../helpers/import-files'

async function refusal(file: Uint8Array, name = 'tep.docx'): Promise<string> {
  try {
    await readListFile(file, name)
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError)
    return (error as ImportError).message
  }
  throw new Error('accepted')
}

describe('refused files', () => {
  it('an empty file, a text file, a PDF, an RTF', async () => {
    expect(await refusal(new Uint8Array())).toMatch(/Tệp rỗng/)
    expect(await refusal(Buffer.from('Nguyễn Văn An, 1985'))).toMatch(/Chỉ nhận tệp Word/)
    expect(await refusal(Buffer.from('%PDF-1.7\n'))).toMatch(/PDF/)
    expect(await refusal(Buffer.from('{\\rtf1\\ansi'))).toMatch(/RTF/)
  })

  it('an old .doc/.xls or an encrypted Office file (OLE compound file)', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])
    expect(await refusal(ole, 'danh-sach.doc')).toMatch(/đời cũ.*mật khẩu/)
  })

  it('a macro-enabled document, by name or by content', async () => {
    expect(await refusal(await sampleDocx(), 'danh-sach.docm')).toMatch(/macro/)
    const withMacros = await zipOf({
      '[Content_Types].xml':
        '<Types><Default Extension="bin" ContentType="application/vnd.ms-word.vbaProject"/><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>',
      'word/document.xml': '<w:document><w:body/></w:document>',
      'word/vbaProject.bin': 'x',
    })
    expect(await refusal(withMacros)).toMatch(/macro/)
  })

  it('a zip entry with the encryption flag', async () => {
    const file = await zipOf({ 'word/document.xml': '<a/>' })
    // General-purpose flag bit 0 in the central directory header.
    const cd = file.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
    file.writeUInt16LE(1, cd + 8)
    expect(await refusal(file)).toMatch(/mật khẩu/)
  })

  it('a zip bomb: declared sizes over the caps, or an entry inflating past its declared size', async () => {
    const big = lyingZip('word/document.xml', Buffer.alloc(1024), 200 * 1024 * 1024)
    expect(await refusal(big)).toMatch(/bom nén/)
    const liar = lyingZip('word/document.xml', Buffer.alloc(5 * 1024 * 1024), 1000)
    expect(await refusal(liar)).toMatch(/bom nén/)
  }, 20_000)

  it('the total uncompressed size is capped', () => {
    const file = lyingZip('a.xml', Buffer.alloc(10), 10)
    expect(
      () => new ZipReader(file, { maxEntries: 10, maxEntryBytes: 100, maxTotalBytes: 5 }),
    ).toThrow(/bom nén/)
  })

  it('a file of 10 MB or more', async () => {
    expect(await refusal(Buffer.alloc(10 * 1024 * 1024, 0x50))).toMatch(/10 MB/)
  })

  it('a zip that is not an Office document', async () => {
    expect(await refusal(await zipOf({ 'anh.txt': 'xin chào' }))).toMatch(/Chỉ nhận tệp Word/)
  })

  it('a docx with no table laid out as the template, or broken XML', async () => {
    const table =
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Họ và tên</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Điểm</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
    expect(await refusal(await docxWithBody(table))).toMatch(/Không tìm thấy bảng/)
    expect(await refusal(await docxWithBody('<w:p><w:r><w:t>abc</w:p>'))).toMatch(/bị hỏng/)
    expect(
      await refusal(
        await docxWithBody('<!DOCTYPE x [<!ENTITY a "aaaa">]><w:p><w:t>&a;</w:t></w:p>'),
      ),
    ).toMatch(/bị hỏng/)
  })

  it('more than 500 rows', async () => {
    const row = (i: number) =>
      `<w:tr><w:tc><w:p><w:r><w:t>${i}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Người ${i}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Thành tích ${i}</w:t></w:r></w:p></w:tc></w:tr>`
    const header =
      '<w:tr><w:tc><w:p><w:r><w:t>STT</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Họ và tên</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Thành tích tiêu biểu</w:t></w:r></w:p></w:tc></w:tr>'
    const rows = (n: number) =>
      `<w:tbl>${header}${Array.from({ length: n }, (_, i) => row(i + 1)).join('')}</w:tbl>`
    const ok = await readListFile(await docxWithBody(rows(500)))
    expect(ok.rows).toHaveLength(500)
    expect(await refusal(await docxWithBody(rows(501)))).toMatch(/hơn 500 dòng/)
  })
})

const isRefusalOrRows = async (file: Uint8Array) => {
  try {
    const { rows } = await readListFile(file)
    expect(Array.isArray(rows)).toBe(true)
  } catch (error) {
    if (!(error instanceof ImportError)) throw error
    expect(error.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/)
  }
}

describe('fuzz', () => {
  it('random bytes, with and without a zip signature', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.boolean(), async (bytes, pk) => {
        const file = pk ? Buffer.concat([Buffer.from('PK\x03\x04'), bytes]) : bytes
        await isRefusalOrRows(file)
      }),
      { seed: FUZZ_SEED, numRuns: 300 },
    )
  })

  it('a real docx and xlsx with bytes flipped or cut short', async () => {
    const files = [await sampleDocx(), await sampleXlsx()]
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(0, 1),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.option(fc.nat()),
        async (which, flips, cut) => {
          const file = Buffer.from(files[which])
          for (const [at, value] of flips) file[at % file.length] = value
          await isRefusalOrRows(cut === null ? file : file.subarray(0, cut % file.length))
        },
      ),
      { seed: FUZZ_SEED, numRuns: 150 },
    )
  }, 60_000)

  const xmlPiece = fc.constantFrom(
    '<w:tbl>',
    '</w:tbl>',
    '<w:tr>',
    '</w:tr>',
    '<w:tc>',
    '</w:tc>',
    '<w:p>',
    '</w:p>',
    '<w:t>',
    '</w:t>',
    '<w:t xml:space="preserve">',
    '<w:gridSpan w:val="99999"/>',
    '<w:gridSpan w:val="-3"/>',
    '<w:vMerge/>',
    '<w:tcPr>',
    '</w:tcPr>',
    'Họ và tên',
    'Thành tích tiêu biểu',
    'I. TẬP THỂ',
    'Nam',
    '1985',
    '&amp;',
    '&bogus;',
    '&#0;',
    '&#x110000;',
    '<![CDATA[x',
    ']]>',
    '<!--',
    '-->',
    '<?x?>',
    '<',
    '>',
    '"',
    "'",
    '<a b="<">',
    '<w:br/>',
  )

  it('malformed document.xml inside a valid zip', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(xmlPiece, { maxLength: 60 }), async (pieces) => {
        await isRefusalOrRows(await docxWithBody(pieces.join('')))
      }),
      { seed: FUZZ_SEED, numRuns: 300 },
    )
  }, 60_000)

  it('the XML reader alone: a tree or an ImportError', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(xmlPiece, fc.string({ maxLength: 5 })), { maxLength: 40 }),
        (p) => {
          try {
            parseXml(p.join(''))
          } catch (error) {
            if (!(error instanceof ImportError)) throw error
          }
        },
      ),
      { seed: FUZZ_SEED, numRuns: 1000 },
    )
  })
})
