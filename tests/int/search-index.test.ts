import { beforeAll, describe, expect, it } from 'vitest'

import { searchCondition } from '@/lib/search-index'
import { searchTerms } from '@/lib/search'
import { performTransition } from '@/workflow/perform'

import { as, createFixtures, testPayload, validExemplar, type Fixtures } from '../helpers/payload'

let f: Fixtures

beforeAll(async () => {
  f = await createFixtures(await testPayload())
})

/** What a visitor's search finds: the condition, then a find through access control. */
async function visitorFinds(query: string): Promise<string[]> {
  const terms = searchTerms(query)
  const where = await searchCondition(f.payload, 'exemplars', terms)
  const { docs } = await f.payload.find({
    collection: 'exemplars',
    where: { and: [{ _status: { equals: 'published' } }, where] },
    overrideAccess: false,
    depth: 0,
    limit: 100,
  })
  return docs.map((doc) => doc.name)
}

async function published(name: string) {
  const doc = await f.payload.create({
    collection: 'exemplars',
    data: validExemplar({ name, unit: f.unitA.id, consent: true }),
    user: as(f.editor),
    overrideAccess: false,
    draft: true,
  })
  await performTransition({ payload: f.payload, collection: 'exemplars', id: doc.id, action: 'publish', user: as(f.editor) })
  return doc
}

describe('search through the full-text index', () => {
  it('uses the SQLite FTS5 trigram index when the adapter is SQLite', async () => {
    const where = await searchCondition(f.payload, 'exemplars', ['doan'])
    if (f.payload.db.name === 'sqlite') expect(JSON.stringify(where)).toContain('"in"')
    else expect(JSON.stringify(where)).toContain('contains')
  })

  it('finds a published profile without diacritics, in capitals, and with a short word', async () => {
    await published('Đoàn Thị Lũy Thừa')
    for (const query of ['doan thi luy', 'ĐOÀN THỊ', 'luy thua', 'doan th']) {
      expect(await visitorFinds(query), query).toContain('Đoàn Thị Lũy Thừa')
    }
    expect(await visitorFinds('doan xyzkhongco')).toEqual([])
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

    await performTransition({ payload: f.payload, collection: 'exemplars', id: doc.id, action: 'unpublish', user: as(f.editor) })
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
