import type { AddressInfo } from 'node:net'

import { SMTPServer, type SMTPServerSession } from 'smtp-server'

/** A received mail: envelope recipients, headers and every text part decoded. */
export type ReceivedMail = {
  rcpt: string[]
  subject: string
  /** The text/plain and text/html parts, decoded, in order. */
  bodies: string[]
  raw: string
}

function qpDecode(text: string): Buffer {
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

/** RFC 2047 encoded words (UTF-8, B or Q), adjacent runs joined. */
export function decodeHeader(value: string): string {
  const joined = value.replace(/(\?=)\s+(=\?)/g, '$1$2')
  return joined.replace(/(?:=\?[^?]+\?[bBqQ]\?[^?]*\?=)+/g, (run) => {
    const parts: Buffer[] = []
    for (const [, , enc, data] of run.matchAll(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g)) {
      parts.push(
        enc!.toUpperCase() === 'B'
          ? Buffer.from(data!, 'base64')
          : qpDecode(data!.replace(/_/g, ' ')),
      )
    }
    return Buffer.concat(parts).toString('utf8')
  })
}

function splitEntity(raw: string): { headers: Record<string, string>; body: string } {
  const split = raw.search(/\r?\n\r?\n/)
  const head = split < 0 ? raw : raw.slice(0, split)
  const body = split < 0 ? '' : raw.slice(split).replace(/^\r?\n\r?\n/, '')
  const headers: Record<string, string> = {}
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  return { headers, body }
}

/** The decoded text parts of a MIME entity, multipart ones walked recursively. */
export function textParts(raw: string): string[] {
  const { headers, body } = splitEntity(raw)
  const type = headers['content-type'] ?? 'text/plain'
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1]
  if (/^multipart\//i.test(type) && boundary) {
    return body
      .split(`--${boundary}`)
      .slice(1)
      .filter((part) => !part.startsWith('--'))
      .flatMap((part) => textParts(part.replace(/^\r?\n/, '')))
  }
  if (!/^text\//i.test(type)) return []
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase()
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? qpDecode(body).toString('utf8')
        : body
  return [text.replace(/\r\n/g, '\n')]
}

/** A real SMTP server (the smtp-server package) on 127.0.0.1 that keeps what it receives. */
export async function startMailbox(): Promise<{
  url: string
  inbox: ReceivedMail[]
  close: () => Promise<void>
}> {
  const inbox: ReceivedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        inbox.push({
          rcpt: session.envelope.rcptTo.map((address) => address.address.toLowerCase()),
          subject: decodeHeader(splitEntity(raw).headers.subject ?? ''),
          bodies: textParts(raw),
          raw,
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    inbox,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Polls (≤ 10 s) for the first mail to `to` received after `since` mails. */
export async function waitForMail(
  inbox: ReceivedMail[],
  to: string,
  since = 0,
): Promise<ReceivedMail> {
  const deadline = Date.now() + 10_000
  for (;;) {
    const found = inbox.slice(since).find((mail) => mail.rcpt.includes(to.toLowerCase()))
    if (found) return found
    if (Date.now() > deadline) throw new Error(`no mail to ${to} within 10 s`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
