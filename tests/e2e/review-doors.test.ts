import { beforeAll, describe, expect, it } from 'vitest'

import { picture } from '../helpers/images'
import type { JsonBody } from '../helpers/json'
import { api, baseURL, login } from './http'

/**
 * The doors nobody listed (issue: review enforced once), tried from outside over HTTP the way an
 * attacker with a unit account would: each finding is a request that used to succeed.
 */

const CONTRIBUTOR = 'canbo.tu-doan@lantoa.local'
const OTHER_CONTRIBUTOR = 'canbo.mau-son@lantoa.local'
const EDITOR = 'bientap@lantoa.local'

let contributor: string
let other: string
let editor: string
let editorId: number
let ownUnit: number

let serial = 0
const tag = () => `${Date.now().toString(36)}${++serial}`

async function me(token: string): Promise<JsonBody> {
  return (await api('/api/users/me', { token })).body.user
}

async function uploadImage(token: string, alt: string): Promise<JsonBody> {
  const form = new FormData()
  const png = await picture('png', 400, 300)
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `${tag()}.png`)
  form.append('_payload', JSON.stringify({ alt }))
  const response = await fetch(`${baseURL()}/api/media`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}` },
    body: form,
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as JsonBody).doc
}

/** A profile of the contributor's unit, in a month outside the demo's, taken to `published`. */
async function publishedProfile(extra: Record<string, unknown> = {}): Promise<JsonBody> {
  const created = await api('/api/exemplars', {
    method: 'POST',
    token: contributor,
    json: {
      kind: 'individual',
      name: `Nguyễn Thị Kiểm Thử ${tag()}`,
      category: 'good-deeds',
      sector: 'other',
      summary: 'Thành tích dùng cho kiểm thử các cửa truy cập.',
      period: '2019-01',
      consent: true,
      ...extra,
    },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const id = created.body.doc.id
  const submitted = await api(`/api/exemplars/${id}/workflow`, {
    method: 'POST',
    token: contributor,
    json: { action: 'submit' },
  })
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
  const published = await api(`/api/exemplars/${id}/workflow`, {
    method: 'POST',
    token: editor,
    json: { action: 'publish' },
  })
  expect(published.status, JSON.stringify(published.body)).toBe(200)
  return (await api(`/api/exemplars/${id}?depth=0`, { token: editor })).body
}

beforeAll(async () => {
  contributor = await login(CONTRIBUTOR)
  other = await login(OTHER_CONTRIBUTOR)
  editor = await login(EDITOR)
  editorId = (await me(editor)).id
  const user = await me(contributor)
  ownUnit = typeof user.unit === 'object' ? user.unit.id : user.unit
})

describe('1. uploads of a published profile are frozen for its unit', () => {
  it('the unit cannot replace, edit or delete its published profile’s photo; editors can', async () => {
    const photo = await uploadImage(contributor, 'Ảnh chân dung gốc')
    const profile = await publishedProfile({ portrait: photo.id })

    const form = new FormData()
    const png = await picture('png', 420, 300)
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'thay-anh.png')
    form.append('_payload', JSON.stringify({ alt: 'Ảnh đã bị thay' }))
    const replaced = await fetch(`${baseURL()}/api/media/${photo.id}`, {
      method: 'PATCH',
      headers: { authorization: `JWT ${contributor}` },
      body: form,
    })
    expect([403, 404]).toContain(replaced.status)
    const edited = await api(`/api/media/${photo.id}`, {
      method: 'PATCH',
      token: contributor,
      json: { alt: 'Sửa mô tả' },
    })
    expect([403, 404]).toContain(edited.status)
    const deleted = await api(`/api/media/${photo.id}`, { method: 'DELETE', token: contributor })
    expect([403, 404]).toContain(deleted.status)

    const after = (await api(`/api/media/${photo.id}`, { token: editor })).body
    expect(after.filename).toBe(photo.filename)
    expect(after.alt).toBe('Ảnh chân dung gốc')
    expect((await api(`/api/exemplars/${profile.id}?depth=0`)).body.portrait).toBe(photo.id)

    const byEditor = await api(`/api/media/${photo.id}`, {
      method: 'PATCH',
      token: editor,
      json: { alt: 'Biên tập viên sửa mô tả' },
    })
    expect(byEditor.status).toBe(200)
  })
})

describe('2. the review record is not public', () => {
  it('anonymous REST reads, filters and GraphQL see no review notes, creator or submission time', async () => {
    const profile = await publishedProfile()
    const returned = await api(`/api/exemplars/${profile.id}`)
    expect(returned.status).toBe(200)
    for (const field of ['reviewNotes', 'createdBy', 'submittedAt', 'contactPhone', 'consent']) {
      expect(returned.body, field).not.toHaveProperty(field)
    }
    const listed = await api(
      `/api/exemplars?where[id][equals]=${profile.id}&select[reviewNotes]=true&select[submittedAt]=true`,
    )
    expect(listed.body.docs?.[0] ?? {}).not.toHaveProperty('reviewNotes')
    expect(listed.body.docs?.[0] ?? {}).not.toHaveProperty('submittedAt')

    const probe = await api('/api/exemplars?where[reviewNotes.note][like]=a')
    expect(probe.status).toBeGreaterThanOrEqual(400)
    expect(probe.status).toBeLessThan(500)
    const bySubmission = await api('/api/exemplars?where[submittedAt][exists]=true')
    expect(bySubmission.status).toBeGreaterThanOrEqual(400)

    const graphql = await api('/api/graphql', {
      method: 'POST',
      json: {
        query: `{ Exemplar(id: ${profile.id}) { id reviewNotes { note } submittedAt createdBy { email } } }`,
      },
    })
    const doc = graphql.body?.data?.Exemplar
    expect(doc?.reviewNotes ?? null).toBeNull()
    expect(doc?.submittedAt ?? null).toBeNull()
    expect(doc?.createdBy ?? null).toBeNull()

    // The owning unit and staff still read them.
    const own = await api(`/api/exemplars/${profile.id}`, { token: contributor })
    expect(own.body).toHaveProperty('submittedAt')
  })
})

describe('3. images only drafts use are not public', () => {
  it('a draft’s new photo is neither listed nor served to a visitor; published ones are', async () => {
    const photo = await uploadImage(contributor, `Ảnh của bản nháp ${tag()}`)
    const draft = await api('/api/exemplars', {
      method: 'POST',
      token: contributor,
      json: {
        kind: 'individual',
        name: `Bản nháp ${tag()}`,
        category: 'good-deeds',
        sector: 'other',
        summary: 'Chưa gửi duyệt.',
        period: '2019-02',
        portrait: photo.id,
      },
    })
    expect(draft.status).toBe(201)

    expect((await api(`/api/media/${photo.id}`)).status).toBe(404)
    const listed = await api('/api/media?sort=-createdAt&limit=50&depth=0')
    expect(listed.body.docs.map((d: JsonBody) => d.id)).not.toContain(photo.id)
    const file = await fetch(`${baseURL()}/api/media/file/${photo.filename}`)
    expect(file.status).toBe(404)
    const missing = await fetch(`${baseURL()}/api/media/file/khong-co-tep-nay.png`)
    expect(missing.status).toBe(404)

    const published = await publishedProfile({
      portrait: (await uploadImage(contributor, 'Công khai')).id,
    })
    const publicPhoto = (await api(`/api/media/${published.portrait}`)).body
    expect(publicPhoto.filename).toBeTruthy()
    const served = await fetch(`${baseURL()}/api/media/file/${publicPhoto.filename}`)
    expect(served.status).toBe(200)
  })
})

describe('4. trash follows the review table', () => {
  it('a unit cannot bring back a published profile an editor trashed', async () => {
    const profile = await publishedProfile()
    const trashed = await api(`/api/exemplars/${profile.id}`, {
      method: 'PATCH',
      token: editor,
      json: { deletedAt: new Date().toISOString() },
    })
    expect(trashed.status).toBe(200)
    const restored = await api(`/api/exemplars/${profile.id}?trash=true`, {
      method: 'PATCH',
      token: contributor,
      json: { deletedAt: null },
    })
    expect([403, 404]).toContain(restored.status)
    expect((await api(`/api/exemplars/${profile.id}`)).status).toBe(404)
    const byEditor = await api(`/api/exemplars/${profile.id}?trash=true`, {
      method: 'PATCH',
      token: editor,
      json: { deletedAt: null },
    })
    expect(byEditor.status).toBe(200)
  })

  it('version restore is for staff only', async () => {
    const profile = await publishedProfile()
    const versions = await api(
      `/api/exemplars/versions?where[parent][equals]=${profile.id}&limit=1`,
      { token: editor },
    )
    const versionId = versions.body.docs?.[0]?.id
    expect(versionId).toBeTruthy()
    const byUnit = await api(`/api/exemplars/versions/${versionId}`, {
      method: 'POST',
      token: contributor,
    })
    expect(byUnit.status).toBeGreaterThanOrEqual(400)
    expect(byUnit.status).toBeLessThan(500)
  })
})

describe('5. document locks belong to their requester', () => {
  it('a lock cannot be made in another’s name or on another unit’s document', async () => {
    const foreign = await api('/api/exemplars?depth=0&limit=1&where[unit][not_equals]=' + ownUnit, {
      token: editor,
    })
    const foreignId = foreign.body.docs[0].id
    const forged = await api('/api/payload-locked-documents', {
      method: 'POST',
      token: contributor,
      json: {
        document: { relationTo: 'exemplars', value: foreignId },
        user: { relationTo: 'users', value: editorId },
      },
    })
    expect([403, 404]).toContain(forged.status)

    const draft = await api('/api/exemplars', {
      method: 'POST',
      token: contributor,
      json: {
        kind: 'collective',
        name: `Tập thể khóa ${tag()}`,
        category: 'good-model',
        sector: 'economy',
        summary: 'Khóa của chính mình.',
        period: '2019-03',
      },
    })
    const own = await api('/api/payload-locked-documents', {
      method: 'POST',
      token: contributor,
      json: {
        document: { relationTo: 'exemplars', value: draft.body.doc.id },
        user: { relationTo: 'users', value: editorId },
      },
    })
    expect(own.status).toBe(201)
    const lock = own.body.doc
    const owner = typeof lock.user?.value === 'object' ? lock.user.value.id : lock.user?.value
    expect(owner).toBe((await me(contributor)).id)

    // Another unit's staff cannot read, take over or remove it.
    expect((await api(`/api/payload-locked-documents/${lock.id}`, { token: other })).status).toBe(
      404,
    )
    const takeover = await api(`/api/payload-locked-documents/${lock.id}`, {
      method: 'PATCH',
      token: other,
      json: { user: { relationTo: 'users', value: (await me(other)).id } },
    })
    expect([403, 404]).toContain(takeover.status)
    const removed = await api(`/api/payload-locked-documents/${lock.id}`, {
      method: 'DELETE',
      token: other,
    })
    expect([403, 404]).toContain(removed.status)
    expect(
      (
        await api(`/api/payload-locked-documents/${lock.id}`, {
          method: 'DELETE',
          token: contributor,
        })
      ).status,
    ).toBe(200)
  })
})

describe('6. coverage cannot be gamed', () => {
  it('duplicates, relative or protocol-relative addresses and removing the portal entry are refused', async () => {
    const profile = await publishedProfile()
    const coverage = profile.coverage as JsonBody[]
    expect(coverage.length).toBe(1)
    const portal = coverage[0]
    const entry = {
      outlet: 'Báo Lạng Sơn',
      url: `https://baolangson.vn/bai-${tag()}`,
      date: '2019-02-01',
    }

    const twice = await api(`/api/exemplars/${profile.id}`, {
      method: 'PATCH',
      token: contributor,
      json: { coverage: [...coverage, entry, entry] },
    })
    expect(twice.status).toBe(400)
    for (const url of ['//evil.example/x', '/guong-dien-hinh/khac', 'javascript:alert(1)']) {
      const bad = await api(`/api/exemplars/${profile.id}`, {
        method: 'PATCH',
        token: contributor,
        json: { coverage: [...coverage, { ...entry, url }] },
      })
      expect(bad.status, url).toBe(400)
    }
    const dropped = await api(`/api/exemplars/${profile.id}`, {
      method: 'PATCH',
      token: contributor,
      json: { coverage: [entry] },
    })
    expect(dropped.status).toBe(403)
    expect(
      (await api(`/api/exemplars/${profile.id}?depth=0`, { token: editor })).body.coverage,
    ).toHaveLength(1)

    const added = await api(`/api/exemplars/${profile.id}`, {
      method: 'PATCH',
      token: contributor,
      json: { coverage: [portal, entry] },
    })
    expect(added.status, JSON.stringify(added.body)).toBe(200)
    const again = await api(`/api/exemplars/${profile.id}`, {
      method: 'PATCH',
      token: contributor,
      json: { coverage: [portal, entry, { ...entry, url: `${entry.url}/` }] },
    })
    expect(again.status).toBe(400)

    const log = await api(
      `/api/audit-log?where[docId][equals]=${profile.id}&where[action][equals]=coverage&depth=0`,
      { token: editor },
    )
    expect(log.body.docs.length).toBe(1)
    expect(log.body.docs[0].actor).toBe((await me(contributor)).id)
  })
})

describe('7. system fields are not writable', () => {
  it('createdAt, updatedAt and createdBy sent by a client are ignored', async () => {
    const profile = await publishedProfile()
    const forged = await api(`/api/exemplars/${profile.id}`, {
      method: 'PATCH',
      token: editor,
      json: { createdAt: '2001-01-01T00:00:00.000Z', createdBy: editorId, summary: 'Sửa nhỏ.' },
    })
    expect(forged.status).toBe(200)
    const after = (await api(`/api/exemplars/${profile.id}?depth=0`, { token: editor })).body
    expect(after.createdAt).toBe(profile.createdAt)
    expect(after.createdBy).toBe(profile.createdBy)
    const created = await api('/api/exemplars', {
      method: 'POST',
      token: contributor,
      json: {
        kind: 'household',
        name: `Hộ gia đình ${tag()}`,
        category: 'advanced',
        sector: 'agriculture',
        summary: 'Tạo ra trong thùng rác?',
        period: '2019-04',
        deletedAt: '2020-01-01T00:00:00.000Z',
        createdAt: '2001-01-01T00:00:00.000Z',
      },
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.deletedAt ?? null).toBeNull()
    expect(created.body.doc.createdAt).not.toBe('2001-01-01T00:00:00.000Z')
  })
})

describe('5 (publication). _status moves only through the transition table', () => {
  it('an editor’s PATCH of _status alone unpublishes through the table: the two states agree', async () => {
    const profile = await publishedProfile()
    const patched = await api(`/api/exemplars/${profile.id}`, {
      method: 'PATCH',
      token: editor,
      json: { _status: 'draft' },
    })
    expect(patched.status).toBe(200)
    const after = (await api(`/api/exemplars/${profile.id}?depth=0&draft=true`, { token: editor }))
      .body
    expect([after._status, after.reviewState]).toEqual(['draft', 'draft'])
    expect((await api(`/api/exemplars/${profile.id}`)).status).toBe(404)
    const log = await api(
      `/api/audit-log?where[docId][equals]=${profile.id}&where[action][equals]=unpublish&depth=0`,
      { token: editor },
    )
    expect(log.body.docs[0]?.to).toBe('Nháp')
  })
})

describe('8. no timing oracle on accounts', () => {
  const SAMPLES = 6
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]

  async function timed(path: string, body: unknown, address: string): Promise<number> {
    const started = performance.now()
    const response = await fetch(`${baseURL()}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify(body),
    })
    await response.text()
    return performance.now() - started
  }

  const TIMED = `thu-thoi-gian-${Date.now().toString(36)}@lantoa.local`

  beforeAll(async () => {
    // Its own account: wrong passwords lock it, and no other suite uses it.
    const admin = await login('quantri@lantoa.local')
    const created = await api('/api/users', {
      method: 'POST',
      token: admin,
      json: {
        email: TIMED,
        password: `Mat-khau-dai-${tag()}-2026!`,
        fullName: 'Tài khoản đo thời gian',
        role: 'contributor',
        unit: ownUnit,
      },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
  })

  it.each([
    ['/api/users/login', (email: string) => ({ email, password: 'sai-mat-khau-123' })],
    ['/api/users/forgot-password', (email: string) => ({ email })],
  ])('%s takes as long for an unknown address as for a known one', async (path, body) => {
    const known: number[] = []
    const unknown: number[] = []
    for (let i = 0; i < SAMPLES; i++) {
      // Each sample from its own address, in a range no other suite uses (security.test.ts
      // exhausts the login limit of addresses in 198.51.100.0/24): the limits are not measured.
      known.push(await timed(path, body(TIMED), `203.0.113.${10 + i}`))
      unknown.push(
        await timed(path, body(`khong-ton-tai-${tag()}@lantoa.local`), `203.0.113.${40 + i}`),
      )
    }
    // Unpadded, an unknown address answered in a few ms and a known one after hashing a
    // password or writing a token; padded, both answer at the floor.
    expect(Math.abs(median(known) - median(unknown))).toBeLessThan(120)
    expect(Math.min(...unknown)).toBeGreaterThan(300)
  })
})
