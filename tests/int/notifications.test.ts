/**
 * Workflow notifications reach the right people by mail: a real SMTP server (smtp-server) on
 * 127.0.0.1 collects what the app sends through SMTP_URL. Editors hear of a submission; the
 * unit's contributors (and nobody in another unit) hear that their document was returned, with
 * the note, or published. Without SMTP_URL, or with an unreachable server, transitions still
 * succeed.
 */
import type { AddressInfo } from 'node:net'

import { SMTPServer, type SMTPServerSession } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { User } from '@/payload-types'
import { performTransition } from '@/workflow/perform'

import { createInState, stored } from '../helpers/access'
import { as, createFixtures, testPayload, validExemplar, type Fixtures } from '../helpers/payload'

// ---------------------------------------------------------------------------------------------
// A tiny mail reader: enough MIME for what nodemailer sends (one text/plain part).
// ---------------------------------------------------------------------------------------------

type Mail = {
  rcpt: string[]
  headers: Record<string, string>
  subject: string
  text: string
  raw: string
}

function decodeWords(value: string): string {
  // RFC 2047: adjacent encoded words are joined without the whitespace between them.
  // A run of words is decoded as one byte string: a UTF-8 character may straddle two words.
  const word = /=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g
  const joined = value.replace(/(\?=)\s+(=\?)/g, '$1$2')
  return joined.replace(/(?:=\?[^?]+\?[bBqQ]\?[^?]*\?=)+/g, (run) => {
    let charset = 'utf-8'
    const parts: Buffer[] = []
    for (const [, cs, enc, data] of run.matchAll(word)) {
      charset = cs!.toLowerCase()
      parts.push(
        enc!.toUpperCase() === 'B'
          ? Buffer.from(data!, 'base64')
          : qpBytes(data!.replace(/_/g, ' ')),
      )
    }
    return Buffer.concat(parts).toString(charset === 'utf-8' ? 'utf8' : 'latin1')
  })
}

function qpBytes(text: string): Buffer {
  const soft = text.replace(/=\r?\n/g, '')
  const out: number[] = []
  for (let i = 0; i < soft.length; i++) {
    const ch = soft[i]!
    if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
      out.push(parseInt(soft.slice(i + 1, i + 3), 16))
      i += 2
    } else {
      out.push(...Buffer.from(ch, 'utf8'))
    }
  }
  return Buffer.from(out)
}

function parseMail(raw: string, rcpt: string[]): Mail {
  const split = raw.search(/\r?\n\r?\n/)
  const head = split < 0 ? raw : raw.slice(0, split)
  const body = split < 0 ? '' : raw.slice(split).replace(/^\r?\n\r?\n/, '')
  const headers: Record<string, string> = {}
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  const type = headers['content-type'] ?? 'text/plain'
  if (/multipart\//i.test(type)) throw new Error(`unexpected multipart mail: ${type}`)
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase()
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? qpBytes(body).toString('utf8')
        : body
  return {
    rcpt: rcpt.map((address) => address.toLowerCase()),
    headers,
    subject: decodeWords(headers.subject ?? ''),
    text: text.replace(/\r\n/g, '\n'),
    raw,
  }
}

// ---------------------------------------------------------------------------------------------
// The server and the people
// ---------------------------------------------------------------------------------------------

const inbox: Mail[] = []
let server: SMTPServer
let port = 0
let f: Fixtures
let editor2: User
let contributorA2: User

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const rcpt = session.envelope.rcptTo.map((address) => address.address)
        inbox.push(parseMail(Buffer.concat(chunks).toString('utf8'), rcpt))
        callback()
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  port = (server.server.address() as AddressInfo).port
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`

  f = await createFixtures(await testPayload())
  const person = (role: User['role'], unit?: number | string) =>
    f.payload.create({
      collection: 'users',
      data: {
        email: `${role}-2-${Date.now().toString(36)}@lantoa.test`,
        password: 'mat-khau-thu-nghiem-2',
        fullName: `Người dùng ${role} thứ hai`,
        role,
        unit: unit as number,
      },
    }) as Promise<User>
  editor2 = await person('editor')
  contributorA2 = await person('contributor', f.unitA.id)
})

afterAll(async () => {
  delete process.env.SMTP_URL
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls (≤ 5 s: mail leaves after the change, asynchronously) for a new mail matching `match`. */
async function nextMail(
  since: number,
  match: (mail: Mail) => boolean,
  what: string,
): Promise<Mail> {
  const deadline = Date.now() + 5000
  for (;;) {
    const found = inbox.slice(since).find(match)
    if (found) return found
    if (Date.now() > deadline) {
      const seen = inbox.slice(since).map((mail) => `${mail.subject} → ${mail.rcpt.join(', ')}`)
      throw new Error(`no mail "${what}" within 5 s; received since: ${JSON.stringify(seen)}`)
    }
    await sleep(50)
  }
}

const email = (user: User) => user.email.toLowerCase()

const transition = (
  collection: 'exemplars' | 'articles',
  id: number | string,
  action: string,
  user: User,
  note?: string,
) => performTransition({ payload: f.payload, collection, id, action, note, user: as(user) })

/** Everything the mail says, subject and body together. */
const content = (mail: Mail) => `${mail.subject}\n${mail.text}`

// ---------------------------------------------------------------------------------------------

describe('mail through SMTP_URL', () => {
  it('submit → editors; return → the unit’s contributors with the note; publish → the unit’s contributors', async () => {
    const name = 'Lương Thị Hồng Nhung'
    const doc = await f.payload.create({
      collection: 'exemplars',
      data: validExemplar({ name, consent: true }),
      draft: true,
      user: as(f.contributorA),
      overrideAccess: false,
    })
    const editors = [email(f.editor), email(editor2)]
    const unitA = [email(f.contributorA), email(contributorA2)]
    const others = [email(f.contributorB)]

    // 1. The unit submits: every editor hears of it; no contributor does.
    let since = inbox.length
    expect((await transition('exemplars', doc.id, 'submit', f.contributorA)).reviewState).toBe(
      'submitted',
    )
    const submitted = await nextMail(
      since,
      (mail) => mail.subject.includes('chờ duyệt') && mail.subject.includes(name),
      'chờ duyệt',
    )
    expect(submitted.rcpt).toEqual(expect.arrayContaining(editors))
    for (const address of [...unitA, ...others]) expect(submitted.rcpt).not.toContain(address)
    expect(submitted.headers.to?.toLowerCase()).toContain(email(f.editor))

    // 2. An editor returns it with a note: unit A's contributors get the note; unit B's do not.
    const note = 'Đề nghị bổ sung ảnh chân dung và số quyết định khen thưởng năm 2022.'
    since = inbox.length
    expect((await transition('exemplars', doc.id, 'return', f.editor, note)).reviewState).toBe(
      'returned',
    )
    const returned = await nextMail(
      since,
      (mail) => mail.subject.includes(name) && content(mail).includes(note),
      'trả lại, với ý kiến',
    )
    expect(returned.rcpt).toEqual(expect.arrayContaining(unitA))
    for (const address of others) expect(returned.rcpt).not.toContain(address)
    await sleep(300)
    for (const mail of inbox.slice(since)) {
      for (const address of others) expect(mail.rcpt).not.toContain(address)
    }

    // 3. Resubmitted and published: unit A's contributors hear it was published.
    await transition('exemplars', doc.id, 'submit', f.contributorA)
    since = inbox.length
    expect((await transition('exemplars', doc.id, 'publish', f.editor)).reviewState).toBe(
      'published',
    )
    const published = await nextMail(
      since,
      (mail) => mail.subject.includes(name) && content(mail).includes('đã được xuất bản'),
      'đã được xuất bản',
    )
    expect(published.rcpt).toEqual(expect.arrayContaining(unitA))
    for (const address of others) expect(published.rcpt).not.toContain(address)
    await sleep(300)
    for (const mail of inbox.slice(since)) {
      for (const address of others) expect(mail.rcpt).not.toContain(address)
    }
  })

  it('an article submitted by the unit reaches every editor, with its title', async () => {
    const title = 'Xã Tú Đoạn ra quân làm đường giao thông nông thôn'
    const article = await createInState(
      f.payload,
      'articles',
      f.unitA.id,
      { reviewState: 'draft' },
      { title, createdBy: f.contributorA.id },
    )
    const since = inbox.length
    await transition('articles', article.id, 'submit', f.contributorA)
    const mail = await nextMail(
      since,
      (m) => m.subject.includes('chờ duyệt') && m.subject.includes(title),
      'chờ duyệt (bài viết)',
    )
    expect(mail.rcpt).toEqual(expect.arrayContaining([email(f.editor), email(editor2)]))
    expect(mail.rcpt).not.toContain(email(f.contributorA))
  })
})

describe('without a working mail server', () => {
  it('without SMTP_URL a transition succeeds and the message goes to the log', async () => {
    const saved = process.env.SMTP_URL
    delete process.env.SMTP_URL
    const info = vi.spyOn(f.payload.logger, 'info')
    try {
      const name = 'Hoàng Văn Thái Bình'
      const doc = await createInState(
        f.payload,
        'exemplars',
        f.unitA.id,
        { reviewState: 'draft' },
        { name, createdBy: f.contributorA.id },
      )
      const since = inbox.length
      const result = await transition('exemplars', doc.id, 'submit', f.contributorA)
      expect(result.reviewState).toBe('submitted')
      expect((await stored(f.payload, 'exemplars', doc.id)).reviewState).toBe('submitted')

      const logged = () =>
        info.mock.calls.some((args) => {
          const text = JSON.stringify(args)
          return text.includes('chờ duyệt') && text.includes(name)
        })
      const deadline = Date.now() + 5000
      while (!logged() && Date.now() < deadline) await sleep(50)
      expect(logged()).toBe(true)
      expect(inbox.slice(since)).toEqual([])
    } finally {
      info.mockRestore()
      process.env.SMTP_URL = saved
    }
  })

  it('with an unreachable SMTP server a transition still succeeds', async () => {
    const saved = process.env.SMTP_URL
    // A port nothing listens on: a closed server.
    const closed = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
    })
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()))
    const deadPort = (closed.server.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    process.env.SMTP_URL = `smtp://127.0.0.1:${deadPort}`
    const error = vi.spyOn(f.payload.logger, 'error')
    try {
      const doc = await createInState(
        f.payload,
        'exemplars',
        f.unitA.id,
        { reviewState: 'submitted', consent: true },
        { name: 'Đinh Văn Tiến', createdBy: f.contributorA.id },
      )
      const result = await transition('exemplars', doc.id, 'publish', f.editor)
      expect(result.reviewState).toBe('published')
      expect(result._status).toBe('published')
      const saved = await stored(f.payload, 'exemplars', doc.id)
      expect(saved.reviewState).toBe('published')
      expect(saved._status).toBe('published')
      // The failure is reported in the log rather than lost silently.
      const deadline = Date.now() + 5000
      while (error.mock.calls.length === 0 && Date.now() < deadline) await sleep(50)
      expect(error.mock.calls.length).toBeGreaterThan(0)
    } finally {
      error.mockRestore()
      process.env.SMTP_URL = saved
    }
  })
})
