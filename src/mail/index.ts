import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer'
import type { EmailAdapter, Payload } from 'payload'

/**
 * One road for every mail the system sends (review notices, password reset): SMTP_URL, read at
 * send time; without it the mail is written to the server log, links included, so an operator
 * without a mail server can still hand a reset link over.
 */

export const DEFAULT_MAIL_FROM = 'Lan Tỏa <khong-tra-loi@lantoa.local>'

let transport: { url: string; transporter: Transporter } | null = null

function transporter(url: string): Transporter {
  if (transport?.url !== url) transport = { url, transporter: nodemailer.createTransport(url) }
  return transport.transporter
}

/** `Name <address>` (MAIL_FROM) split into its parts; a bare address keeps the default name. */
export function mailFrom(value = process.env.MAIL_FROM || DEFAULT_MAIL_FROM): {
  name: string
  address: string
} {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(value)
  if (match) return { name: match[1]!.trim() || 'Lan Tỏa', address: match[2]!.trim() }
  return { name: 'Lan Tỏa', address: value.trim() }
}

/** The readable text of a simple HTML mail (paragraphs, line breaks, links), for the log. */
export function htmlToText(html: string): string {
  return html
    .replace(/<a\s[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_, href: string, label: string) =>
      label.replace(/<[^>]+>/g, '').trim() === href ? href : `${label} (${href})`,
    )
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

type Message = Pick<SendMailOptions, 'to' | 'cc' | 'bcc' | 'subject' | 'text' | 'html'> & {
  from?: SendMailOptions['from']
}

export async function deliver(payload: Payload, message: Message): Promise<void> {
  const text =
    typeof message.text === 'string'
      ? message.text
      : typeof message.html === 'string'
        ? htmlToText(message.html)
        : undefined
  const url = process.env.SMTP_URL
  if (!url) {
    payload.logger.info({ msg: `[thư] ${String(message.subject ?? '')}`, to: message.to, text })
    return
  }
  const from = mailFrom()
  await transporter(url).sendMail({ ...message, text, from: message.from || from })
}

/** Payload's mail (password reset, and any other it sends) through the same road. */
export const mailAdapter: EmailAdapter = ({ payload }) => {
  const from = mailFrom()
  return {
    name: 'lantoa-smtp',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    // An unreachable mail server must not turn "Quên mật khẩu" into an error page: the mail,
    // link included, goes to the log instead, where the operator can find it.
    sendEmail: async (message) => {
      try {
        await deliver(payload, message)
      } catch (err) {
        const text = typeof message.html === 'string' ? htmlToText(message.html) : message.text
        payload.logger.error({ msg: 'Không gửi được thư qua SMTP_URL', err, to: message.to, text })
      }
    },
  }
}
