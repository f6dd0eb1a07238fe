/**
 * "Quên mật khẩu" works: the request sends a Vietnamese mail through SMTP_URL (a real SMTP
 * server, smtp-server, on 127.0.0.1) whose link is SERVER_URL's; the token in it sets a new
 * password once; the old one stops working. Without SMTP_URL the link goes to the server log.
 * An administrator can also give any account a temporary password; nobody else can.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { RESET_SUBJECT } from '@/mail/reset-password'

import { rejection, withUser } from '../helpers/access'
import { startMailbox, waitForMail } from '../helpers/mail'
import { createFixtures, testPayload, type Fixtures } from '../helpers/payload'

let f: Fixtures
let mailbox: Awaited<ReturnType<typeof startMailbox>>
const saved = { SMTP_URL: process.env.SMTP_URL, SERVER_URL: process.env.SERVER_URL }

beforeAll(async () => {
  mailbox = await startMailbox()
  process.env.SMTP_URL = mailbox.url
  process.env.SERVER_URL = 'https://lantoa.example.vn/'
  f = await createFixtures(await testPayload())
})

afterAll(async () => {
  Object.assign(process.env, saved)
  if (saved.SMTP_URL === undefined) delete process.env.SMTP_URL
  if (saved.SERVER_URL === undefined) delete process.env.SERVER_URL
  await mailbox.close()
})

const login = (email: string, password: string) =>
  f.payload.login({ collection: 'users', data: { email, password } })

const LINK = /https:\/\/lantoa\.example\.vn\/admin\/reset\/([0-9a-f]+)/

describe('password reset by mail', () => {
  it('request → mail → link → new password → login', async () => {
    const email = f.editor.email
    const since = mailbox.inbox.length
    await f.payload.forgotPassword({ collection: 'users', data: { email } })

    const mail = await waitForMail(mailbox.inbox, email, since)
    expect(mail.subject).toBe(RESET_SUBJECT)
    const body = mail.bodies.join('\n')
    expect(body).toContain('đặt lại mật khẩu')
    expect(body).not.toMatch(/You are receiving this/i)
    const token = LINK.exec(body)?.[1]
    expect(token, body).toBeTruthy()

    await f.payload.resetPassword({
      collection: 'users',
      data: { token: token!, password: 'mat-khau-moi-2026' },
      overrideAccess: true,
    })
    expect((await login(email, 'mat-khau-moi-2026')).user?.email).toBe(email)
    expect((await rejection(login(email, 'mat-khau-thu-nghiem-1'))).status).toBe(401)

    // The link works once.
    const again = await rejection(
      f.payload.resetPassword({
        collection: 'users',
        data: { token: token!, password: 'mat-khau-khac-2026' },
        overrideAccess: true,
      }),
    )
    expect(again.status).toBeGreaterThanOrEqual(400)
    expect((await login(email, 'mat-khau-moi-2026')).user?.email).toBe(email)
  })

  it('an unknown address sends nothing and says nothing', async () => {
    const since = mailbox.inbox.length
    await f.payload.forgotPassword({ collection: 'users', data: { email: 'ai-do@lantoa.test' } })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(mailbox.inbox.length).toBe(since)
  })

  it('without SMTP_URL the link is written to the server log', async () => {
    delete process.env.SMTP_URL
    const info = vi.spyOn(f.payload.logger, 'info')
    try {
      await f.payload.forgotPassword({ collection: 'users', data: { email: f.contributorB.email } })
      const logged = info.mock.calls.map((call) => JSON.stringify(call)).join('\n')
      expect(logged).toContain(RESET_SUBJECT)
      expect(logged).toMatch(LINK)
    } finally {
      info.mockRestore()
      process.env.SMTP_URL = mailbox.url
    }
  })
})

describe('a temporary password set by an administrator', () => {
  it('the admin sets it; the person logs in with it', async () => {
    await f.payload.update({
      collection: 'users',
      id: f.contributorA.id,
      data: { password: 'mat-khau-tam-0001' },
      ...withUser(f.admin),
    })
    const { user } = await login(f.contributorA.email, 'mat-khau-tam-0001')
    expect(user?.email).toBe(f.contributorA.email)
  })

  it('an editor cannot set another account’s password', async () => {
    const error = await rejection(
      f.payload.update({
        collection: 'users',
        id: f.contributorB.id,
        data: { password: 'mat-khau-tam-0002' },
        ...withUser(f.editor),
      }),
    )
    expect(error.status).toBe(403)
    expect((await rejection(login(f.contributorB.email, 'mat-khau-tam-0002'))).status).toBe(401)
  })
})
