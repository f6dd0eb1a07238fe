import { beforeAll, describe, expect, it } from 'vitest'

import { searchPublishedWith } from '@/portal/search-index'
import { searchTerms } from '@/portal/search'
import { performTransition } from '@/workflow/perform'

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

async function published(name: string) {
  const doc = await f.payload.create({
    collection: 'exemplars',
    data: validExemplar({ name, unit: f.unitA.id, consent: true }),
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
    await client.execute(`DELETE FROM exemplars_search WHERE rowid = ${Number(doc.id)}`)
    expect(await visitorFinds('chi muc')).toEqual([])
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
