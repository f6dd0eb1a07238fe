import type { Payload, Where } from 'payload'

import { readOrgWords } from '@/globals/org-words'
import { relationId } from '@/lib/ids'
import { deliver } from '@/mail'
import { publicBaseUrl } from '@/mail/reset-password'

import { actionLabel, type Action, type WorkflowCollection } from './transitions'

export type Mail = { to: string[]; subject: string; text: string }

/** Sends through SMTP_URL; without it the message goes to the server log, so nothing is lost. */
export async function sendMail(payload: Payload, mail: Mail): Promise<void> {
  if (mail.to.length === 0) return
  await deliver(payload, mail)
}

const COLLECTION_NAMES: Record<WorkflowCollection, string> = {
  exemplars: 'Gương điển hình',
  articles: 'Bài viết',
}

type Doc = { id: number | string; unit?: unknown; name?: string | null; title?: string | null }

async function emailsOf(payload: Payload, where: Where): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'users',
    where,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { email: true },
  })
  return docs.map((user) => user.email)
}

/**
 * Who hears of a transition: editors when a unit submits; the unit's contributors when their
 * document is returned or published.
 */
export async function notifyTransition(
  payload: Payload,
  collection: WorkflowCollection,
  action: Action,
  doc: Doc,
  note?: string | null,
): Promise<void> {
  const title = doc.name ?? doc.title ?? String(doc.id)
  const base = publicBaseUrl()
  const link = `${base}/admin/collections/${collection}/${doc.id}`
  const kind = COLLECTION_NAMES[collection]
  // The same build serves a district, a province or a commune: their words come from settings.
  const words = await readOrgWords(payload)
  const { office, portal } = words
  let to: string[] = []
  let subject = ''
  let text = ''
  if (action === 'submit') {
    to = await emailsOf(payload, { role: { equals: 'editor' } })
    subject = `[Lan Tỏa] Hồ sơ mới chờ duyệt: ${title}`
    text = `${kind} "${title}" vừa được gửi duyệt tới ${office}.\n\nXem và duyệt: ${link}`
  } else if (action === 'return' || action === 'publish') {
    const unit = relationId(doc.unit)
    if (unit === null) return
    to = await emailsOf(payload, {
      and: [{ role: { equals: 'contributor' } }, { unit: { equals: unit } }],
    })
    subject =
      action === 'return'
        ? `[Lan Tỏa] Hồ sơ bị trả lại để bổ sung: ${title}`
        : `[Lan Tỏa] Hồ sơ đã được xuất bản: ${title}`
    text =
      action === 'return'
        ? `${kind} "${title}" được ${office} trả lại để bổ sung.\n\nÝ kiến: ${note ?? ''}\n\nSửa và gửi lại: ${link}`
        : `${kind} "${title}" đã được ${office} duyệt và xuất bản trên ${portal}.\n\n${link}`
  } else {
    return
  }
  await sendMail(payload, {
    to,
    subject,
    text: `${text}\n\n— ${actionLabel(action, words)}, hệ thống Lan Tỏa`,
  })
}
