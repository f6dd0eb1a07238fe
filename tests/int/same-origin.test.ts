/**
 * The session cookie counts on a same-origin request wherever the server is reached (an IP
 * address, a LAN name, a second domain), not only at SERVER_URL or localhost; a request whose
 * Origin names another site is anonymous, as before. Payload's own strategy and ours run as
 * they do for a REST request: through payload.auth with the request's headers.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { createFixtures, testPayload, type Fixtures } from '../helpers/payload'

let f: Fixtures
let token = ''

beforeAll(async () => {
  f = await createFixtures(await testPayload())
  const result = await f.payload.login({
    collection: 'users',
    data: { email: f.editor.email, password: 'mat-khau-thu-nghiem-1' },
  })
  token = result.token ?? ''
  expect(token).not.toBe('')
})

async function whoIs(extra: Record<string, string>): Promise<string | null> {
  const headers = new Headers({ cookie: `payload-token=${token}`, ...extra })
  const { user } = await f.payload.auth({ headers })
  return user ? String(user.email) : null
}

describe('same origin, wherever the server is reached', () => {
  it.each([
    [{ host: 'lantoa.example.vn', origin: 'http://lantoa.example.vn' }],
    [{ host: '10.0.0.5:3000', origin: 'http://10.0.0.5:3000' }],
    [
      {
        host: 'cong.locbinh.example.vn',
        origin: 'https://cong.locbinh.example.vn',
        'x-forwarded-proto': 'https',
      },
    ],
    // The default port is the same address with or without it.
    [{ host: 'lantoa.example.vn:80', origin: 'http://lantoa.example.vn' }],
  ])('%j → logged in', async (headers) => {
    expect(await whoIs(headers)).toBe(f.editor.email)
  })

  it.each([
    [{ host: 'lantoa.example.vn', origin: 'http://evil.example' }],
    [{ host: 'lantoa.example.vn', origin: 'http://lantoa.example.vn.evil.example' }],
    [{ host: 'lantoa.example.vn', origin: 'http://lantoa.example.vn:8080' }],
    // Served over plain HTTP, a page of the https:// site is another origin.
    [{ host: 'lantoa.example.vn', origin: 'https://lantoa.example.vn' }],
    [{ host: 'lantoa.example.vn', origin: 'null' }],
    // No Origin and no Sec-Fetch-Site: not a browser's same-origin request.
    [{ host: 'lantoa.example.vn' }],
  ])('%j → anonymous', async (headers) => {
    expect(await whoIs(headers)).toBeNull()
  })

  it('the listed origins still count (SERVER_URL, CSRF_ORIGINS or localhost)', async () => {
    expect(await whoIs({ host: 'lantoa.example.vn', origin: 'http://localhost:3000' })).toBe(
      f.editor.email,
    )
  })

  it('a forged token is refused even from the same origin', async () => {
    const headers = new Headers({
      cookie: `payload-token=${token.slice(0, -4)}AAAA`,
      host: 'lantoa.example.vn',
      origin: 'http://lantoa.example.vn',
    })
    expect((await f.payload.auth({ headers })).user).toBeNull()
  })
})
