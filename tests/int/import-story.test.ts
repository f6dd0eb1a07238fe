/**
 * "Nhập nội dung từ Word" through the Local API with a user: a .docx with headings, marks, a
 * list, links (one http, one javascript:), a table and two pictures (one PNG, one the media
 * checks refuse) becomes the exemplar's Lexical story; images become media; a contributor only
 * imports into its own unit's drafts.
 */
import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx'
import { beforeAll, describe, expect, it } from 'vitest'

import type { AppUser } from '@/access/roles'
import { ImportError } from '@/import/errors'
import { importStory } from '@/import/story'
import type { User } from '@/payload-types'

import { picture } from '../helpers/images'
import { as, createFixtures, testPayload, validExemplar, type Fixtures } from '../helpers/payload'

let f: Fixtures
let story: Buffer

beforeAll(async () => {
  f = await createFixtures(await testPayload())
  const png = await picture('png', 400, 300)
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Người giữ rừng Mẫu Sơn', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            children: [
              new TextRun({ text: 'Anh ' }),
              new TextRun({ text: 'Lăng Văn Hùng', bold: true }),
              new TextRun({ text: ' nhận giữ ' }),
              new TextRun({ text: '120 ha', italics: true }),
              new TextRun({ text: ' rừng ' }),
              new TextRun({ text: 'phòng hộ', underline: {} }),
              new TextRun({ text: '.' }),
            ],
          }),
          new Paragraph({ text: 'Trồng mới 15 ha thông', bullet: { level: 0 } }),
          new Paragraph({ text: 'Không để xảy ra cháy rừng', bullet: { level: 0 } }),
          new Paragraph({
            children: [
              new ExternalHyperlink({
                link: 'https://baolangson.vn/bai-viet',
                children: [new TextRun({ text: 'Báo Lạng Sơn' })],
              }),
              new TextRun({ text: ' và ' }),
              new ExternalHyperlink({
                link: 'javascript:alert(1)',
                children: [new TextRun({ text: 'liên kết xấu' })],
              }),
            ],
          }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('Năm')] }),
                  new TableCell({ children: [new Paragraph('Diện tích')] }),
                ],
              }),
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('2021')] }),
                  new TableCell({ children: [new Paragraph('120 ha')] }),
                ],
              }),
            ],
          }),
          new Paragraph({
            children: [
              new ImageRun({
                type: 'png',
                data: png,
                transformation: { width: 200, height: 150 },
                altText: { name: 'anh', description: 'Anh Hùng tuần tra rừng', title: 'Tuần tra' },
              }),
            ],
          }),
          new Paragraph({
            children: [
              new ImageRun({
                type: 'gif',
                data: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'binary'),
                transformation: { width: 10, height: 10 },
              }),
            ],
          }),
        ],
      },
    ],
  })
  story = await Packer.toBuffer(doc)
})

type Node = { type: string; children?: Node[]; text?: string; [key: string]: unknown }
const walk = (node: Node): Node[] => [node, ...(node.children ?? []).flatMap(walk)]

async function draftOf(user: User, unit: number | string) {
  return f.payload.create({
    collection: 'exemplars',
    data: validExemplar({ unit }),
    draft: true,
    user: as(user),
    overrideAccess: false,
  })
}

describe('importStory', () => {
  it('turns the Word document into the story, images into media', async () => {
    const target = await draftOf(f.contributorA, f.unitA.id)
    const mediaBefore = (await f.payload.count({ collection: 'media' })).totalDocs
    const result = await importStory({
      payload: f.payload,
      user: as(f.contributorA) as AppUser,
      collection: 'exemplars',
      id: target.id,
      file: { name: 'bai-gioi-thieu.docx', data: story },
    })
    expect(result.images).toHaveLength(1)
    expect(result.warnings.join(' ')).toMatch(/Ảnh thứ 2 không được nhận/)
    expect((await f.payload.count({ collection: 'media' })).totalDocs).toBe(mediaBefore + 1)

    const saved = await f.payload.findByID({
      collection: 'exemplars',
      id: target.id,
      draft: true,
      depth: 0,
      overrideAccess: true,
    })
    const nodes = walk(saved.story!.root as unknown as Node)
    const types = nodes.map((n) => n.type)
    expect(nodes.find((n) => n.type === 'heading')).toMatchObject({ tag: 'h2' })
    expect(types).toContain('list')
    expect(types).toContain('listitem')
    expect(types).toContain('upload')
    const texts = nodes.filter((n) => n.type === 'text')
    const bold = texts.find((n) => n.text === 'Lăng Văn Hùng')
    expect(Number(bold?.format) & 1).toBe(1)
    expect(Number(texts.find((n) => n.text === '120 ha')?.format) & 2).toBe(2)
    expect(Number(texts.find((n) => n.text === 'phòng hộ')?.format) & 8).toBe(8)
    const links = nodes.filter((n) => n.type === 'link')
    expect(links).toHaveLength(1)
    expect((links[0].fields as { url: string }).url).toBe('https://baolangson.vn/bai-viet')
    expect(texts.some((n) => n.text?.includes('liên kết xấu'))).toBe(true)
    expect(texts.some((n) => n.text === 'Năm | Diện tích')).toBe(true)
    const upload = nodes.find((n) => n.type === 'upload')!
    const image = await f.payload.findByID({
      collection: 'media',
      id: upload.value as number,
      depth: 0,
      overrideAccess: true,
    })
    expect(image.alt).toBe('Anh Hùng tuần tra rừng')
    expect(String((image as { unit?: unknown }).unit)).toBe(String(f.unitA.id))
  })

  it("refuses another unit's document (404) and anonymous users (401), writing nothing", async () => {
    const other = await draftOf(f.contributorB, f.unitB.id)
    const mediaBefore = (await f.payload.count({ collection: 'media' })).totalDocs
    for (const user of [f.contributorA, null]) {
      await expect(
        importStory({
          payload: f.payload,
          user: user ? (as(user) as AppUser) : null,
          collection: 'exemplars',
          id: other.id,
          file: { name: 'a.docx', data: story },
        }),
      ).rejects.toBeInstanceOf(ImportError)
    }
    expect((await f.payload.count({ collection: 'media' })).totalDocs).toBe(mediaBefore)
    const saved = await f.payload.findByID({
      collection: 'exemplars',
      id: other.id,
      draft: true,
      overrideAccess: true,
    })
    expect(saved.story ?? null).toBeNull()
  })

  it('refuses a file that is not a Word document', async () => {
    const target = await draftOf(f.contributorA, f.unitA.id)
    await expect(
      importStory({
        payload: f.payload,
        user: as(f.contributorA) as AppUser,
        collection: 'exemplars',
        id: target.id,
        file: { name: 'a.docx', data: Buffer.from('xin chào') },
      }),
    ).rejects.toThrow(/Chỉ nhận tệp Word/)
  })
})
