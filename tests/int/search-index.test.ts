import { beforeAll, describe, expect, it, vi } from 'vitest'

import { searchPublishedWith } from '@/portal/search-index'
import { searchTerms } from '@/portal/search'
import { performTransition } from '@/workflow/perform'
import { visibleToPublicSql } from '@/workflow/visibility'

import { as, createFixtures, testPayload, validExemplar, type Fixtures } from '../helpers/payload'

let f: Fixtures

beforeAll(async () => {
  f = await createFixtures(await testPayload())
})

/** What a visitor's search finds: the exemplars' titles among the first 100 hits. */
async function visitorFinds(query: string): Promise<string[]> {
  const { hits } = await searchPublishedWith(f.payload, searchTerms(query), 1, 100)
  return hits.filter((hit) => hit.kind === 'Gương điển hình').map((hit) => hit.title)
}

async function published(name: string, extra: Record<string, unknown> = {}) {
  const doc = await f.payload.create({
    collection: 'exemplars',
    data: validExemplar({ name, unit: f.unitA.id, consent: true, ...extra }),
    user: as(f.editor),
    overrideAccess: false,
    draft: true,
  })
  await performTransition({
    payload: f.payload,
    collection: 'exemplars',
    id: doc.id,
    action: 'publish',
    user: as(f.editor),
  })
  return doc
}

describe('search through the full-text index', () => {
  it('reads candidates from the SQLite FTS5 trigram index when the adapter is SQLite', async () => {
    const doc = await published('Triệu Thị Chỉ Mục')
    expect(await visitorFinds('chi muc')).toEqual(['Triệu Thị Chỉ Mục'])
    if (f.payload.db.name !== 'sqlite') return
    const client = (
      f.payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }
    ).client
    // Out of the index, out of the results: the index is what narrows the search on SQLite.
    for (const table of ['exemplars_search', 'exemplars_search_words', 'exemplars_search_titles'])
      await client.execute(`DELETE FROM ${table} WHERE rowid = ${Number(doc.id)}`)
    expect(await visitorFinds('chi muc')).toEqual([])
    // Any change to what search shows puts the entry back.
    await f.payload.update({
      collection: 'exemplars',
      id: doc.id,
      data: { summary: 'Trở lại chỉ mục tìm kiếm.' },
      user: as(f.editor),
      overrideAccess: false,
    })
    expect(await visitorFinds('chi muc')).toEqual(['Triệu Thị Chỉ Mục'])
  })

  it('counts every hit and pages through them, each once', async () => {
    await published('Ma Văn Phân Trang Một')
    await published('Ma Văn Phân Trang Hai')
    await published('Ma Văn Phân Trang Ba')
    const terms = searchTerms('phan trang')
    const first = await searchPublishedWith(f.payload, terms, 1, 2)
    const second = await searchPublishedWith(f.payload, terms, 2, 2)
    expect(first.total).toBe(3)
    expect(first.hits).toHaveLength(2)
    expect(second.hits).toHaveLength(1)
    const titles = [...first.hits, ...second.hits].map((hit) => hit.title).sort()
    expect(titles).toEqual([
      'Ma Văn Phân Trang Ba',
      'Ma Văn Phân Trang Hai',
      'Ma Văn Phân Trang Một',
    ])
    expect(first.hits[0].href).toMatch(/^\/guong-dien-hinh\/ma-van-phan-trang-/)
  })

  it('finds a published profile without diacritics, in capitals, and with a short word', async () => {
    await published('Đoàn Thị Lũy Thừa')
    for (const query of ['doan thi luy', 'ĐOÀN THỊ', 'luy thua', 'doan th']) {
      expect(await visitorFinds(query), query).toContain('Đoàn Thị Lũy Thừa')
    }
    expect(await visitorFinds('doan xyzkhongco')).toEqual([])
    // Only words under three letters: no trigram to look up, the adapter-neutral path (MongoDB's).
    expect(await visitorFinds('lu th')).toContain('Đoàn Thị Lũy Thừa')
  })

  it('follows renames, unpublishing and the trash', async () => {
    const doc = await published('Hoàng Văn Tuyết Sơn')
    expect(await visitorFinds('tuyet son')).toContain('Hoàng Văn Tuyết Sơn')

    await f.payload.update({
      collection: 'exemplars',
      id: doc.id,
      data: { name: 'Hoàng Văn Tuyết Lâm' },
      user: as(f.editor),
      overrideAccess: false,
    })
    expect(await visitorFinds('tuyet lam')).toContain('Hoàng Văn Tuyết Lâm')
    expect(await visitorFinds('tuyet son')).not.toContain('Hoàng Văn Tuyết Sơn')

    await performTransition({
      payload: f.payload,
      collection: 'exemplars',
      id: doc.id,
      action: 'unpublish',
      user: as(f.editor),
    })
    expect(await visitorFinds('tuyet lam')).toEqual([])

    const other = await published('Lăng Thị Tuyết Mai')
    expect(await visitorFinds('tuyet mai')).toContain('Lăng Thị Tuyết Mai')
    await f.payload.update({
      collection: 'exemplars',
      id: other.id,
      data: { deletedAt: new Date().toISOString() } as never,
      user: as(f.editor),
      overrideAccess: false,
    })
    expect(await visitorFinds('tuyet mai')).toEqual([])
  })

  it('never lets a draft through, whatever the index holds', async () => {
    await f.payload.create({
      collection: 'exemplars',
      data: validExemplar({ name: 'Chu Văn Bản Nháp', unit: f.unitA.id }),
      user: as(f.contributorA),
      overrideAccess: false,
      draft: true,
    })
    expect(await visitorFinds('chu van ban nhap')).toEqual([])
  })
})

type Client = { execute: (query: string | { sql: string; args: unknown[] }) => Promise<unknown> }
const sqlite = () => (f.payload.db as unknown as { client: Client }).client

describe('one query per page, over only what a visitor may read', () => {
  it('answers a page, its count and its marks with one SQL statement', async () => {
    if (f.payload.db.name !== 'sqlite') return
    await published('Sầm Văn Một Truy Vấn')
    const execute = vi.spyOn(sqlite(), 'execute')
    try {
      const { total, hits } = await searchPublishedWith(
        f.payload,
        searchTerms('mot truy van'),
        1,
        20,
      )
      expect(execute).toHaveBeenCalledTimes(1)
      expect(total).toBeGreaterThanOrEqual(1)
      const hit = hits.find((found) => found.title === 'Sầm Văn Một Truy Vấn')
      expect(hit?.marked.title.filter((s) => s.match).map((s) => s.text)).toEqual([
        'Văn',
        'Một',
        'Truy',
        'Vấn',
      ])
    } finally {
      execute.mockRestore()
    }
  })

  it('keeps the count on a page past the last', async () => {
    const terms = searchTerms('phan trang')
    expect(await searchPublishedWith(f.payload, terms, 9, 2)).toEqual({ total: 3, hits: [] })
  })

  it('ranks a word in the name before the same word in the summary, whatever is newer', async () => {
    await published('Vi Thị Xoanglin')
    await published('Hà Văn Bản Tin', { summary: 'Trồng hồi ở thôn Xoanglin.' })
    const { hits } = await searchPublishedWith(f.payload, searchTerms('xoanglin'), 1, 20)
    expect(hits.map((hit) => hit.title)).toEqual(['Vi Thị Xoanglin', 'Hà Văn Bản Tin'])
    expect(hits[1].marked.body.filter((s) => s.match).map((s) => s.text)).toEqual(['Xoanglin'])
  })

  it('holds exactly the documents the visibility rule lets a visitor read', async () => {
    if (f.payload.db.name !== 'sqlite') return
    const ids = async (sql: string) =>
      ((await sqlite().execute(sql)) as { rows: { id: unknown }[] }).rows.map((row) =>
        Number(row.id),
      )
    for (const table of ['exemplars', 'articles']) {
      const visible = await ids(
        `SELECT id FROM ${table} AS doc WHERE ${visibleToPublicSql('doc')} ORDER BY id`,
      )
      const hidden = await ids(
        `SELECT id FROM ${table} AS doc WHERE NOT (${visibleToPublicSql('doc')}) ORDER BY id`,
      )
      if (table === 'exemplars') expect(hidden.length).toBeGreaterThan(1)
      for (const fts of [`${table}_search`, `${table}_search_words`, `${table}_search_titles`])
        expect(await ids(`SELECT rowid AS id FROM ${fts} ORDER BY rowid`), fts).toEqual(visible)
    }
  })
})
