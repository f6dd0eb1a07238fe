/**
 * Importing a unit's list through the Local API with a user (access rules on) and through the
 * endpoint's handler in-process: previews create nothing; a commit creates drafts for the
 * right unit and month, all or none in one transaction, each audit-logged.
 */
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AppUser } from '@/access/roles'
import { importEndpoint } from '@/import/endpoint'
import { ImportError } from '@/import/errors'
import { importExemplars } from '@/import/service'
import type { User } from '@/payload-types'

import { SAMPLE, sampleDocx, sampleXlsx } from '../helpers/import-files'
import { as, createFixtures, testPayload, type Fixtures } from '../helpers/payload'

let f: Fixtures
let docx: Buffer
let failOnCreate = 0
let creates = 0

/** Fails the n-th create after it has been written (its audit entry too). */
const failingHook: CollectionAfterChangeHook = ({ doc, operation }) => {
  if (operation !== 'create' || !failOnCreate) return doc
  if (++creates === failOnCreate) {
    failOnCreate = 0
    throw new Error('injected failure in the middle of an import')
  }
  return doc
}

beforeAll(async () => {
  f = await createFixtures(await testPayload())
  docx = await sampleDocx()
  const hooks = f.payload.collections.exemplars.config.hooks
  hooks.afterChange = [...(hooks.afterChange ?? []), failingHook]
})

afterAll(() => {
  const hooks = f.payload.collections.exemplars.config.hooks
  hooks.afterChange = (hooks.afterChange ?? []).filter((hook) => hook !== failingHook)
})

const count = async () => (await f.payload.count({ collection: 'exemplars' })).totalDocs
const audits = async () =>
  (await f.payload.count({ collection: 'audit-log', where: { action: { equals: 'import' } } }))
    .totalDocs

const run = (user: User | null, extra: Partial<Parameters<typeof importExemplars>[0]> = {}) =>
  importExemplars({
    payload: f.payload,
    user: user ? (as(user) as AppUser) : null,
    file: { name: 'danh-sach.docx', data: docx },
    period: '2022-07',
    commit: false,
    ...extra,
  })

async function refusal(promise: Promise<unknown>): Promise<ImportError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError)
    return error as ImportError
  }
  throw new Error('accepted')
}

describe('importExemplars (Local API, with a user)', () => {
  it('previews without creating anything', async () => {
    const before = await count()
    const { rows, created } = await run(f.contributorA)
    expect(rows.map((r) => r.name)).toEqual(SAMPLE.map((e) => e.name))
    expect(created).toEqual([])
    expect(await count()).toBe(before)
  })

  it('refuses anonymous users (401) and creates nothing', async () => {
    const before = await count()
    expect((await refusal(run(null, { commit: true }))).status).toBe(401)
    expect(await count()).toBe(before)
  })

  it("creates a contributor's drafts in its own unit, whatever unit it names", async () => {
    const before = await audits()
    const { created } = await run(f.contributorA, { commit: true, unit: f.unitB.id })
    expect(created).toHaveLength(SAMPLE.length)
    const { docs } = await f.payload.find({
      collection: 'exemplars',
      where: { id: { in: created } },
      draft: true,
      depth: 0,
      overrideAccess: true,
      sort: 'createdAt',
    })
    expect(docs).toHaveLength(SAMPLE.length)
    for (const doc of docs) {
      expect(String(doc.unit)).toBe(String(f.unitA.id))
      expect(doc.period).toBe('2022-07')
      expect(doc._status).toBe('draft')
      expect(doc.reviewState).toBe('draft')
      expect(doc.slug).toMatch(/^[a-z0-9-]+$/)
    }
    const hung = docs.find((d) => d.name === 'Lăng Văn Hùng')!
    expect(hung).toMatchObject({ kind: 'individual', gender: 'male', birthYear: 1979 })
    expect(hung.awards?.map((a) => a.title)).toEqual([
      'Lao động tiên tiến',
      'Bằng khen của Chủ tịch UBND tỉnh',
    ])
    expect(await audits()).toBe(before + SAMPLE.length)
  })

  it('stores NFC text whatever the file holds', async () => {
    const nfd = SAMPLE.map((e) => ({ ...e, name: `${e.name} NFD`.normalize('NFD') }))
    const { created } = await run(f.contributorA, {
      commit: true,
      file: { name: 'danh-sach.xlsx', data: await sampleXlsx(nfd) },
      lines: [2],
    })
    const doc = await f.payload.findByID({
      collection: 'exemplars',
      id: created[0],
      draft: true,
      overrideAccess: true,
    })
    expect(doc.name).toBe('Lăng Văn Hùng NFD'.normalize('NFC'))
    expect(doc.slug).toMatch(/^lang-van-hung-nfd/)
  })

  it('staff must choose an existing unit; the drafts go there', async () => {
    expect((await refusal(run(f.editor, { commit: true }))).message).toMatch(/chọn đơn vị/)
    expect((await refusal(run(f.editor, { commit: true, unit: 999999 }))).status).toBe(404)
    const { created } = await run(f.editor, { commit: true, unit: f.unitB.id, lines: [1, 3] })
    expect(created).toHaveLength(2)
    const { docs } = await f.payload.find({
      collection: 'exemplars',
      where: { id: { in: created } },
      draft: true,
      overrideAccess: true,
      depth: 0,
    })
    expect(docs.map((d) => String(d.unit))).toEqual([String(f.unitB.id), String(f.unitB.id)])
    expect(docs.map((d) => d.name).sort()).toEqual(['Hợp tác xã Chè Mẫu Sơn', 'Nông Thị Mai'])
  })

  it('refuses a commit with a row that has problems, or without a period, creating nothing', async () => {
    const before = await count()
    docx = await sampleDocx([SAMPLE[0], { ...SAMPLE[1], summary: '' }])
    try {
      const error = await refusal(run(f.contributorA, { commit: true }))
      expect(error.message).toMatch(/dòng 2 \(Thiếu thành tích tiêu biểu\.\)/)
      expect((await refusal(run(f.contributorA, { commit: true, period: null }))).message).toMatch(
        /kỳ giới thiệu/,
      )
      expect((await refusal(run(f.contributorA, { commit: true, lines: [7] }))).message).toMatch(
        /không có dòng số 7/,
      )
      // Unticking the faulty row lets the rest through.
      const { created } = await run(f.contributorA, { commit: true, lines: [1] })
      expect(created).toHaveLength(1)
      expect(await count()).toBe(before + 1)
    } finally {
      docx = await sampleDocx()
    }
  })

  it('all or nothing: a failure at the third draft leaves no draft and no audit entry', async () => {
    const [before, beforeAudits] = [await count(), await audits()]
    failOnCreate = 3
    creates = 0
    await expect(run(f.contributorA, { commit: true })).rejects.toThrow(/injected failure/)
    expect(await count()).toBe(before)
    expect(await audits()).toBe(beforeAudits)
  })
})

function endpointRequest(user: User | null, fields: Record<string, string | Blob>): PayloadRequest {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  const request = new Request('http://localhost/api/exemplars/import', {
    method: 'POST',
    body: form,
  })
  return Object.assign(request, {
    payload: f.payload,
    user: user ? as(user) : null,
    context: {},
  }) as unknown as PayloadRequest
}

describe('POST /api/exemplars/import handler', () => {
  const file = () => new File([new Uint8Array(docx)], 'danh-sach.docx')

  it('answers 401 to anonymous requests', async () => {
    const response = await importEndpoint.handler(
      endpointRequest(null, { file: file(), period: '2022-07' }),
    )
    expect(response.status).toBe(401)
  })

  it('previews, then commits the ticked rows', async () => {
    const preview = await importEndpoint.handler(
      endpointRequest(f.contributorB, { file: file(), period: '2022-08' }),
    )
    expect(preview.status).toBe(200)
    const body = await preview.json()
    expect(body.created).toEqual([])
    expect(body.rows[1]).toMatchObject({
      kind: 'individual',
      name: 'Lăng Văn Hùng',
      gender: 'male',
      birthYear: 1979,
      position: 'Trưởng thôn Nà Phai, xã Tú Đoạn',
      problems: [],
    })
    const committed = await importEndpoint.handler(
      endpointRequest(f.contributorB, {
        file: file(),
        period: '2022-08',
        commit: 'true',
        rows: '2,4',
      }),
    )
    expect(committed.status).toBe(200)
    expect((await committed.json()).created).toHaveLength(2)
  })

  it('answers 400 in Vietnamese to a file it cannot read, a missing file or a bad period', async () => {
    const cases: Array<Record<string, string | Blob>> = [
      { file: new File([Buffer.from('xin chào')], 'a.docx'), period: '2022-07' },
      { period: '2022-07' },
      { file: file(), period: '2022-13', commit: 'true' },
      { file: file(), period: '2022-07', commit: 'true', rows: 'một' },
    ]
    for (const fields of cases) {
      const response = await importEndpoint.handler(endpointRequest(f.contributorA, fields))
      expect(response.status).toBe(400)
      const body = await response.json()
      expect(body.errors[0].message).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/)
    }
  })
})
