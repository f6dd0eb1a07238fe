/**
 * Issue 7 (items 1–4) against the built server over HTTP: rate limits, lockout, logout,
 * cross-site requests, password policy, GraphQL and REST depth limits, uploads, rich-text links
 * and security headers. Every test here fails if its protection is removed.
 *
 * The server runs with TRUST_PROXY=1 (global-setup), so each test sends its own
 * X-Forwarded-For address: the rate limits it exhausts are its own, never those of the other
 * suites (which come from 127.0.0.1). Accounts under attack are throwaway users the admin
 * creates here; the demo accounts only ever log in with their right password.
 */
import type { JsonBody } from '../helpers/json'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ruleFor, type RateLimitRuleName } from '@/security/request-guard'

import { picture, polyglotJpeg } from '../helpers/images'
import { baseURL, login } from './http'

const ADMIN = 'quantri@lantoa.local'
const EDITOR = 'bientap@lantoa.local'
const CONTRIBUTOR = 'canbo.tu-doan@lantoa.local'
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i
const MEDIA_DIR = path.resolve(process.cwd(), 'media')

let ipCounter = crypto.randomInt(1, 200)
/** A fresh client address (TEST-NET-2), so each test has its own rate-limit windows. */
const freshIp = () => `198.51.100.${(ipCounter++ % 250) + 1}`

type Answer = { status: number; headers: Headers; body: JsonBody; text: string }

async function call(
  urlPath: string,
  init: RequestInit & { ip?: string; token?: string; json?: unknown; cookie?: string } = {},
): Promise<Answer> {
  const headers = new Headers(init.headers)
  headers.set('x-forwarded-for', init.ip ?? freshIp())
  if (init.token) headers.set('authorization', `JWT ${init.token}`)
  if (init.cookie) headers.set('cookie', init.cookie)
  let body = init.body
  if (init.json !== undefined) {
    headers.set('content-type', 'application/json')
    body = JSON.stringify(init.json)
  }
  const response = await fetch(`${baseURL()}${urlPath}`, {
    ...init,
    headers,
    body,
    redirect: 'manual',
  })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // HTML or empty
  }
  return { status: response.status, headers: response.headers, body: parsed, text }
}

const message = (answer: Answer): string => answer.body?.errors?.[0]?.message ?? ''

let adminToken: string
let unitId: number
const cleanup: Array<() => Promise<unknown>> = []

async function throwawayUser(role: 'editor' | 'contributor' = 'editor') {
  const email = `bao-mat-${crypto.randomBytes(4).toString('hex')}@lantoa.test`
  const password = `mat-khau-${crypto.randomBytes(6).toString('hex')}`
  const created = await call('/api/users', {
    method: 'POST',
    token: adminToken,
    json: {
      email,
      password,
      fullName: 'Tài khoản thử bảo mật',
      role,
      ...(role === 'contributor' ? { unit: unitId } : {}),
    },
  })
  expect(created.status, created.text).toBe(201)
  const id = created.body.doc.id
  cleanup.push(() => call(`/api/users/${id}`, { method: 'DELETE', token: adminToken }))
  return { id, email, password }
}

beforeAll(async () => {
  adminToken = await login(ADMIN)
  const units = await call('/api/units?limit=1&depth=0', { token: adminToken })
  unitId = units.body.docs[0].id
})

afterAll(async () => {
  for (const step of cleanup.reverse()) await step()
})

describe('rate limits (429, Vietnamese, Retry-After, per client address)', () => {
  async function exhaust(rule: RateLimitRuleName, send: (ip: string) => Promise<Answer>) {
    const { limit } = ruleFor(rule)
    const ip = freshIp()
    const statuses = new Set<number>()
    for (let i = 0; i < limit; i++) statuses.add((await send(ip)).status)
    expect(statuses.has(429), `${rule}: refused before its limit of ${limit}`).toBe(false)
    const refused = await send(ip)
    expect(refused.status, `${rule}: request ${limit + 1}`).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    // Another address is not affected.
    expect((await send(freshIp())).status).not.toBe(429)
    return refused
  }

  it('login: the (limit+1)th attempt from one address is refused', async () => {
    const refused = await exhaust('login', (ip) =>
      call('/api/users/login', {
        method: 'POST',
        ip,
        json: { email: 'khong-ton-tai@lantoa.test', password: 'sai-mat-khau-123' },
      }),
    )
    expect(message(refused)).toMatch(/quá nhiều yêu cầu/)
    expect(message(refused)).toMatch(VIETNAMESE)
  })

  it('forgot-password', async () => {
    const refused = await exhaust('password', (ip) =>
      call('/api/users/forgot-password', {
        method: 'POST',
        ip,
        json: { email: 'khong-ton-tai@lantoa.test' },
      }),
    )
    expect(message(refused)).toMatch(/quá nhiều yêu cầu/)
  })

  it('GraphQL', async () => {
    const refused = await exhaust('graphql', (ip) =>
      call('/api/graphql', {
        method: 'POST',
        ip,
        json: { query: '{ Movements(limit: 1) { totalDocs } }' },
      }),
    )
    expect(message(refused)).toMatch(/quá nhiều yêu cầu/)
  })

  it('the search page answers a Vietnamese page', async () => {
    const refused = await exhaust('search', (ip) => call('/tim-kiem?q=doan', { ip }))
    expect(refused.headers.get('content-type')).toContain('text/html')
    expect(refused.text).toContain('Quá nhiều yêu cầu')
  })

  it('REST text search (where[…][like])', async () => {
    await exhaust('api-search', (ip) =>
      call('/api/exemplars?depth=0&limit=1&where[name][like]=an', { ip }),
    )
  })

  it('a client cannot dodge the limit with a header the server does not trust', async () => {
    // TRUST_PROXY=1: only the last X-Forwarded-For entry counts, whatever the client put first.
    const { limit } = ruleFor('login')
    const ip = freshIp()
    let last: Answer | undefined
    for (let i = 0; i <= limit; i++) {
      last = await call('/api/users/login', {
        method: 'POST',
        headers: { 'x-lantoa-client-ip': `203.0.113.${i}` },
        ip: `10.${i}.0.1, ${ip}`,
        json: { email: 'khong-ton-tai@lantoa.test', password: 'sai-mat-khau-123' },
      })
    }
    expect(last?.status).toBe(429)
  })
})

describe('accounts', () => {
  it('locks an account after 5 failed logins: the 6th, with the right password, is refused', async () => {
    const user = await throwawayUser()
    const ip = freshIp()
    const ok = await call('/api/users/login', {
      method: 'POST',
      ip,
      json: { email: user.email, password: user.password },
    })
    expect(ok.status).toBe(200)
    for (let i = 0; i < 5; i++) {
      const wrong = await call('/api/users/login', {
        method: 'POST',
        ip,
        json: { email: user.email, password: `sai-mat-khau-${i}-xyz` },
      })
      expect(wrong.status).toBe(401)
    }
    const locked = await call('/api/users/login', {
      method: 'POST',
      ip,
      json: { email: user.email, password: user.password },
    })
    expect(locked.status).toBe(401)
    expect(locked.body.token).toBeUndefined()
    expect(message(locked)).toMatch(VIETNAMESE)
    expect(message(locked)).toMatch(/khóa|khoá/i)
  })

  it('logout ends the session: replaying the token afterwards gets 401', async () => {
    const user = await throwawayUser()
    const token = await login(user.email, user.password)
    const before = await call('/api/users/me', { token })
    expect(before.body.user?.email).toBe(user.email)
    const exemplars = await call('/api/exemplars?limit=1&depth=0', { token: adminToken })
    const id = exemplars.body.docs[0].id
    const out = await call('/api/users/logout', { method: 'POST', token })
    expect(out.status).toBe(200)
    const me = await call('/api/users/me', { token })
    expect(me.body.user ?? null).toBeNull()
    const replay = await call(`/api/exemplars/${id}/workflow`, {
      method: 'POST',
      token,
      json: { action: 'unpublish' },
    })
    expect(replay.status).toBe(401)
    expect(message(replay)).toMatch(/đăng nhập/)
  })

  it('a cross-site request with the session cookie is anonymous; the same origin is not', async () => {
    const user = await throwawayUser()
    const response = await fetch(`${baseURL()}/api/users/login`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': freshIp(),
        origin: baseURL(),
      },
      body: JSON.stringify({ email: user.email, password: user.password }),
    })
    expect(response.status).toBe(200)
    const setCookie = response.headers.get('set-cookie') ?? ''
    expect(setCookie).toMatch(/payload-token=/)
    expect(setCookie).toMatch(/SameSite=Lax/i)
    expect(setCookie).toMatch(/HttpOnly/i)
    const cookie = setCookie.split(';')[0]

    const evil = { origin: 'https://evil.example' }
    const meEvil = await call('/api/users/me', { cookie, headers: evil })
    expect(meEvil.body.user ?? null).toBeNull()
    const meSame = await call('/api/users/me', { cookie, headers: { origin: baseURL() } })
    expect(meSame.body.user?.email).toBe(user.email)
    // No Origin, but the browser says cross-site.
    const meCrossSite = await call('/api/users/me', {
      cookie,
      headers: { 'sec-fetch-site': 'cross-site' },
    })
    expect(meCrossSite.body.user ?? null).toBeNull()

    const draft = {
      title: `Bài thử chống giả mạo ${crypto.randomBytes(3).toString('hex')}`,
      unit: unitId,
    }
    const count = async () =>
      (
        await call(
          `/api/articles?draft=true&limit=0&where[title][equals]=${encodeURIComponent(draft.title)}`,
          { token: adminToken },
        )
      ).body.totalDocs
    const forged = await call('/api/articles', {
      method: 'POST',
      cookie,
      headers: evil,
      json: draft,
    })
    expect(forged.status).toBe(403)
    expect(await count()).toBe(0)
    const real = await call('/api/articles', {
      method: 'POST',
      cookie,
      headers: { origin: baseURL() },
      json: draft,
    })
    expect(real.status, real.text).toBe(201)
    cleanup.push(() =>
      call(`/api/articles/${real.body.doc.id}`, { method: 'DELETE', token: adminToken }),
    )
    expect(await count()).toBe(1)
  })

  it('refuses passwords shorter than 10 characters, in Vietnamese (create, update, reset)', async () => {
    const email = `ngan-${crypto.randomBytes(4).toString('hex')}@lantoa.test`
    const created = await call('/api/users', {
      method: 'POST',
      token: adminToken,
      json: { email, password: '123456789', fullName: 'Mật khẩu ngắn', role: 'editor' },
    })
    expect(created.status).toBe(400)
    expect(message(created)).toBe('Mật khẩu phải có ít nhất 10 ký tự.')
    expect(created.body.errors[0].data?.errors?.[0]?.path).toBe('password')
    const found = await call(
      `/api/users?where[email][equals]=${encodeURIComponent(email)}&limit=0`,
      { token: adminToken },
    )
    expect(found.body.totalDocs).toBe(0)

    const user = await throwawayUser()
    const update = await call(`/api/users/${user.id}`, {
      method: 'PATCH',
      token: adminToken,
      json: { password: 'ngan-qua' },
    })
    expect(update.status).toBe(400)
    expect(message(update)).toMatch(/ít nhất 10 ký tự/)
    expect((await login(user.email, user.password)).length).toBeGreaterThan(0)

    const reset = await call('/api/users/reset-password', {
      method: 'POST',
      json: { token: 'khong-hop-le', password: '123456789' },
    })
    expect(reset.status).toBe(400)
    expect(message(reset)).toMatch(/ít nhất 10 ký tự/)
  })
})

describe('query limits', () => {
  it('refuses a GraphQL query nested too deep, in Vietnamese', async () => {
    const deep = `{ Units(limit: 1) { docs { ${'successor { '.repeat(8)}name${' }'.repeat(8)} } } }`
    const answer = await call('/api/graphql', {
      method: 'POST',
      token: adminToken,
      json: { query: deep },
    })
    // graphql-http answers a refused query 200 (application/json) or 400 (graphql-response+json).
    expect([200, 400]).toContain(answer.status)
    expect(answer.body.data ?? null).toBeNull()
    expect(message(answer)).toMatch(/lồng quá sâu/)
    const strict = await call('/api/graphql', {
      method: 'POST',
      token: adminToken,
      headers: { accept: 'application/graphql-response+json' },
      json: { query: deep },
    })
    expect(strict.status).toBe(400)
    expect(message(strict)).toMatch(/lồng quá sâu/)
    const shallow = await call('/api/graphql', {
      method: 'POST',
      token: adminToken,
      json: { query: '{ Units(limit: 1) { docs { successor { name } } } }' },
    })
    expect(shallow.status).toBe(200)
    expect(shallow.body.errors).toBeUndefined()
  })

  it('refuses a GraphQL query that is too complex, in Vietnamese', async () => {
    const fields = Array.from(
      { length: 60 },
      (_, i) => `a${i}: Exemplars(limit: 1) { docs { unit { name } movement { name } } }`,
    )
    const answer = await call('/api/graphql', {
      method: 'POST',
      json: { query: `{ ${fields.join(' ')} }` },
    })
    expect([200, 400]).toContain(answer.status)
    expect(answer.body.data ?? null).toBeNull()
    expect(message(answer)).toMatch(/quá phức tạp/)
  })

  it('serves REST ?depth=100 at the maximum depth (4)', async () => {
    const ids: number[] = []
    let successor: number | undefined
    for (let i = 7; i >= 1; i--) {
      const created = await call('/api/units', {
        method: 'POST',
        token: adminToken,
        json: {
          name: `Đơn vị chuỗi ${i} ${crypto.randomBytes(3).toString('hex')}`,
          kind: 'other',
          successor,
        },
      })
      expect(created.status, created.text).toBe(201)
      successor = created.body.doc.id
      ids.push(successor!)
      cleanup.push(() =>
        call(`/api/units/${created.body.doc.id}`, { method: 'DELETE', token: adminToken }),
      )
    }
    const answer = await call(`/api/units/${successor}?depth=100`, { token: adminToken })
    expect(answer.status).toBe(200)
    let levels = 0
    let node = answer.body.successor
    while (node && typeof node === 'object') {
      levels++
      node = node.successor
    }
    expect(levels).toBe(4)
    expect(typeof node).toBe('number')
  })
})

describe('uploads over REST (400, Vietnamese, nothing stored)', () => {
  let token: string
  beforeAll(async () => {
    token = await login(CONTRIBUTOR)
  })

  const mediaCount = async () =>
    (await call('/api/media?limit=0', { token: adminToken })).body.totalDocs
  const mediaFiles = () => (fs.existsSync(MEDIA_DIR) ? fs.readdirSync(MEDIA_DIR).sort() : [])

  async function expectRefused(send: () => Promise<Answer>, pattern?: RegExp) {
    const before = { docs: await mediaCount(), files: mediaFiles() }
    const answer = await send()
    expect(answer.status, answer.text.slice(0, 300)).toBe(400)
    expect(message(answer)).toMatch(VIETNAMESE)
    if (pattern) expect(message(answer)).toMatch(pattern)
    expect(await mediaCount()).toBe(before.docs)
    expect(mediaFiles()).toEqual(before.files)
  }

  /** A multipart upload with a Content-Length, as a browser sends it. */
  async function multipartBody(data: Buffer, name: string, type: string, alt = 'Ảnh thử bảo mật') {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(data)], { type }), name)
    form.append('_payload', JSON.stringify({ alt }))
    const encoded = new Request('http://x/', { method: 'POST', body: form })
    return {
      body: Buffer.from(await encoded.arrayBuffer()),
      headers: { 'content-type': encoded.headers.get('content-type')! },
    }
  }

  const multipart = (data: Buffer, name: string, type: string) => async () =>
    call('/api/media', { method: 'POST', token, ...(await multipartBody(data, name, type)) })

  it.each([
    [
      'an SVG with a script',
      () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'logo.svg',
      'image/svg+xml',
    ],
    [
      'an HTML page named .jpg',
      () => Buffer.from('<!doctype html><script>alert(1)</script>'),
      'trang.jpg',
      'image/jpeg',
    ],
    [
      'an XML file',
      () => Buffer.from('<?xml version="1.0"?><x>1</x>'),
      'du-lieu.xml',
      'application/xml',
    ],
    [
      'a text file named .jpg',
      () => Buffer.from('không phải ảnh\n'.repeat(100)),
      'van-ban.jpg',
      'image/jpeg',
    ],
  ] as const)('%s', async (_what, data, name, type) => {
    await expectRefused(multipart(data(), name, type))
  })

  it('a polyglot JPEG with a script', async () => {
    await expectRefused(
      multipart(await polyglotJpeg('comment'), 'polyglot.jpg', 'image/jpeg'),
      /script/,
    )
  })

  it.each([15, 50])('a %i MB file', async (megabytes) => {
    // 15 MB reaches the upload check (the proxy passes bodies up to 21 MB whole); 50 MB is
    // refused by the proxy before the body is read.
    const jpeg = await picture('jpeg', 200, 200)
    const big = Buffer.concat([jpeg, Buffer.alloc(megabytes * 1024 * 1024 - jpeg.length)])
    await expectRefused(multipart(big, 'rat-lon.jpg', 'image/jpeg'), /10\s?MB/)
  })

  it.each([
    `http://127.0.0.1/anh.jpg`,
    'http://169.254.169.254/latest/meta-data/',
    'http://10.0.0.1/anh.jpg',
    'http://[::1]/anh.jpg',
  ])('an upload from the URL %s is never fetched', async (url) => {
    await expectRefused(
      () =>
        call('/api/media', {
          method: 'POST',
          token,
          json: { alt: 'Từ đường dẫn', filename: 'anh.jpg', url },
        }),
      /đường dẫn/,
    )
    await expectRefused(() =>
      call(`/api/media/paste-url?src=${encodeURIComponent(url)}`, { token }),
    )
  })

  it('a real image still goes through, with its location removed', async () => {
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(await picture('png', 400, 300))], { type: 'image/png' }),
      'that.png',
    )
    form.append('_payload', JSON.stringify({ alt: 'Ảnh thật' }))
    const answer = await call('/api/media', { method: 'POST', token, body: form })
    expect(answer.status, answer.text).toBe(201)
    cleanup.push(() =>
      call(`/api/media/${answer.body.doc.id}`, { method: 'DELETE', token: adminToken }),
    )
  })
})

describe('rich-text links on the site and in the feed', () => {
  it('renders javascript:, data: and vbscript: links inert', async () => {
    const editorToken = await login(EDITOR)
    const link = (url: string, label: string, type = 'link') => ({
      type,
      version: 3,
      direction: 'ltr',
      format: '',
      indent: 0,
      fields: { linkType: 'custom', url, newTab: false },
      children: [
        { type: 'text', text: label, format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
      ],
    })
    const title = `Bài thử liên kết độc ${crypto.randomBytes(3).toString('hex')}`
    const content = {
      root: {
        type: 'root',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: 'ltr',
            format: '',
            indent: 0,
            textFormat: 0,
            children: [
              // Payload percent-encodes a URL it does not recognise (javascript:alert(1) becomes
              // a harmless relative link) but keeps one shaped like scheme://host.tld/path:
              // "//" opens a JS comment that %0a closes, so this one would run.
              link('javascript://lantoa.vn/%0aalert%28document.cookie%29', 'mục một'),
              link('JavaScript://lantoa.vn/%0aalert%281%29', 'mục hai', 'autolink'),
              link('vbscript://lantoa.vn/msgbox', 'mục ba'),
              link('data://lantoa.vn/text', 'mục bốn'),
              link('javascript:alert(2)', 'mục năm'),
              link('https://baolangson.vn/', 'Báo Lạng Sơn'),
            ],
          },
        ],
      },
    }
    const created = await call('/api/articles', {
      method: 'POST',
      token: editorToken,
      json: { title, unit: unitId, excerpt: 'Thử liên kết javascript:alert(3)', content },
    })
    expect(created.status, created.text).toBe(201)
    const { id, slug } = created.body.doc
    cleanup.push(() => call(`/api/articles/${id}`, { method: 'DELETE', token: adminToken }))
    const published = await call(`/api/articles/${id}/workflow`, {
      method: 'POST',
      token: editorToken,
      json: { action: 'publish' },
    })
    expect(published.status, published.text).toBe(200)

    const page = await call(`/tin-tuc/${slug}`)
    expect(page.status).toBe(200)
    for (const label of ['mục một', 'mục hai', 'mục ba', 'mục bốn'])
      expect(page.text).toContain(label)
    expect(page.text).toContain('href="https://baolangson.vn/"')
    const hrefs = [...page.text.matchAll(/href="([^"]*)"/g)].map((m) => m[1].toLowerCase())
    for (const href of hrefs) expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/)
    expect(page.text).not.toMatch(/href="[^"]*(javascript|vbscript|data:text)/i)

    const feed = await call('/rss.xml')
    expect(feed.text).toContain(title)
    expect(feed.text).not.toMatch(/<link>\s*(javascript|data|vbscript):/i)
  })
})

describe('security headers', () => {
  const common = (headers: Headers) => {
    expect(headers.get('x-content-type-options')).toBe('nosniff')
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(headers.get('permissions-policy')).toMatch(/camera=\(\)/)
    expect(headers.get('permissions-policy')).toMatch(/geolocation=\(\)/)
  }
  const directive = (csp: string | null, name: string) =>
    (csp ?? '')
      .split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${name} `))

  it('on the public site: a strict CSP that cannot be framed', async () => {
    for (const urlPath of ['/', '/guong-dien-hinh', '/tim-kiem?q=an', '/khong-co-trang-nay']) {
      const { headers } = await call(urlPath)
      common(headers)
      const csp = headers.get('content-security-policy')
      expect(directive(csp, 'frame-ancestors'), urlPath).toBe("frame-ancestors 'none'")
      expect(directive(csp, 'object-src')).toBe("object-src 'none'")
      expect(directive(csp, 'base-uri')).toBe("base-uri 'self'")
      expect(directive(csp, 'form-action')).toBe("form-action 'self'")
      expect(directive(csp, 'default-src')).toBe("default-src 'self'")
      expect(directive(csp, 'script-src')).toBe("script-src 'self'")
      expect(directive(csp, 'style-src')).toBe("style-src 'self'")
      expect(directive(csp, 'connect-src')).toBe("connect-src 'self'")
      expect(headers.get('x-frame-options')).toBe('DENY')
      // Plain HTTP with an http SERVER_URL: no HSTS (see the unit test for https).
      expect(headers.get('strict-transport-security')).toBeNull()
    }
  })

  it('on the API: nothing may load or run', async () => {
    for (const urlPath of ['/api/exemplars?limit=1&depth=0', '/api/users/me']) {
      const { headers } = await call(urlPath)
      common(headers)
      const csp = headers.get('content-security-policy')
      expect(directive(csp, 'default-src')).toBe("default-src 'none'")
      expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'")
    }
  })

  it('on the admin: its own CSP, framed only by itself', async () => {
    const { status, headers } = await call('/admin/login')
    expect(status).toBe(200)
    common(headers)
    const csp = headers.get('content-security-policy')
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'self'")
    expect(directive(csp, 'object-src')).toBe("object-src 'none'")
    expect(headers.get('x-frame-options')).toBe('SAMEORIGIN')
  })
})
