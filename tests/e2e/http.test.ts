import { describe, expect, it } from 'vitest'

import { api, baseURL, login } from './http'

const EDITOR = 'bientap@lantoa.local'
const CONTRIBUTOR = 'canbo.tu-doan@lantoa.local'

const unitId = (doc: { unit: unknown }) =>
  doc.unit && typeof doc.unit === 'object' ? (doc.unit as { id: unknown }).id : doc.unit

describe('the built server, as npm start runs it', () => {
  it('serves the portal home in Vietnamese with names from site settings', async () => {
    const response = await fetch(`${baseURL()}/`)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('<html lang="vi"')
    expect(html).toContain('Trang thông tin điện tử huyện Lộc Bình')
    expect(html).toContain('Ủy ban nhân dân huyện Lộc Bình')
  })

  it('answers unknown paths and slugs with a Vietnamese 404 page in the HTML itself', async () => {
    for (const path of [
      '/khong-co-trang-nay',
      '/a/b/c',
      '/guong-dien-hinh/khong-co-ho-so-nay',
      '/tin-tuc/khong-co-bai-nay',
      '/phong-trao/khong-co',
      '/don-vi/khong-co',
      '/p/trang-chu/-',
    ]) {
      const response = await fetch(`${baseURL()}${path}`)
      expect(response.status, path).toBe(404)
      const html = await response.text()
      expect(html, path).toContain('<html lang="vi"')
      expect(html, path).toMatch(/<h1[^>]*>Không tìm thấy trang<\/h1>/)
      expect(html, path).toContain('href="/"')
      expect(html, path).toContain('href="/tim-kiem"')
      // The portal's layout, with its name from the site settings.
      expect(html, path).toContain('Trang thông tin điện tử huyện Lộc Bình')
      expect(html, path).not.toMatch(/<script[^>]+src="\/_next\//)
    }
  })

  it('refuses a second first-register once users exist', async () => {
    const { status } = await api('/api/users/first-register', {
      method: 'POST',
      json: { email: 'ke-gian@lantoa.test', password: 'mat-khau-dai-1234', fullName: 'X' },
    })
    expect(status).toBe(403)
  })
})

describe('REST access control', () => {
  it('shows anonymous readers published exemplars only, without private fields', async () => {
    const { status, body } = await api('/api/exemplars?limit=200&depth=0')
    expect(status).toBe(200)
    expect(body.totalDocs).toBeGreaterThanOrEqual(25)
    for (const doc of body.docs) {
      expect(doc._status).toBe('published')
      expect(doc.reviewState).toBe('published')
      expect(doc).not.toHaveProperty('contactPhone')
      expect(doc).not.toHaveProperty('address')
      expect(doc).not.toHaveProperty('consent')
    }
  })

  it('hides drafts from anonymous readers even with draft=true', async () => {
    const { body } = await api(
      '/api/exemplars?draft=true&limit=200&depth=0&where[reviewState][not_equals]=published',
    )
    expect(body.docs).toEqual([])
    const versions = await api('/api/exemplars/versions?limit=5')
    expect(versions.status).toBe(403)
  })

  it('refuses, in Vietnamese, a query on private fields', async () => {
    const { status, body } = await api('/api/exemplars?where[address][like]=Nà')
    expect(status).toBe(400)
    expect(body.errors[0].message).toContain('Không được phép lọc')
  })

  it('refuses anonymous writes', async () => {
    const { status, body } = await api('/api/exemplars', {
      method: 'POST',
      json: {
        kind: 'individual',
        name: 'Ẩn danh',
        category: 'advanced',
        sector: 'other',
        summary: 'x',
        period: '2022-07',
      },
    })
    expect(status).toBe(403)
    expect(body.errors[0].message).toMatch(/không|Bạn/)
  })

  it('keeps GraphQL to the same rules', async () => {
    const response = await fetch(`${baseURL()}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ Exemplars(limit: 200, draft: true) { docs { _status reviewState } } }',
      }),
    })
    const body = (await response.json()) as {
      data: { Exemplars: { docs: Array<{ _status: string }> } }
    }
    expect(body.data.Exemplars.docs.length).toBeGreaterThan(0)
    expect(body.data.Exemplars.docs.every((doc) => doc._status === 'published')).toBe(true)
  })

  it('scopes a contributor to its own unit and refuses a self-publish', async () => {
    const token = await login(CONTRIBUTOR)
    const me = await api('/api/users/me', { token })
    const myUnit = unitId(me.body.user)
    const list = await api('/api/exemplars?limit=200&depth=0', { token })
    expect(list.body.docs.length).toBeGreaterThan(0)
    for (const doc of list.body.docs) expect(unitId(doc)).toBe(myUnit)

    const created = await api('/api/exemplars?draft=true', {
      method: 'POST',
      token,
      json: {
        kind: 'collective',
        name: 'Tổ hòa giải thôn Bản Chắt',
        category: 'good-model',
        sector: 'defence-security',
        summary: 'Hòa giải thành 12 vụ việc trong năm.',
        period: '2022-08',
        unit: 999999,
        _status: 'draft',
      },
    })
    expect(created.status).toBe(201)
    expect(unitId(created.body.doc)).toBe(myUnit)
    const id = created.body.doc.id

    const publish = await api(`/api/exemplars/${id}`, {
      method: 'PATCH',
      token,
      json: { _status: 'published', reviewState: 'published' },
    })
    expect(publish.status).toBe(403)
    expect(publish.body.errors[0].message).toContain('Biên tập viên')
    const after = await api(`/api/exemplars/${id}?draft=true&depth=0`, { token })
    expect(after.body._status).toBe('draft')
    expect(after.body.reviewState).toBe('draft')
  })

  it('refuses a self-publish through GraphQL too, changing nothing', async () => {
    const token = await login(CONTRIBUTOR)
    const created = await api('/api/exemplars?draft=true&depth=0', {
      method: 'POST',
      token,
      json: {
        kind: 'household',
        name: 'Hộ ông Lộc Văn Sình',
        category: 'advanced',
        sector: 'agriculture',
        summary: 'Trồng 3 ha chè Mẫu Sơn.',
        period: '2022-10',
        consent: true,
      },
    })
    expect(created.status).toBe(201)
    const doc = created.body.doc
    const response = await fetch(`${baseURL()}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({
        query: `mutation { updateExemplar(id: ${doc.id}, data: { summary: "Tự xuất bản", _status: published }) { id _status } }`,
      }),
    })
    const body = (await response.json()) as { errors?: Array<{ message: string }>; data?: unknown }
    expect(body.errors?.length).toBeGreaterThan(0)
    expect(body.errors?.[0].message).toContain('Biên tập viên')
    const after = await api(`/api/exemplars/${doc.id}?draft=true&depth=0`, { token })
    expect(after.body._status).toBe('draft')
    expect(after.body.summary).toBe(doc.summary)
  })

  it('lets editors read every unit but not other accounts', async () => {
    const token = await login(EDITOR)
    const all = await api('/api/exemplars?limit=200&depth=0&draft=true', { token })
    const states = new Set(all.body.docs.map((doc: { reviewState: string }) => doc.reviewState))
    expect(states.has('submitted')).toBe(true)
    expect(states.has('published')).toBe(true)
    const users = await api('/api/users?limit=100', { token })
    expect(users.body.docs.map((u: { email: string }) => u.email)).toEqual([EDITOR])
  })
})

describe('bad input gets a Vietnamese 400 and changes nothing', () => {
  it('names each missing required field', async () => {
    const token = await login(CONTRIBUTOR)
    const before = await api('/api/exemplars?limit=0&draft=true', { token })
    const { status, body } = await api('/api/exemplars', {
      method: 'POST',
      token,
      json: { name: '' },
    })
    expect(status).toBe(400)
    const paths = body.errors[0].data.errors.map((e: { path: string }) => e.path)
    expect(paths).toEqual(
      expect.arrayContaining(['kind', 'name', 'category', 'sector', 'summary', 'period']),
    )
    expect(body.errors[0].message).toMatch(/không hợp lệ/i)
    const after = await api('/api/exemplars?limit=0&draft=true', { token })
    expect(after.body.totalDocs).toBe(before.body.totalDocs)
  })

  it('refuses a malformed period and an unknown select value', async () => {
    const token = await login(CONTRIBUTOR)
    const base = {
      kind: 'individual',
      name: 'Lăng Văn Bình',
      category: 'advanced',
      sector: 'economy',
      summary: 'Làm kinh tế giỏi.',
    }
    const period = await api('/api/exemplars', {
      method: 'POST',
      token,
      json: { ...base, period: '2022-13' },
    })
    expect(period.status).toBe(400)
    expect(JSON.stringify(period.body)).toContain('YYYY-MM')
    const select = await api('/api/exemplars', {
      method: 'POST',
      token,
      json: { ...base, period: '2022-07', category: 'xyz' },
    })
    expect(select.status).toBe(400)
  })

  it('refuses an SVG upload by content', async () => {
    const token = await login(CONTRIBUTOR)
    const form = new FormData()
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    form.append('file', new Blob([svg], { type: 'image/png' }), 'anh.png')
    form.append('_payload', JSON.stringify({ alt: 'Ảnh giả' }))
    const { status, body } = await api('/api/media', { method: 'POST', token, body: form })
    expect(status).toBe(400)
    expect(body.errors[0].message).toContain('JPEG')
  })
})
