import type { Endpoint, PayloadRequest } from 'payload'

import { asUser } from '@/access/roles'

import { ImportError } from './errors'
import { MAX_FILE_BYTES } from './read'
import { importExemplars, parseLines } from './service'

export const fail = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/** Room for the multipart envelope and the small fields around a file just under the cap. */
const MAX_BODY_BYTES = MAX_FILE_BYTES + 256 * 1024
const TOO_BIG =
  'Tệp từ 10 MB trở lên không được nhận. Hãy xóa ảnh trong tệp hoặc chia nhỏ danh sách.'

/** The request body, read no further than the cap. */
async function readBody(req: PayloadRequest): Promise<Uint8Array | null> {
  const declared = Number(req.headers.get('content-length') || 0)
  if (declared > MAX_BODY_BYTES) return null
  if (!req.body) return new Uint8Array()
  const reader = req.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/** The multipart form and its `file`, or the 400 that explains what is wrong with the request. */
export async function readUpload(
  req: PayloadRequest,
): Promise<{ form: FormData; file: File } | Response> {
  const contentType = req.headers.get('content-type') ?? ''
  if (!/^multipart\/form-data/i.test(contentType)) {
    return fail(
      400,
      'Cần gửi biểu mẫu multipart/form-data có trường "file" (tệp .docx hoặc .xlsx).',
    )
  }
  const body = await readBody(req)
  if (!body) return fail(400, TOO_BIG)
  let form: FormData
  try {
    form = await new Response(new Uint8Array(body), {
      headers: { 'content-type': contentType },
    }).formData()
  } catch {
    return fail(400, 'Biểu mẫu gửi lên bị hỏng: hãy chọn lại tệp và gửi lần nữa.')
  }
  const file = form.get('file')
  if (!file || typeof file === 'string') {
    return fail(400, 'Chưa chọn tệp: hãy gửi tệp (.docx hoặc .xlsx) ở trường "file".')
  }
  return { form, file }
}

const text = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value.trim() : '')

/**
 * `POST /api/exemplars/import` (SPEC §3), multipart: `file` (.docx laid out as the template list,
 * or .xlsx with its headers), `period` (YYYY-MM), `unit` (staff only), `commit` ("true" creates
 * the drafts, anything else previews) and optionally `rows` (the 1-based lines to create).
 * Answers `{ rows, created }`; a file it cannot use → 400 in Vietnamese, nothing created.
 */
export const importEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    const user = asUser(req.user)
    if (!user) return fail(401, 'Bạn cần đăng nhập để nhập danh sách.')
    const upload = await readUpload(req)
    if (upload instanceof Response) return upload
    const { form, file } = upload
    try {
      const result = await importExemplars({
        payload: req.payload,
        user,
        file: { name: file.name, data: new Uint8Array(await file.arrayBuffer()) },
        period: text(form.get('period')) || null,
        unit: text(form.get('unit')) || null,
        commit: text(form.get('commit')) === 'true',
        lines: parseLines(form.get('rows') ?? undefined),
        req,
      })
      return Response.json(result, {
        status: 200,
        headers: { 'cache-control': 'private, no-store' },
      })
    } catch (error) {
      if (error instanceof ImportError) return fail(error.status, error.message)
      throw error
    }
  },
}
