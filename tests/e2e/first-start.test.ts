/**
 * A real first start, over HTTP, as `npm start` runs it on a server (no SERVER_URL, no demo):
 * the administrator of ADMIN_EMAIL exists before the port answers; the admin works from another
 * computer, whatever name it reaches the server by, while a page of another site still cannot
 * use the session; "Quên mật khẩu" mails a Vietnamese link through SMTP_URL (smtp-server) that
 * sets a new password; the logo uploaded in site settings replaces the star in the banner.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { picture } from '../helpers/images'
import { startMailbox, waitForMail } from '../helpers/mail'
import { startServer, type StartedServer } from './global-setup'

const ADMIN = { email: 'quantri@xa-thu-nghiem.gov.vn', password: 'mat-khau-quan-tri-2026' }

let tmp: string
let server: StartedServer
let mailbox: Awaited<ReturnType<typeof startMailbox>>
let port = 0

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lantoa-first-start-'))
  mailbox = await startMailbox()
  server = await startServer({
    dbFile: path.join(tmp, 'lantoa.db'),
    logFile: path.join(tmp, 'server.log'),
    env: {
      SEED_DEMO: 'false',
      SERVER_URL: '',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      SMTP_URL: mailbox.url,
      PAYLOAD_SECRET: crypto.randomBytes(16).toString('hex'),
    },
  })
  port = Number(new URL(server.baseURL).port)
})

afterAll(async () => {
  server?.kill('SIGTERM')
  await mailbox?.close()
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
})

async function post(pathname: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.baseURL}${pathname}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
  const text = await response.text()
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  }
}

async function login(email: string, password: string): Promise<string> {
  const { status, body } = await post('/api/users/login', { email, password })
  expect(status, JSON.stringify(body)).toBe(200)
  return String(body.token)
}

/** A request as a browser elsewhere on the network sends it: its own Host, Origin and cookie. */
function browserRequest(
  method: string,
  pathname: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body)
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: pathname,
        headers: {
          ...headers,
          ...(payload ? { 'content-type': 'application/json' } : {}),
        },
      },
      (response) => {
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (text += chunk))
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: text ? JSON.parse(text) : {} }),
        )
      },
    )
    request.on('error', reject)
    request.end(payload)
  })
}

describe('a real first start', () => {
  it('has its administrator before the port answers; nobody else can claim /admin', async () => {
    const claim = await post('/api/users/first-register', {
      email: 'ke-la@example.com',
      password: 'mat-khau-ke-la-1',
      fullName: 'Người lạ',
    })
    expect(claim.status).toBe(403)
    const { body } = await post('/api/users/login', ADMIN)
    expect((body.user as { role: string }).role).toBe('admin')
    // No demo content on a real start.
    const units = await fetch(`${server.baseURL}/api/units?limit=1`)
    expect(((await units.json()) as { totalDocs: number }).totalDocs).toBe(0)
  })

  it('accepts the session from the server’s own origin under any name, not from another site', async () => {
    const token = await login(ADMIN.email, ADMIN.password)
    const me = (origin: string, host = 'lantoa.xa-thu-nghiem.gov.vn') =>
      browserRequest('GET', '/api/users/me', { host, origin, cookie: `payload-token=${token}` })
    expect(
      ((await me('http://lantoa.xa-thu-nghiem.gov.vn')).body.user as { email: string })?.email,
    ).toBe(ADMIN.email)
    expect(
      ((await me('http://192.168.1.20:3000', '192.168.1.20:3000')).body.user as object) ?? null,
    ).not.toBeNull()
    expect((await me('http://trang-la.example')).body.user ?? null).toBeNull()

    // A write: saving one's own name from the server's address works; from another site, not.
    const { body: meBody } = await me('http://lantoa.xa-thu-nghiem.gov.vn')
    const id = (meBody.user as { id: number }).id
    const save = (origin: string, fullName: string) =>
      browserRequest(
        'PATCH',
        `/api/users/${id}`,
        { host: 'lantoa.xa-thu-nghiem.gov.vn', origin, cookie: `payload-token=${token}` },
        { fullName },
      )
    expect((await save('http://lantoa.xa-thu-nghiem.gov.vn', 'Quản trị xã')).status).toBe(200)
    expect((await save('http://trang-la.example', 'Bị đổi tên')).status).toBe(403)
    const after = await me('http://lantoa.xa-thu-nghiem.gov.vn')
    expect((after.body.user as { fullName: string }).fullName).toBe('Quản trị xã')
  })

  it('resets a forgotten password by mail: request → mail → link → new password → login', async () => {
    const since = mailbox.inbox.length
    const requested = await post('/api/users/forgot-password', { email: ADMIN.email })
    expect(requested.status).toBe(200)
    const mail = await waitForMail(mailbox.inbox, ADMIN.email, since)
    expect(mail.subject).toBe('[Lan Tỏa] Đặt lại mật khẩu')
    const text = mail.bodies.join('\n')
    // Without SERVER_URL the link is the server's own local address, never the Host header's.
    const match = new RegExp(`http://localhost:${port}/admin/reset/([0-9a-f]+)`).exec(text)
    expect(match, text).not.toBeNull()

    const page = await fetch(`${server.baseURL}/admin/reset/${match![1]}`)
    expect(page.status).toBe(200)
    const reset = await post('/api/users/reset-password', {
      token: match![1],
      password: 'mat-khau-moi-cua-xa',
    })
    expect(reset.status, JSON.stringify(reset.body)).toBe(200)
    await login(ADMIN.email, 'mat-khau-moi-cua-xa')
    expect((await post('/api/users/login', ADMIN)).status).toBe(401)
    ADMIN.password = 'mat-khau-moi-cua-xa'
  })

  it('shows the logo uploaded in site settings instead of the star', async () => {
    const token = await login(ADMIN.email, ADMIN.password)
    const before = await (await fetch(`${server.baseURL}/`)).text()
    expect(before).toContain('★')

    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(await picture('png', 256, 256))], { type: 'image/png' }),
      'bieu-trung.png',
    )
    form.append('_payload', JSON.stringify({ alt: 'Biểu trưng của xã' }))
    const uploaded = await fetch(`${server.baseURL}/api/media`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}` },
      body: form,
    })
    expect(uploaded.status).toBe(201)
    const media = ((await uploaded.json()) as { doc: { id: number; url: string } }).doc
    const saved = await post(
      '/api/globals/site-settings',
      { logo: media.id },
      { authorization: `JWT ${token}` },
    )
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)

    const after = await (await fetch(`${server.baseURL}/`)).text()
    expect(after).toMatch(/<img class="emblem emblem--image" src="[^"]*bieu-trung[^"]*\.png"/)
    expect(after).not.toContain('★')
    const file = /<img class="emblem emblem--image" src="([^"]+)"/.exec(after)![1]!
    expect((await fetch(new URL(file, server.baseURL))).status).toBe(200)
  })
})
