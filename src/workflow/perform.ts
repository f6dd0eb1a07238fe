import type { Payload, PayloadRequest } from 'payload'

import { asUser } from '@/access/roles'
import { readOrgWords } from '@/globals/org-words'
import { HttpError } from '@/lib/http-error'

import { withPortalCoverage, type CoverageEntry } from './effects'
import { WORKFLOW_CONTEXT } from './constants'
import {
  actionLabel,
  isAction,
  refusal,
  TRANSITIONS,
  type WorkflowCollection,
  type WorkflowDoc,
} from './transitions'

export type TransitionRequest = {
  payload: Payload
  collection: WorkflowCollection
  id: number | string
  action: unknown
  note?: unknown
  user: unknown
  /** The HTTP request, when there is one: the change then joins its transaction. */
  req?: PayloadRequest
}

type StoredDoc = WorkflowDoc & {
  id: number | string
  slug?: string | null
  reviewNotes?: unknown[] | null
  coverage?: CoverageEntry[] | null
}

/**
 * Moves a document one step through the review workflow on behalf of `user`, or throws a
 * HttpError with a Vietnamese message and a 4xx status. The endpoint and tests both use it.
 */
export async function performTransition({
  payload,
  collection,
  id,
  action,
  note,
  user: rawUser,
  req,
}: TransitionRequest) {
  const user = asUser(rawUser)
  if (!user) throw new HttpError('Bạn cần đăng nhập để thực hiện thao tác này.', 401)
  if (!isAction(action)) {
    throw new HttpError(
      `Thao tác không hợp lệ. Chọn một trong: ${Object.keys(TRANSITIONS).join(', ')}.`,
      400,
    )
  }
  if (note !== undefined && note !== null && typeof note !== 'string') {
    throw new HttpError('Ý kiến (note) phải là văn bản.', 400)
  }
  if (typeof note === 'string' && note.length > 5000) {
    throw new HttpError('Ý kiến quá dài (tối đa 5.000 ký tự).', 400)
  }

  let doc: StoredDoc
  try {
    doc = (await payload.findByID({
      collection,
      id,
      depth: 0,
      draft: true,
      overrideAccess: false,
      user,
      req,
    })) as unknown as StoredDoc
  } catch {
    throw new HttpError('Không tìm thấy hồ sơ, hoặc bạn không có quyền xem hồ sơ này.', 404)
  }
  // Private fields (consent) are hidden from some readers; the rule must see the stored value.
  const stored = (await payload.findByID({
    collection,
    id,
    depth: 0,
    draft: true,
    req,
  })) as unknown as StoredDoc
  doc = { ...stored, ...doc, consent: stored.consent }

  const trimmed = typeof note === 'string' ? note.normalize('NFC').trim() : undefined
  const words = await readOrgWords(payload, req)
  const refused = refusal(collection, action, doc, user, trimmed, words)
  if (refused) throw new HttpError(refused.message, refused.status)

  const change = TRANSITIONS[action].apply(doc)
  const now = new Date().toISOString()
  const nextState = change.reviewState ?? doc.reviewState ?? 'draft'
  const data: Record<string, unknown> = {
    ...change,
    // The main document is always written (draft: false), so `_status` follows the review
    // state exactly; provincial steps only happen to published exemplars.
    _status: nextState === 'published' ? 'published' : 'draft',
  }
  if (action === 'submit') data.submittedAt = now
  // "Rút lại" takes the sending back: the month's figures no longer count it as sent.
  if (action === 'withdraw') data.submittedAt = null
  if (action === 'publish' && collection === 'exemplars') {
    const coverage = await withPortalCoverage(payload, stored, req)
    if (coverage) data.coverage = coverage
  }
  if (trimmed) {
    data.reviewNotes = [
      ...(doc.reviewNotes ?? []),
      { note: `${actionLabel(action, words)}: ${trimmed}`, author: user.id, at: now },
    ]
  }

  await payload.update({
    collection,
    id: doc.id,
    data,
    draft: false,
    // The rule was checked above; the user still rides along so hooks know who acted.
    overrideAccess: true,
    user,
    context: { [WORKFLOW_CONTEXT]: { action, note: trimmed } },
    req,
  })
  return payload.findByID({
    collection,
    id: doc.id,
    depth: 0,
    draft: true,
    overrideAccess: false,
    user,
    req,
  })
}
