/**
 * Bad input is refused with a 400 and a Vietnamese message, and nothing is half-saved; good
 * input is stored in NFC, with Vietnamese slugs and a folded search text (SPEC §2).
 */
import { beforeAll, describe, expect, it } from 'vitest'

import {
  asActor,
  expectVietnamese,
  forceState,
  rejection,
  stored,
  withUser,
  VIETNAMESE_LETTER,
  type Doc,
} from '../helpers/access'
import { createFixtures, testPayload, validExemplar, type Fixtures } from '../helpers/payload'

let f: Fixtures

beforeAll(async () => {
  f = await createFixtures(await testPayload())
})

const count = async () => (await f.payload.count({ collection: 'exemplars' })).totalDocs

type ErrorItem = { path: string; message: string }
const errorsOf = (error: unknown): ErrorItem[] =>
  (error as { data?: { errors?: ErrorItem[] } }).data?.errors ?? []
const pathsOf = (error: unknown) => errorsOf(error).map((e) => e.path)

/** A valid exemplar for a contributor, whose unit the app fills in (so `unit` is left out). */
const ex = (overrides: Record<string, unknown> = {}) => validExemplar(overrides) as never

const PERIOD_MESSAGE = 'Kỳ giới thiệu phải có dạng YYYY-MM'

describe('required fields', () => {
  it('an empty exemplar is refused (400), naming every missing field, in Vietnamese', async () => {
    const before = await count()
    const error = await rejection(
      f.payload.create({ collection: 'exemplars', data: {} as never, ...withUser(f.contributorA) }),
    )
    expect(error.status).toBe(400)
    expect(error.name).toBe('ValidationError')
    expect(pathsOf(error)).toEqual(
      expect.arrayContaining(['kind', 'name', 'category', 'sector', 'summary', 'period']),
    )
    // The unit comes from the contributor, so it is not missing.
    expect(pathsOf(error)).not.toContain('unit')
    expect(error.message).toContain('không hợp lệ')
    expectVietnamese(error.message)
    for (const item of errorsOf(error)) expectVietnamese(item.message)
    expect(await count()).toBe(before)
  })

  it('the summary message is plain Vietnamese (no English word "field")', async () => {
    const error = await rejection(
      f.payload.create({ collection: 'exemplars', data: {} as never, ...withUser(f.contributorA) }),
    )
    expect(error.status).toBe(400)
    // Payload's own vi text reads "Lỗi - Những fields sau không hợp lệ:"; the product's must not.
    expect(error.message).not.toMatch(/\bfields?\b/i)
  })

  it.each(['kind', 'name', 'category', 'sector', 'summary', 'period'] as const)(
    'an exemplar without %s is refused (400) naming only that field',
    async (field) => {
      const before = await count()
      const data: Record<string, unknown> = validExemplar()
      delete data[field]
      const error = await rejection(
        f.payload.create({
          collection: 'exemplars',
          data: data as never,
          ...withUser(f.contributorA),
        }),
      )
      expect(error.status).toBe(400)
      expect(pathsOf(error)).toEqual([field])
      expect(await count()).toBe(before)
    },
  )

  it('a staff exemplar without unit is refused (400) naming unit', async () => {
    const error = await rejection(
      f.payload.create({ collection: 'exemplars', data: ex(), ...withUser(f.editor) }),
    )
    expect(error.status).toBe(400)
    expect(pathsOf(error)).toEqual(['unit'])
  })

  it('a draft save is validated too (drafts validate: true)', async () => {
    const before = await count()
    const error = await rejection(
      f.payload.create({
        collection: 'exemplars',
        data: { name: 'Chỉ có tên' } as never,
        draft: true,
        ...withUser(f.contributorA),
      }),
    )
    expect(error.status).toBe(400)
    expect(pathsOf(error)).toEqual(expect.arrayContaining(['kind', 'summary', 'period']))
    expect(await count()).toBe(before)
  })

  it('clearing a required field on update is refused and the stored value stays', async () => {
    const doc = await f.payload.create({
      collection: 'exemplars',
      data: ex({ name: 'Bà Lăng Thị Mai' }),
      ...withUser(f.contributorA),
    })
    const error = await rejection(
      f.payload.update({
        collection: 'exemplars',
        id: doc.id,
        data: { summary: '', period: '2023-01' },
        ...withUser(f.contributorA),
      }),
    )
    expect(error.status).toBe(400)
    expect(pathsOf(error)).toEqual(['summary'])
    const saved = await stored(f.payload, 'exemplars', doc.id)
    expect(saved.summary).toBe(validExemplar().summary)
    expect(saved.period).toBe('2022-07')
  })
})

describe('invalid values', () => {
  it.each([
    { field: 'category', value: 'xyz' },
    { field: 'kind', value: 'company' },
    { field: 'sector', value: 'sports' },
  ])('unknown $field "$value" → 400 naming $field, nothing stored', async ({ field, value }) => {
    const before = await count()
    const error = await rejection(
      f.payload.create({
        collection: 'exemplars',
        data: ex({ [field]: value }) as never,
        ...withUser(f.contributorA),
      }),
    )
    expect(error.status).toBe(400)
    expect(pathsOf(error)).toEqual([field])
    expectVietnamese(errorsOf(error)[0]!.message)
    expect(await count()).toBe(before)
  })

  it.each(['2022-13', '22-07', '2022-00', '2022-7', '07/2022', '2022-07-01'])(
    'malformed period %s → 400 with the Vietnamese period message, nothing stored',
    async (period) => {
      const before = await count()
      const error = await rejection(
        f.payload.create({
          collection: 'exemplars',
          data: ex({ period }),
          ...withUser(f.contributorA),
        }),
      )
      expect(error.status).toBe(400)
      expect(pathsOf(error)).toEqual(['period'])
      expect(errorsOf(error)[0]!.message).toContain(PERIOD_MESSAGE)
      expect(await count()).toBe(before)
    },
  )

  it('a malformed period on update is refused and the stored period stays', async () => {
    const doc = await f.payload.create({
      collection: 'exemplars',
      data: ex({ name: 'Ông Vi Văn Sìn', period: '2022-08' }),
      ...withUser(f.contributorA),
    })
    const error = await rejection(
      f.payload.update({
        collection: 'exemplars',
        id: doc.id,
        data: { period: '2022-13', summary: 'Không được lưu' },
        ...withUser(f.contributorA),
      }),
    )
    expect(error.status).toBe(400)
    const saved = await stored(f.payload, 'exemplars', doc.id)
    expect(saved.period).toBe('2022-08')
    expect(saved.summary).toBe(validExemplar().summary)
  })

  it('a valid period is accepted', async () => {
    const doc = await f.payload.create({
      collection: 'exemplars',
      data: ex({ name: 'Chị Triệu Thị Nhất', period: '2024-12' }),
      ...withUser(f.contributorA),
    })
    expect((await stored(f.payload, 'exemplars', doc.id)).period).toBe('2024-12')
  })
})

describe('slugs', () => {
  it('are folded from the Vietnamese name, and made unique with -2, -3', async () => {
    const slugs: string[] = []
    for (let i = 0; i < 3; i++) {
      const doc = await f.payload.create({
        collection: 'exemplars',
        data: ex({ name: 'Gương sáng Đoàn Thị Hà' }),
        ...withUser(f.contributorA),
      })
      slugs.push((await stored(f.payload, 'exemplars', doc.id)).slug)
    }
    expect(slugs).toEqual([
      'guong-sang-doan-thi-ha',
      'guong-sang-doan-thi-ha-2',
      'guong-sang-doan-thi-ha-3',
    ])
  })

  it('are unique across units (a contributor of unit B gets the next free one)', async () => {
    const doc = await f.payload.create({
      collection: 'exemplars',
      data: ex({ name: 'Gương sáng Đoàn Thị Hà' }),
      ...withUser(f.contributorB),
    })
    expect(doc.slug).toBe('guong-sang-doan-thi-ha-4')
  })

  it('fold đ/Đ to d and drop every mark', async () => {
    const doc = await f.payload.create({
      collection: 'exemplars',
      data: ex({ kind: 'collective', name: 'Hợp tác xã Đồng Bành – Lộc Bình' }),
      ...withUser(f.contributorA),
    })
    expect(doc.slug).toBe('hop-tac-xa-dong-banh-loc-binh')
  })
})

const lexical = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [
          { type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
        ],
      },
    ],
  },
})

const textNodes = (state: unknown): string[] => {
  const out: string[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const { text, children } = node as { text?: unknown; children?: unknown }
    if (typeof text === 'string') out.push(text)
    if (Array.isArray(children)) children.forEach(walk)
  }
  walk((state as { root?: unknown })?.root)
  return out
}

describe('Unicode NFC', () => {
  const NAME = 'Nguyễn Văn An'
  const STORY = 'Ông Nguyễn Văn An hiến đất làm đường, được bà con thôn Bản Chắt ghi nhận.'

  it('a name and Lexical story given in NFD are stored in NFC', async () => {
    const nfdName = NAME.normalize('NFD')
    const nfdStory = STORY.normalize('NFD')
    expect(nfdName).not.toBe(NAME.normalize('NFC'))
    const doc = await f.payload.create({
      collection: 'exemplars',
      data: ex({
        name: nfdName,
        summary: 'Thành tích: hiến đất'.normalize('NFD'),
        story: lexical(nfdStory),
      }) as never,
      ...withUser(f.contributorA),
    })
    const saved = await stored(f.payload, 'exemplars', doc.id)
    expect(saved.name).toBe(NAME.normalize('NFC'))
    expect(saved.name).not.toBe(nfdName)
    expect(saved.summary).toBe('Thành tích: hiến đất'.normalize('NFC'))
    const texts = textNodes(saved.story)
    expect(texts).toEqual([STORY.normalize('NFC')])
    expect(texts[0]).not.toBe(nfdStory)
    // And it is findable by its NFC spelling.
    const found = await f.payload.find({
      collection: 'exemplars',
      where: { and: [{ id: { equals: doc.id } }, { name: { equals: NAME.normalize('NFC') } }] },
      ...withUser(f.contributorA),
    })
    expect(found.docs.map((d) => d.id)).toEqual([doc.id])
  })

  it('an update in NFD is stored in NFC too', async () => {
    const doc = await f.payload.create({
      collection: 'exemplars',
      data: ex({ name: 'Tập thể thôn Nà Phặc', kind: 'collective' }),
      ...withUser(f.contributorA),
    })
    await f.payload.update({
      collection: 'exemplars',
      id: doc.id,
      data: { position: 'Thôn Nà Phặc, xã Tú Đoạn'.normalize('NFD') },
      ...withUser(f.contributorA),
    })
    expect((await stored(f.payload, 'exemplars', doc.id)).position).toBe(
      'Thôn Nà Phặc, xã Tú Đoạn'.normalize('NFC'),
    )
  })
})

describe('searchText', () => {
  let doc: Doc
  beforeAll(async () => {
    doc = (await f.payload.create({
      collection: 'exemplars',
      data: ex({
        name: 'Đoàn Thị Hà',
        position: 'Chi hội trưởng Chi hội Phụ nữ thôn Khòn Quân',
        story: lexical('Chị Hà vận động chị em trồng rừng.'.normalize('NFD')),
      }) as never,
      ...withUser(f.contributorA),
    })) as unknown as Doc
  })

  it('is the folded name and text: lower case, no marks, đ → d', async () => {
    const saved = await stored(f.payload, 'exemplars', doc.id)
    expect(saved.searchText).toContain('doan thi ha')
    expect(saved.searchText).toContain('chi hoi truong chi hoi phu nu')
    expect(saved.searchText).toContain('van dong chi em trong rung')
    expect(saved.searchText).not.toMatch(/[A-Z]/)
    expect(saved.searchText).not.toMatch(VIETNAMESE_LETTER)
  })

  it('follows edits', async () => {
    const other = await f.payload.create({
      collection: 'exemplars',
      data: ex({ name: 'Lương Văn Đức' }),
      ...withUser(f.contributorA),
    })
    await f.payload.update({
      collection: 'exemplars',
      id: other.id,
      data: { name: 'Lương Văn Định' },
      ...withUser(f.contributorA),
    })
    const saved = await stored(f.payload, 'exemplars', other.id)
    expect(saved.searchText).toContain('luong van dinh')
    expect(saved.searchText).not.toContain('duc')
  })

  it('anonymous finds a published exemplar by a folded query (like / contains)', async () => {
    // Not yet published: anonymous finds nothing.
    const hidden = await f.payload.find({
      collection: 'exemplars',
      where: { searchText: { like: 'doan' } },
      ...asActor(f, 'anonymous'),
    })
    expect(hidden.docs.map((d) => d.id)).not.toContain(doc.id)

    await forceState(f.payload, 'exemplars', doc.id, {
      reviewState: 'published',
      _status: 'published',
      consent: true,
    })
    for (const operator of ['like', 'contains'] as const) {
      for (const query of ['doan', 'doan thi ha', 'thi ha']) {
        const found = await f.payload.find({
          collection: 'exemplars',
          where: { searchText: { [operator]: query } },
          ...asActor(f, 'anonymous'),
        })
        expect(
          found.docs.map((d) => d.id),
          `${operator} "${query}"`,
        ).toContain(doc.id)
        for (const hit of found.docs) expect(hit._status).toBe('published')
      }
    }
    const miss = await f.payload.find({
      collection: 'exemplars',
      where: { searchText: { like: 'hoang van' } },
      ...asActor(f, 'anonymous'),
    })
    expect(miss.docs.map((d) => d.id)).not.toContain(doc.id)
  })
})
