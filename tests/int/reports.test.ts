/**
 * The compliance figures on a hand-built fixture: three months (05–07/2022), deadline day 5,
 * points chosen so that every part of the score shows in the total (see the arithmetic below).
 */
import { randomBytes } from 'node:crypto'

import type { JsonBody } from '../helpers/json'
import { beforeAll, describe, expect, it } from 'vitest'

import { complianceEndpoint } from '@/reports/endpoints'

import { as, createFixtures, testPayload, validExemplar, type Fixtures } from '../helpers/payload'
import { expectVietnamese } from '../helpers/access'

let f: Fixtures
const ids: Record<string, number | string> = {}
const clusterIds: Record<string, number | string> = {}

const POINTS = {
  perPublished: 2,
  perOnTimeMonth: 7,
  perProposal: 3,
  perSelected: 11,
  perCoverage: 0.5,
  missingMonthPenalty: -4,
}

async function exemplar(unit: string, data: Record<string, unknown>) {
  const published = data.reviewState === 'published'
  return f.payload.create({
    collection: 'exemplars',
    data: validExemplar({
      unit: ids[unit],
      consent: true,
      _status: published ? 'published' : 'draft',
      ...data,
    }) as never,
    overrideAccess: true,
    context: { workflowTransition: true },
  })
}

async function unit(key: string, data: Record<string, unknown>) {
  ids[key] = (
    await f.payload.create({
      collection: 'units',
      data: { name: key, kind: 'commune', ...data } as never,
    })
  ).id
}

type Req = { user?: unknown; query: Record<string, string> }

/** Calls the endpoint as Payload's REST layer would, and reads the JSON answer. */
async function call({ user, query }: Req) {
  const response = await complianceEndpoint.handler({
    payload: f.payload,
    user: user ?? null,
    searchParams: new URLSearchParams(query),
    query,
  } as never)
  return { status: response.status, body: (await response.json()) as JsonBody }
}

beforeAll(async () => {
  f = await createFixtures(await testPayload())
  const { payload } = f
  await payload.updateGlobal({
    slug: 'site-settings',
    data: { deadlineDay: 5, scoring: POINTS },
  })
  for (const name of ['Cụm xã khu vực trung tâm', 'Cụm xã vùng biên']) {
    clusterIds[name] = (await payload.create({ collection: 'clusters', data: { name } })).id
  }
  const central = clusterIds['Cụm xã khu vực trung tâm']
  const border = clusterIds['Cụm xã vùng biên']
  await unit('Xã Ái Quốc', { cluster: central })
  await unit('Xã Đồng Bục', { cluster: central })
  // Merged on 1 June 2022 (midnight, Vietnam time): exists in May only.
  await unit('Xã Tĩnh Bắc', { cluster: border, validTo: '2022-05-31T17:00:00.000Z' })
  await unit('Xã Mẫu Sơn', { cluster: border })
  await unit('Xã mới lập', { cluster: border, validFrom: '2022-08-01T12:00:00.000Z' })
  await unit('Xã đã sáp nhập', { cluster: border, validTo: '2022-05-01T12:00:00.000Z' })

  // Ái Quốc: May on time to the last millisecond of 5 June (UTC+7), published, proposed, two
  // coverage entries; June sent one millisecond after its deadline; July nothing.
  await exemplar('Xã Ái Quốc', {
    name: 'Hoàng Văn Ba',
    period: '2022-05',
    reviewState: 'published',
    provincialStatus: 'proposed',
    submittedAt: '2022-06-05T16:59:59.999Z',
    coverage: [
      { outlet: 'Trang thông tin điện tử huyện', date: '2022-06-10T00:00:00.000Z' },
      { outlet: 'Báo Lạng Sơn', date: '2022-06-12T00:00:00.000Z' },
    ],
  })
  await exemplar('Xã Ái Quốc', {
    name: 'Lăng Thị Bốn',
    period: '2022-06',
    reviewState: 'submitted',
    submittedAt: '2022-07-05T17:00:00.000Z',
  })
  // Outside the range: never counted.
  await exemplar('Xã Ái Quốc', {
    name: 'Vi Văn Năm',
    period: '2022-08',
    reviewState: 'submitted',
    submittedAt: '2022-08-02T01:00:00.000Z',
  })
  // Đồng Bục: on time every month; one selected, one returned (still sent), a draft never sent.
  await exemplar('Xã Đồng Bục', {
    name: 'Chu Văn Sáu',
    period: '2022-05',
    reviewState: 'published',
    provincialStatus: 'selected',
    submittedAt: '2022-06-01T03:00:00.000Z',
    coverage: [{ outlet: 'Báo Lạng Sơn' }],
  })
  await exemplar('Xã Đồng Bục', { name: 'Mã Thị Bảy', period: '2022-05', reviewState: 'draft' })
  await exemplar('Xã Đồng Bục', {
    name: 'Lương Văn Tám',
    period: '2022-06',
    reviewState: 'returned',
    submittedAt: '2022-06-20T02:00:00.000Z',
  })
  await exemplar('Xã Đồng Bục', {
    name: 'Hứa Thị Chín',
    period: '2022-07',
    reviewState: 'submitted',
    submittedAt: '2022-08-05T16:59:00.000Z',
  })
})

const report = async (query = { from: '2022-05', to: '2022-07' }, user: unknown = as(f.editor)) =>
  call({ user, query })

const rowOf = (body: JsonBody, name: string) => body.units.find((u: JsonBody) => u.name === name)

describe('compliance figures (hand-computed)', () => {
  it('lists every unit active in the range, with every month, including those that sent nothing', async () => {
    const { status, body } = await report()
    expect(status).toBe(200)
    expect(body.periods).toEqual(['2022-05', '2022-06', '2022-07'])
    const names = body.units.map((u: JsonBody) => u.name)
    expect(names).toEqual(
      expect.arrayContaining(['Xã Ái Quốc', 'Xã Đồng Bục', 'Xã Tĩnh Bắc', 'Xã Mẫu Sơn']),
    )
    expect(names).not.toContain('Xã mới lập')
    expect(names).not.toContain('Xã đã sáp nhập')
    for (const unit of body.units) {
      expect(Object.keys(unit.byPeriod)).toEqual(body.periods)
      for (const month of Object.values(unit.byPeriod) as JsonBody[]) {
        for (const key of ['submitted', 'onTime', 'published', 'proposed', 'coverage']) {
          expect(typeof month[key]).toBe('number')
        }
      }
      expect(typeof unit.score).toBe('number')
    }
    expect(rowOf(body, 'Xã Ái Quốc').cluster).toBe('Cụm xã khu vực trung tâm')
  })

  it('judges on time at the deadline boundary in UTC+7', async () => {
    const { body } = await report()
    const aiQuoc = rowOf(body, 'Xã Ái Quốc')
    expect(aiQuoc.byPeriod['2022-05']).toMatchObject({
      submitted: 1,
      onTime: 1,
      published: 1,
      proposed: 1,
      selected: 0,
      coverage: 2,
      status: 'on-time',
    })
    expect(aiQuoc.byPeriod['2022-06']).toMatchObject({
      submitted: 1,
      onTime: 0,
      late: 1,
      status: 'late',
    })
    expect(aiQuoc.byPeriod['2022-07']).toMatchObject({ submitted: 0, status: 'missing' })
    const dongBuc = rowOf(body, 'Xã Đồng Bục')
    // The draft that was never sent does not count; the returned one does.
    expect(dongBuc.byPeriod['2022-05']).toMatchObject({
      submitted: 1,
      onTime: 1,
      proposed: 1,
      selected: 1,
    })
    expect(dongBuc.byPeriod['2022-06']).toMatchObject({ submitted: 1, onTime: 1, published: 0 })
    expect(dongBuc.byPeriod['2022-07']).toMatchObject({
      submitted: 1,
      onTime: 1,
      status: 'on-time',
    })
  })

  it('stops a merged unit at its validTo: no penalty for months it no longer existed', async () => {
    const { body } = await report()
    const tinhBac = rowOf(body, 'Xã Tĩnh Bắc')
    expect(tinhBac.byPeriod['2022-05']).toMatchObject({ active: true, status: 'missing' })
    expect(tinhBac.byPeriod['2022-06']).toMatchObject({
      active: false,
      status: 'inactive',
      submitted: 0,
    })
    expect(tinhBac.score).toBe(-4)
  })

  it('scores from the points in site settings', async () => {
    const { body } = await report()
    // 1 published × 2 + 1 on-time month × 7 + 1 proposed × 3 + 2 coverage × 0.5 − 1 missing × 4
    expect(rowOf(body, 'Xã Ái Quốc').score).toBe(9)
    // 1 × 2 + 3 × 7 + 1 × 3 + 1 selected × 11 + 1 × 0.5
    expect(rowOf(body, 'Xã Đồng Bục').score).toBe(37.5)
    // Nothing sent for three months: 3 × −4
    expect(rowOf(body, 'Xã Mẫu Sơn').score).toBe(-12)
    expect(body.points).toMatchObject(POINTS)
    expect(rowOf(body, 'Xã Đồng Bục').rank).toBeLessThan(rowOf(body, 'Xã Ái Quốc').rank)
  })

  it('totals and ranks the clusters', async () => {
    const { body } = await report()
    const central = body.clusters.find((c: JsonBody) => c.name === 'Cụm xã khu vực trung tâm')
    const border = body.clusters.find((c: JsonBody) => c.name === 'Cụm xã vùng biên')
    expect(central).toMatchObject({
      units: 2,
      submitted: 5,
      onTime: 4,
      published: 2,
      proposed: 2,
      selected: 1,
      coverage: 3,
      score: 46.5,
      averageScore: 23.25,
    })
    expect(central.leaders.map((l: JsonBody) => l.name)).toEqual(['Xã Đồng Bục'])
    expect(border).toMatchObject({ units: 2, missingMonths: 4, score: -16, averageScore: -8 })
    expect(central.rank).toBeLessThan(border.rank)
  })
})

describe('who may read the compliance report', () => {
  it('answers 401 in Vietnamese to anonymous users', async () => {
    const { status, body } = await call({ query: { from: '2022-05', to: '2022-07' } })
    expect(status).toBe(401)
    expectVietnamese(body.errors[0].message)
  })

  it('shows a contributor only its own unit, even when it asks for another', async () => {
    const { status, body } = await call({
      user: as(f.contributorA),
      query: { from: '2022-05', to: '2022-07', unit: String(ids['Xã Ái Quốc']) },
    })
    expect(status).toBe(200)
    expect(body.units.map((u: JsonBody) => String(u.id))).toEqual([String(f.unitA.id)])
    expect(body.clusters.every((c: JsonBody) => c.units === 1)).toBe(true)
  })

  it('shows editors and admins every unit', async () => {
    for (const user of [f.editor, f.admin]) {
      const { body } = await report(undefined, as(user))
      const seen = body.units.map((u: JsonBody) => String(u.id))
      expect(seen).toEqual(
        expect.arrayContaining([String(f.unitA.id), String(f.unitB.id), String(ids['Xã Mẫu Sơn'])]),
      )
    }
  })
})

describe('bad ranges', () => {
  const cases: Array<[string, Record<string, string>]> = [
    ['missing to', { from: '2022-05' }],
    ['malformed month', { from: '2022-13', to: '2022-14' }],
    ['not a period', { from: 'hôm qua', to: '2022-07' }],
    ['reversed', { from: '2022-07', to: '2022-05' }],
    ['longer than 36 months', { from: '2020-01', to: '2023-01' }],
  ]
  it.each(cases)('answers 400 in Vietnamese: %s', async (_name, query) => {
    const before = await f.payload.count({ collection: 'exemplars', overrideAccess: true })
    const { status, body } = await call({ user: as(f.editor), query })
    expect(status).toBe(400)
    expectVietnamese(body.errors[0].message)
    expect(await f.payload.count({ collection: 'exemplars', overrideAccess: true })).toEqual(before)
  })

  it('accepts exactly 36 months', async () => {
    const { status, body } = await call({
      user: as(f.editor),
      query: { from: '2020-01', to: '2022-12' },
    })
    expect(status).toBe(200)
    expect(body.periods).toHaveLength(36)
  })
})

describe('coverage in the score cannot be gamed (read from the database)', () => {
  const SEPTEMBER = { from: '2022-09', to: '2022-09' }
  const entries = (count: number, distinct: boolean) =>
    Array.from({ length: count }, (_, i) => ({
      // Row ids are Payload's job when hooks run; this fixture writes past them.
      id: randomBytes(12).toString('hex'),
      outlet: 'Báo Lạng Sơn',
      url: `https://baolangson.vn/guong-sang${distinct ? `-${i + 1}` : ''}`,
      date: '2022-09-25T00:00:00.000Z',
    }))

  beforeAll(async () => {
    await unit('Xã Khuất Xá', { validFrom: '2022-09-01T12:00:00.000Z' })
    for (const [name, coverage] of [
      ['Nông Văn Mười', entries(30, false)],
      ['Lộc Thị Mười Một', entries(8, true)],
    ] as const) {
      const doc = await exemplar('Xã Khuất Xá', {
        name,
        period: '2022-09',
        reviewState: 'published',
        submittedAt: '2022-09-20T00:00:00.000Z',
      })
      // Straight to the database: the coverage hook refuses duplicates today, but entries
      // stored before it (or by any other way in) must not count twice either.
      await f.payload.db.updateOne({
        collection: 'exemplars',
        id: doc.id,
        data: { coverage },
      })
    }
  })

  it('thirty copies of one article count once; the rest count up to the cap per exemplar', async () => {
    const stored = await f.payload.find({
      collection: 'exemplars',
      where: { name: { equals: 'Nông Văn Mười' } },
      overrideAccess: true,
    })
    expect(stored.docs[0].coverage).toHaveLength(30)

    // Default cap 5: 1 + min(8, 5) = 6 appearances; 2 published × 2 + 1 on-time month × 7 + 6 × 0.5
    const byDefault = rowOf((await report(SEPTEMBER)).body, 'Xã Khuất Xá')
    expect(byDefault.byPeriod['2022-09'].coverage).toBe(6)
    expect(byDefault.score).toBe(14)

    await f.payload.updateGlobal({
      slug: 'site-settings',
      data: { scoring: { ...POINTS, coverageCapPerExemplar: 3 } },
    })
    try {
      // 1 + min(8, 3) = 4 appearances: 4 + 7 + 4 × 0.5
      const capped = rowOf((await report(SEPTEMBER)).body, 'Xã Khuất Xá')
      expect(capped.byPeriod['2022-09'].coverage).toBe(4)
      expect(capped.score).toBe(13)
    } finally {
      await f.payload.updateGlobal({
        slug: 'site-settings',
        data: { scoring: { ...POINTS, coverageCapPerExemplar: 5 } },
      })
    }
  })
})
