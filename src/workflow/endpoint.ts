import type { Endpoint, PayloadRequest } from 'payload'

import { errorResponse as fail, HttpError } from '@/lib/http-error'

import { performTransition } from './perform'
import type { WorkflowCollection } from './transitions'

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
 * review states move. Answers the updated document, or a Vietnamese error with a 4xx status.
 */
export function workflowEndpoint(collection: WorkflowCollection): Endpoint {
  return {
    path: '/:id/workflow',
    method: 'post',
    handler: async (req) => {
      if (!req.user) return fail(401, 'Bạn cần đăng nhập để thực hiện thao tác này.')
      const body = await readBody(req)
      if (!body) {
        return fail(
          400,
          'Dữ liệu gửi lên không hợp lệ: cần JSON dạng { "action": "...", "note": "..." }.',
        )
      }
      try {
        const doc = await performTransition({
          payload: req.payload,
          collection,
          id: req.routeParams?.id as string,
          action: body.action,
          note: body.note,
          user: req.user,
          req,
        })
        return Response.json(doc, { status: 200 })
      } catch (error) {
        if (error instanceof HttpError) return fail(error.status, error.message)
        throw error
      }
    },
  }
}
