import type { Endpoint, PayloadRequest } from 'payload'

import { asUser } from '@/access/roles'

import { WORKFLOW_CONTEXT } from './guard'
import {
  ACTION_LABELS,
  isAction,
  refusal,
  TRANSITIONS,
  type WorkflowCollection,
  type WorkflowDoc,
} from './transitions'

const fail = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

async function readBody(req: PayloadRequest): Promise<Record<string, unknown> | null> {
  try {
    const body = req.json ? await req.json() : req.data
    return body && typeof body === 'object' && !Array.isArray(body) ? body : null
  } catch {
    return null
  }
}

/**
 * `POST /api/{exemplars|articles}/:id/workflow` `{ action, note? }`: the one door through which
 * review states move. Answers the updated document, or a Vietnamese error with 4xx.
 */
export function workflowEndpoint(collection: WorkflowCollection): Endpoint {
  return {
    path: '/:id/workflow',
    method: 'post',
    handler: async (req) => {
      const user = asUser(req.user)
      if (!user) return fail(401, 'Bạn cần đăng nhập để thực hiện thao tác này.')

      const body = await readBody(req)
      if (!body) return fail(400, 'Dữ liệu gửi lên không hợp lệ: cần JSON dạng { "action": "...", "note": "..." }.')
      const { action, note } = body
      if (!isAction(action)) {
        return fail(400, `Thao tác không hợp lệ. Chọn một trong: ${Object.keys(TRANSITIONS).join(', ')}.`)
      }
      if (note !== undefined && note !== null && typeof note !== 'string') {
        return fail(400, 'Ý kiến (note) phải là văn bản.')
      }
      if (typeof note === 'string' && note.length > 5000) {
        return fail(400, 'Ý kiến quá dài (tối đa 5.000 ký tự).')
      }

      const id = req.routeParams?.id as string | undefined
      let doc: WorkflowDoc & { id: number | string; reviewNotes?: unknown[] | null }
      try {
        doc = (await req.payload.findByID({
          collection,
          id: id as string,
          depth: 0,
          draft: true,
          overrideAccess: false,
          user,
          req,
          // The unit's contributors must see `consent` to be told why publishing is blocked.
        })) as typeof doc
      } catch {
        return fail(404, 'Không tìm thấy hồ sơ, hoặc bạn không có quyền xem hồ sơ này.')
      }

      const trimmed = typeof note === 'string' ? note.normalize('NFC').trim() : undefined
      const refused = refusal(collection, action, doc, user, trimmed)
      if (refused) return fail(refused.status, refused.message)

      const change = TRANSITIONS[action].apply(doc)
      const now = new Date().toISOString()
      const data: Record<string, unknown> = { ...change }
      // The main document is always written (draft: false below), so `_status` follows the
      // review state exactly; provincial steps only happen to published exemplars.
      data._status = (change.reviewState ?? doc.reviewState) === 'published' ? 'published' : 'draft'
      if (action === 'submit') data.submittedAt = now
      if (trimmed) {
        data.reviewNotes = [
          ...(doc.reviewNotes ?? []),
          { note: `${ACTION_LABELS[action]}: ${trimmed}`, author: user.id, at: now },
        ]
      }

      await req.payload.update({
        collection,
        id: doc.id,
        data,
        draft: false,
        overrideAccess: true,
        context: { [WORKFLOW_CONTEXT]: { action, note: trimmed } },
        req,
      })
      const updated = await req.payload.findByID({
        collection,
        id: doc.id,
        depth: 0,
        draft: true,
        overrideAccess: false,
        user,
        req,
      })
      return Response.json(updated, { status: 200 })
    },
  }
}
