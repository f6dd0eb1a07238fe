import type { JsonBody } from '../helpers/json'
import { beforeAll, describe, expect, it } from 'vitest'

import { performTransition } from '@/workflow/perform'

import { as, createFixtures, testPayload, validExemplar, type Fixtures } from '../helpers/payload'
import { createInState, expectVietnamese, rejection, stored, withUser } from '../helpers/access'

let f: Fixtures

const OUTLETS = ['Trang thông tin điện tử huyện', 'Báo Lạng Sơn', 'Bảng tin cơ quan']

beforeAll(async () => {
  f = await createFixtures(await testPayload())
  await f.payload.updateGlobal({
    slug: 'site-settings',
    data: { mediaOutlets: OUTLETS.map((name) => ({ name })) },
  })
})

const run = (id: number | string, action: string, user = f.editor) =>
  performTransition({ payload: f.payload, collection: 'exemplars', id, action, user: as(user) })

describe('publishing puts the exemplar on the portal', () => {
  it('adds the portal entry once, with the public profile URL and today, not again on re-publish', async () => {
    const doc = await f.payload.create({
      collection: 'exemplars',
      data: validExemplar({ name: 'Nông Thị Hoa', consent: true }),
      user: as(f.contributorA),
      overrideAccess: false,
      draft: true,
    })
    await run(doc.id, 'submit', f.contributorA)
    await run(doc.id, 'publish')
    const first = await stored(f.payload, 'exemplars', doc.id)
    expect(first.coverage).toHaveLength(1)
    const entry = first.coverage[0]
    expect(entry.outlet).toBe(OUTLETS[0])
    expect(entry.url).toMatch(new RegExp(`^https?://[^/]+/guong-dien-hinh/${first.slug}$`))
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)
    expect(new Date(entry.date).toISOString().slice(0, 10)).toBe(today)

    await run(doc.id, 'unpublish')
    await run(doc.id, 'submit', f.contributorA)
    await run(doc.id, 'publish')
    const again = await stored(f.payload, 'exemplars', doc.id)
    expect(again.coverage).toHaveLength(1)
    expect(again._status).toBe('published')
  })

  it('withdrawing takes the sending back (submittedAt cleared), submitting sets it again', async () => {
    const doc = await f.payload.create({
      collection: 'exemplars',
      data: validExemplar({ name: 'Lộc Văn Rút' }),
      user: as(f.contributorA),
      overrideAccess: false,
      draft: true,
    })
    expect((await run(doc.id, 'submit', f.contributorA)).submittedAt).toBeTruthy()
    expect((await run(doc.id, 'withdraw', f.contributorA)).submittedAt ?? null).toBeNull()
  })
})

describe('the unit keeps the coverage log of its published exemplars', () => {
  const entry = {
    outlet: 'Báo Lạng Sơn',
    url: 'https://baolangson.vn/bai-viet-1',
    date: '2022-07-20T12:00:00.000Z',
  }

  it('a contributor adds an entry to its own published exemplar; it stays published', async () => {
    const doc = await createInState(
      f.payload,
      'exemplars',
      f.unitA.id,
      { reviewState: 'published' },
      { name: 'Hoàng Văn Đăng' },
    )
    await f.payload.update({
      collection: 'exemplars',
      id: doc.id,
      data: { coverage: [...(doc.coverage ?? []), entry] },
      ...withUser(f.contributorA),
    })
    const saved = await stored(f.payload, 'exemplars', doc.id)
    expect(saved.coverage.map((c: JsonBody) => c.outlet)).toContain('Báo Lạng Sơn')
    expect(saved._status).toBe('published')
    expect(saved.reviewState).toBe('published')
    expect(saved.name).toBe('Hoàng Văn Đăng')
  })

  it('a coverage-only draft save (the admin button) lands on the published document', async () => {
    const doc = await createInState(
      f.payload,
      'exemplars',
      f.unitA.id,
      { reviewState: 'published' },
      { name: 'Vi Thị Nháp' },
    )
    await f.payload.update({
      collection: 'exemplars',
      id: doc.id,
      draft: true,
      data: { ...doc, coverage: [entry], _status: 'draft' } as never,
      ...withUser(f.contributorA),
    })
    const main = await stored(f.payload, 'exemplars', doc.id)
    expect(main._status).toBe('published')
    expect(main.coverage).toHaveLength(1)
    const latest = await f.payload.findByID({
      collection: 'exemplars',
      id: doc.id,
      draft: true,
      overrideAccess: true,
    })
    expect(latest._status).toBe('published')
    const publicRead = await f.payload.findByID({
      collection: 'exemplars',
      id: doc.id,
      overrideAccess: false,
    })
    expect(publicRead.coverage).toHaveLength(1)
  })

  it('but cannot change its name or anything else (403, nothing changes)', async () => {
    const doc = await createInState(
      f.payload,
      'exemplars',
      f.unitA.id,
      { reviewState: 'published' },
      { name: 'Lương Văn Giữ' },
    )
    for (const draft of [false, true]) {
      const error = await rejection(
        f.payload.update({
          collection: 'exemplars',
          id: doc.id,
          draft,
          data: { name: 'Tên đã sửa', coverage: [entry] },
          ...withUser(f.contributorA),
        }),
      )
      expect(error.status).toBe(403)
      expectVietnamese(error.message)
    }
    const saved = await stored(f.payload, 'exemplars', doc.id)
    expect(saved.name).toBe('Lương Văn Giữ')
    expect(saved.coverage ?? []).toHaveLength(0)
    expect(saved._status).toBe('published')
  })

  it("cannot touch another unit's published exemplar, nor its own submitted one", async () => {
    const other = await createInState(f.payload, 'exemplars', f.unitB.id, {
      reviewState: 'published',
    })
    const sent = await createInState(f.payload, 'exemplars', f.unitA.id, {
      reviewState: 'submitted',
    })
    for (const id of [other.id, sent.id]) {
      const error = await rejection(
        f.payload.update({
          collection: 'exemplars',
          id,
          data: { coverage: [entry] },
          ...withUser(f.contributorA),
        }),
      )
      expect([403, 404]).toContain(error.status)
      expect((await stored(f.payload, 'exemplars', id)).coverage ?? []).toHaveLength(0)
    }
  })

  it('editors edit coverage on any exemplar', async () => {
    const doc = await createInState(f.payload, 'exemplars', f.unitB.id, {
      reviewState: 'submitted',
    })
    await f.payload.update({
      collection: 'exemplars',
      id: doc.id,
      data: { coverage: [entry] },
      ...withUser(f.editor),
    })
    expect((await stored(f.payload, 'exemplars', doc.id)).coverage).toHaveLength(1)
  })

  it('refuses an outlet outside the configured list, or a malformed link (400, Vietnamese)', async () => {
    const doc = await createInState(f.payload, 'exemplars', f.unitA.id, {
      reviewState: 'published',
    })
    const bad = [
      { outlet: 'Kênh không có thật' },
      { outlet: 'Báo Lạng Sơn', url: 'javascript:alert(1)' },
      { outlet: '' },
    ]
    for (const item of bad) {
      const error = await rejection(
        f.payload.update({
          collection: 'exemplars',
          id: doc.id,
          data: { coverage: [item] },
          ...withUser(f.contributorA),
        }),
      )
      expect(error.status).toBe(400)
      expectVietnamese(error.message)
    }
    expect((await stored(f.payload, 'exemplars', doc.id)).coverage ?? []).toHaveLength(0)
  })
})
