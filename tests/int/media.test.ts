/**
 * Image uploads (SPEC §2 `media`): JPEG/PNG/WebP/AVIF checked by content, a size limit, resized
 * WebP variants, location metadata stripped, `alt` required, the contributor's unit enforced.
 * Every upload under test goes through the Local API with a user and `overrideAccess: false`.
 */
import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '@/payload-types'

import {
  asActor,
  createInState,
  exists,
  expectNotVisible,
  expectVietnamese,
  forceState,
  idOf,
  rejection,
  stored,
  withUser,
} from '../helpers/access'
import {
  exifHasGps,
  hugePng,
  jpegWithGps,
  picture,
  polyglotJpeg,
  upload,
  type Upload,
} from '../helpers/images'
import { createFixtures, testPayload, type Fixtures } from '../helpers/payload'

const MEDIA_DIR = path.resolve(process.cwd(), 'media')
const SIZES = ['thumbnail', 'card', 'hero', 'og'] as const

let f: Fixtures
const created: Array<number> = []
const mediaFiles = () => (fs.existsSync(MEDIA_DIR) ? fs.readdirSync(MEDIA_DIR).sort() : [])
/** Files in media/ that an upload named `name` could have produced (`name`, `name-1`, `name-320x240`…). */
const filesNamedLike = (name: string) => {
  const base = name.replace(/\.[^.]+$/, '')
  return mediaFiles().filter(
    (file) => file === name || file.startsWith(`${base}-`) || file.startsWith(`${base}.`),
  )
}
const count = async () => (await f.payload.count({ collection: 'media' })).totalDocs

/** Files a media document put on disk: the original and each resized variant. */
const filesOf = (doc: Media): string[] =>
  [doc.filename, ...SIZES.map((size) => doc.sizes?.[size]?.filename)].filter(
    (name): name is string => Boolean(name),
  )

async function uploadAs(
  user: Fixtures['contributorA'],
  file: Upload,
  data: Record<string, unknown> = { alt: 'Ảnh thử nghiệm' },
): Promise<Media> {
  const doc = await f.payload.create({
    collection: 'media',
    data: data as never,
    file,
    ...withUser(user),
  })
  created.push(doc.id)
  return doc
}

beforeAll(async () => {
  f = await createFixtures(await testPayload())
})

afterAll(async () => {
  if (!f) return
  const docs = await f.payload.find({
    collection: 'media',
    where: { id: { in: created } },
    limit: 1000,
    depth: 0,
  })
  const files = docs.docs.flatMap(filesOf)
  for (const doc of docs.docs) await f.payload.delete({ collection: 'media', id: doc.id })
  for (const name of files) expect(fs.existsSync(path.join(MEDIA_DIR, name)), name).toBe(false)
})

describe('accepted images', () => {
  it.each([
    { format: 'png', mimeType: 'image/png' },
    { format: 'jpeg', mimeType: 'image/jpeg' },
    { format: 'webp', mimeType: 'image/webp' },
  ] as const)(
    'a real $format from a contributor is stored with webp variants, in its own unit',
    async ({ format, mimeType }) => {
      const data = await picture(format)
      const doc = await uploadAs(
        f.contributorA,
        upload(data, `anh-thu.${format === 'jpeg' ? 'jpg' : format}`, mimeType),
        { alt: 'Bà con thôn Nà Sla làm đường', unit: f.unitB.id },
      )
      expect(doc.mimeType).toBe(mimeType)
      expect(doc.width).toBe(2000)
      expect(doc.height).toBe(1500)
      expect(idOf(doc.unit)).toBe(f.unitA.id)
      expect(idOf((await stored(f.payload, 'media', doc.id)).unit)).toBe(f.unitA.id)

      const expected = {
        thumbnail: [320, 240],
        card: [640, 480],
        hero: [1600, 1200],
        og: [1200, 630],
      } as const
      for (const size of SIZES) {
        const variant = doc.sizes?.[size]
        expect(variant?.mimeType, size).toBe('image/webp')
        expect(variant?.filename, size).toMatch(/\.webp$/)
        expect([variant?.width, variant?.height], size).toEqual([...expected[size]])
        const onDisk = await sharp(path.join(MEDIA_DIR, variant!.filename!)).metadata()
        expect(onDisk.format, size).toBe('webp')
        expect([onDisk.width, onDisk.height], size).toEqual([...expected[size]])
      }
      const original = await sharp(path.join(MEDIA_DIR, doc.filename!)).metadata()
      expect(original.format).toBe(format)
    },
  )

  it('anonymous reads an image only once a published document uses it; the unit always', async () => {
    const doc = await uploadAs(
      f.contributorA,
      upload(await picture('png', 400, 300), 'cong.png', 'image/png'),
    )
    const asVisitor = () =>
      f.payload.findByID({ collection: 'media', id: doc.id, ...asActor(f, 'anonymous') })
    await expectNotVisible(asVisitor())
    const own = await f.payload.findByID({
      collection: 'media',
      id: doc.id,
      ...withUser(f.contributorA),
    })
    expect(own.filename).toBe(doc.filename)

    const exemplar = await createInState(
      f.payload,
      'exemplars',
      f.unitA.id,
      { reviewState: 'draft' },
      { portrait: doc.id },
    )
    await expectNotVisible(asVisitor())
    await forceState(f.payload, 'exemplars', exemplar.id, {
      reviewState: 'published',
      _status: 'published',
    })
    expect((await asVisitor()).filename).toBe(doc.filename)

    // Used by a published profile, the image is frozen for its unit, not for editors.
    const refused = await rejection(
      f.payload.update({
        collection: 'media',
        id: doc.id,
        data: { alt: 'Đổi mô tả' },
        ...withUser(f.contributorA),
      }),
    )
    expect([403, 404]).toContain(refused.status)
    await f.payload.update({
      collection: 'media',
      id: doc.id,
      data: { alt: 'Biên tập sửa' },
      ...withUser(f.editor),
    })

    await forceState(f.payload, 'exemplars', exemplar.id, {
      reviewState: 'draft',
      _status: 'draft',
    })
    await expectNotVisible(asVisitor())
  })

  it('an image whose name lies (a PNG named .jpg) is stored as what it is', async () => {
    const doc = await uploadAs(
      f.contributorA,
      upload(await picture('png', 800, 600), 'that-ra-la-png.jpg', 'image/jpeg'),
    )
    expect(doc.mimeType).toBe('image/png')
    expect((await sharp(path.join(MEDIA_DIR, doc.filename!)).metadata()).format).toBe('png')
  })
})

describe('location metadata', () => {
  it('a JPEG with EXIF GPS is stored without it (original and variants)', async () => {
    const input = await jpegWithGps()
    // The input really carries a position, or this test proves nothing.
    expect(exifHasGps((await sharp(input).metadata()).exif)).toBe(true)

    const doc = await uploadAs(f.contributorA, upload(input, 'co-gps.jpg', 'image/jpeg'))
    for (const name of filesOf(doc)) {
      const meta = await sharp(path.join(MEDIA_DIR, name)).metadata()
      expect(exifHasGps(meta.exif), name).toBe(false)
      expect(meta.exif?.includes('CameraHang') ?? false, name).toBe(false)
    }
    expect(filesOf(doc).length).toBe(5)
  })
})

describe('refused uploads (400, Vietnamese, nothing stored)', () => {
  const svg = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>',
  )
  const html = Buffer.from(
    '<!doctype html><html><body><script>alert(document.cookie)</script></body></html>',
  )
  const text = Buffer.from('Đây không phải là ảnh, chỉ là một tệp văn bản.\n'.repeat(50))
  const xml = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<x>&xxe;</x>',
  )

  const cases: Array<{ what: string; file: () => Promise<Upload>; message?: RegExp }> = [
    { what: 'an SVG', file: async () => upload(svg, 'tu-choi-logo.svg', 'image/svg+xml') },
    {
      what: 'an SVG claiming to be a PNG',
      file: async () => upload(svg, 'tu-choi-logo-gia.png', 'image/png'),
    },
    {
      what: 'a text file named .jpg',
      file: async () => upload(text, 'tu-choi-van-ban.jpg', 'image/jpeg'),
    },
    { what: 'an HTML file', file: async () => upload(html, 'tu-choi-trang.html', 'text/html') },
    {
      what: 'an HTML file named .png',
      file: async () => upload(html, 'tu-choi-html.png', 'image/png'),
    },
    {
      what: 'an 11 MB image',
      file: async () => {
        // A valid JPEG padded after its end marker: refused for its size, not its content.
        const jpeg = await picture('jpeg', 200, 200)
        const data = Buffer.concat([jpeg, Buffer.alloc(11 * 1024 * 1024 - jpeg.length, 0)])
        return upload(data, 'tu-choi-rat-lon.jpg', 'image/jpeg')
      },
      message: /10\s?MB/,
    },
    {
      what: 'an XML file',
      file: async () => upload(xml, 'tu-choi-du-lieu.xml', 'application/xml'),
    },
    {
      what: 'an XML file named .jpg',
      file: async () => upload(xml, 'tu-choi-xml.jpg', 'image/jpeg'),
    },
    {
      what: 'a polyglot JPEG (script in a comment segment)',
      file: async () =>
        upload(await polyglotJpeg('comment'), 'tu-choi-polyglot-1.jpg', 'image/jpeg'),
      message: /HTML hoặc script/,
    },
    {
      what: 'a polyglot JPEG (page appended after the image)',
      file: async () =>
        upload(await polyglotJpeg('appended'), 'tu-choi-polyglot-2.jpg', 'image/jpeg'),
      message: /HTML hoặc script/,
    },
    {
      what: 'a 50 MB file',
      file: async () => {
        const jpeg = await picture('jpeg', 200, 200)
        const data = Buffer.concat([jpeg, Buffer.alloc(50 * 1024 * 1024 - jpeg.length, 0)])
        return upload(data, 'tu-choi-50mb.jpg', 'image/jpeg')
      },
      message: /10\s?MB/,
    },
    {
      what: 'a 20000×20000 PNG (decompression bomb)',
      file: async () => upload(hugePng(20_000), 'tu-choi-bom.png', 'image/png'),
    },
  ]

  it.each(cases)('$what', async ({ file, message }) => {
    const given = await file()
    const before = { docs: await count(), files: filesNamedLike(given.name) }
    expect(before.files).toEqual([])
    const error = await rejection(
      f.payload.create({
        collection: 'media',
        data: { alt: 'Không được lưu' },
        file: given,
        ...withUser(f.contributorA),
      }),
    )
    expect(error.status).toBe(400)
    expectVietnamese(error.message)
    if (message) expect(error.message).toMatch(message)
    expect(await count()).toBe(before.docs)
    expect(filesNamedLike(given.name)).toEqual([])
  })

  it('the polyglot JPEG really is a valid JPEG (or the two cases above prove nothing)', async () => {
    for (const where of ['comment', 'appended'] as const) {
      const meta = await sharp(await polyglotJpeg(where)).metadata()
      expect(meta.format, where).toBe('jpeg')
    }
  })

  it.each([
    'http://127.0.0.1:3000/api/media/file/anh.jpg',
    'http://localhost/anh.jpg',
    'http://169.254.169.254/latest/meta-data/anh.jpg',
    'http://10.0.0.1/anh.jpg',
    'http://192.168.1.1/anh.jpg',
    'http://[::1]/anh.jpg',
  ])('an upload from the URL %s is refused and nothing is stored (Local API)', async (url) => {
    const before = { docs: await count(), files: mediaFiles() }
    const error = await rejection(
      f.payload.create({
        collection: 'media',
        data: { alt: 'Từ đường dẫn', filename: 'anh.jpg', url } as never,
        ...withUser(f.contributorA),
      }),
    )
    // The Local API hides the URL from hooks until Payload fetches it: Payload's safeFetch
    // refuses private and loopback targets (a 500 FileRetrievalError here; REST answers 400
    // before any fetch, see tests/e2e/security.test.ts).
    expect(error.status).toBeGreaterThanOrEqual(400)
    expect(error.message).toMatch(/Blocked unsafe attempt|đường dẫn/)
    expect(await count()).toBe(before.docs)
    expect(mediaFiles()).toEqual(before.files)
  })

  it('a file that did not pass the content check is never stored (the gate after a fetch)', async () => {
    const { refuseUncheckedFile } = await import('@/collections/media/hooks/check-upload')
    const req = { context: {} } as never
    const hook = (data: Record<string, unknown>, context: Record<string, unknown> = {}) =>
      refuseUncheckedFile({
        data,
        operation: 'create',
        req: { ...(req as object), context },
      } as never)
    expect(() => hook({ filename: 'tai-ve.jpg' })).toThrow(/đường dẫn/)
    expect(hook({ filename: 'da-kiem.jpg' }, { uploadChecked: true })).toEqual({
      filename: 'da-kiem.jpg',
    })
  })

  it('upload from URL (paste-url) is not enabled on media', async () => {
    const { Media: media } = await import('@/collections/media')
    expect((media.upload as { pasteURL?: unknown }).pasteURL ?? false).toBe(false)
  })

  it('an image without alt is refused (400 naming alt) and nothing is stored', async () => {
    const before = await count()
    const error = await rejection(
      f.payload.create({
        collection: 'media',
        data: {} as never,
        file: upload(await picture('png', 400, 300), 'tu-choi-khong-alt.png', 'image/png'),
        ...withUser(f.contributorA),
      }),
    )
    expect(error.status).toBe(400)
    expect(
      (error.data as { errors?: Array<{ path: string }> })?.errors?.map((e) => e.path),
    ).toEqual(['alt'])
    expectVietnamese(error.message)
    expect(await count()).toBe(before)
    expect(filesNamedLike('tu-choi-khong-alt.png')).toEqual([])
  })

  it('anonymous uploads nothing (403)', async () => {
    const before = await count()
    const error = await rejection(
      f.payload.create({
        collection: 'media',
        data: { alt: 'Ẩn danh' },
        file: upload(await picture('png', 400, 300), 'tu-choi-an-danh.png', 'image/png'),
        ...asActor(f, 'anonymous'),
      }),
    )
    expect(error.status).toBe(403)
    expect(await count()).toBe(before)
    expect(filesNamedLike('tu-choi-an-danh.png')).toEqual([])
  })
})

describe('file names', () => {
  it('two different images with the same base name keep their own variants', async () => {
    const red = await uploadAs(
      f.contributorA,
      upload(
        await sharp({ create: { width: 800, height: 600, channels: 3, background: '#ff0000' } })
          .png()
          .toBuffer(),
        'trung-ten.png',
        'image/png',
      ),
    )
    const blue = await uploadAs(
      f.contributorA,
      upload(
        await sharp({ create: { width: 800, height: 600, channels: 3, background: '#0000ff' } })
          .jpeg()
          .toBuffer(),
        'trung-ten.jpg',
        'image/jpeg',
      ),
    )
    expect(red.filename).not.toBe(blue.filename)
    for (const size of SIZES) {
      const mine = red.sizes?.[size]?.filename
      if (!mine) continue
      expect(mine, size).not.toBe(blue.sizes?.[size]?.filename)
    }
    // The red image's thumbnail still shows red.
    const { dominant } = await sharp(path.join(MEDIA_DIR, red.sizes!.thumbnail!.filename!)).stats()
    expect(dominant.r).toBeGreaterThan(200)
    expect(dominant.b).toBeLessThan(50)
    // Deleting one image leaves the other's files in place.
    await f.payload.delete({ collection: 'media', id: blue.id, ...withUser(f.contributorA) })
    for (const name of filesOf(red))
      expect(fs.existsSync(path.join(MEDIA_DIR, name)), name).toBe(true)
  })
})

describe("a unit's media", () => {
  it("a contributor cannot change or delete another unit's image (403)", async () => {
    const doc = await uploadAs(
      f.contributorB,
      upload(await picture('png', 400, 300), 'cua-don-vi-b.png', 'image/png'),
    )
    expect(idOf(doc.unit)).toBe(f.unitB.id)
    const update = await rejection(
      f.payload.update({
        collection: 'media',
        id: doc.id,
        data: { alt: 'Sửa trái phép' },
        ...withUser(f.contributorA),
      }),
    )
    expect(update.status).toBe(403)
    const remove = await rejection(
      f.payload.delete({ collection: 'media', id: doc.id, ...withUser(f.contributorA) }),
    )
    expect(remove.status).toBe(403)
    expect(await exists(f.payload, 'media', doc.id)).toBe(true)
    expect((await stored(f.payload, 'media', doc.id)).alt).toBe('Ảnh thử nghiệm')
    for (const name of filesOf(doc)) expect(fs.existsSync(path.join(MEDIA_DIR, name))).toBe(true)
  })

  it('a contributor deletes its own image, and its files go with it', async () => {
    const doc = await f.payload.create({
      collection: 'media',
      data: { alt: 'Sẽ xoá' },
      file: upload(await picture('png', 400, 300), 'se-xoa.png', 'image/png'),
      ...withUser(f.contributorA),
    })
    const files = filesOf(doc)
    expect(files.length).toBeGreaterThan(1)
    for (const name of files) expect(fs.existsSync(path.join(MEDIA_DIR, name))).toBe(true)
    await f.payload.delete({ collection: 'media', id: doc.id, ...withUser(f.contributorA) })
    expect(await exists(f.payload, 'media', doc.id)).toBe(false)
    for (const name of files) expect(fs.existsSync(path.join(MEDIA_DIR, name))).toBe(false)
  })
})
