import type { SanitizedConfig } from 'payload'

/**
 * Checks made on every REST request before Payload sees it, for input Payload itself answers
 * with a 500 (found by tests/int/fuzz.test.ts). Each check refuses with a 4xx and a Vietnamese
 * message; nothing here reads or writes data.
 *
 * - `?where=<text>` / `?data=<text>` that is not JSON (Payload calls JSON.parse unguarded);
 * - a JSON body that is not an object or array (`null`, `42`, `"text"`), or not JSON at all
 *   on a method-override POST (`X-HTTP-Method-Override: GET`);
 * - a document id that cannot be one: ids are integers on SQLite, ObjectIds on MongoDB (a
 *   non-numeric id reached the SQL driver as NaN);
 * - `/versions` of a collection without versions (a TypeError inside Payload);
 * - `joins` other than `false` (no collection has join fields; objects reached the SQL);
 * - the geometric operators `near`, `within`, `intersects`: no collection has a point field;
 * - a route Payload does not serve answers 501 ("Not Implemented"): answered 404 instead.
 */

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

const GEO_OPERATOR = /\[(near|within|intersects)\]/

const FILE_ROUTE = /^\/api\/[^/]+\/file\//

const pathOf = (request: Request): string => {
  try {
    return new URL(request.url).pathname
  } catch {
    return ''
  }
}

export function guardRest<A>(
  config: Promise<SanitizedConfig> | SanitizedConfig,
  handler: (request: Request, args: A) => Promise<Response>,
): (request: Request, args: A) => Promise<Response> {
  return async (request, args) => {
    const refusal = await check(await config, request)
    if (refusal) return refusal
    const response = await handler(request, args)
    if (response.status === 501) return refuse(404, 'Không tìm thấy.')
    // A file a visitor may not read is answered like one that does not exist: its name is
    // not confirmed (the upload's read rule, src/workflow/uploads.ts).
    if (response.status === 403 && request.method === 'GET' && FILE_ROUTE.test(pathOf(request))) {
      return refuse(404, 'Không tìm thấy tệp.')
    }
    return response
  }
}

async function check(config: SanitizedConfig, request: Request): Promise<Response | null> {
  let url: URL
  try {
    url = new URL(request.url)
  } catch {
    return refuse(400, 'Địa chỉ yêu cầu không hợp lệ.')
  }
  const apiRoute = config.routes?.api ?? '/api'
  if (!url.pathname.startsWith(`${apiRoute}/`)) return null

  for (const name of ['where', 'data']) {
    const raw = url.searchParams.get(name)
    if (raw && !isJson(raw)) {
      return refuse(
        400,
        `Tham số "${name}" không hợp lệ: cần là JSON hoặc dạng ${name}[trường][toán tử]=giá trị.`,
      )
    }
  }
  let search: string
  try {
    search = decodeURIComponent(url.search)
  } catch {
    return refuse(400, 'Chuỗi truy vấn không hợp lệ (mã hóa phần trăm sai).')
  }
  if (GEO_OPERATOR.test(search)) {
    return refuse(
      400,
      'Toán tử lọc không được hỗ trợ: near, within, intersects (không có trường tọa độ).',
    )
  }

  // No collection has join fields: anything but `joins=false` reached the SQL as a bound object.
  for (const [key, value] of url.searchParams) {
    if (key.startsWith('joins') && !(key === 'joins' && (value === 'false' || value === ''))) {
      return refuse(400, 'Tham số "joins" không hợp lệ: không có trường liên kết ngược (join).')
    }
  }
  for (const key of url.searchParams.keys()) {
    const scalar = /^(limit|page|depth|draft|trash|pagination|locale|fallback-locale)\[/.exec(key)
    if (scalar) return refuse(400, `Tham số "${scalar[1]}" phải là một giá trị đơn.`)
  }
  for (const name of ['limit', 'page', 'depth']) {
    const values = url.searchParams.getAll(name)
    if (values.length > 1) return refuse(400, `Tham số "${name}" chỉ được có một giá trị.`)
    for (const raw of values) {
      if (!/^\d{1,9}$/.test(raw)) {
        return refuse(400, `Tham số "${name}" phải là số nguyên không âm.`)
      }
    }
  }

  const method = request.method.toUpperCase()
  const segments = url.pathname.slice(apiRoute.length).split('/').filter(Boolean)
  const collection = config.collections.find((item) => item.slug === segments[0])
  if (collection?.slug === 'payload-preferences') {
    // Keyed by name (`/:key`), not by id. Payload's delete-by-key fails on SQLite (500) and the
    // admin never calls it.
    if (method === 'DELETE') return refuse(405, 'Không hỗ trợ xóa tùy chọn giao diện qua API.')
  } else if (collection && segments.length >= 2) {
    if (segments[1] === 'versions') {
      if (!collection.versions)
        return refuse(404, 'Không tìm thấy: loại hồ sơ này không lưu phiên bản.')
      if (segments[2] !== undefined && !validId(config, segments[2]))
        return refuse(404, 'Không tìm thấy.')
    } else if (
      !RESERVED.has(segments[1]!) &&
      !customPath(collection, segments[1]!) &&
      !validId(config, segments[1]!)
    ) {
      return refuse(404, 'Không tìm thấy.')
    }
  }

  const override =
    request.headers.get('x-http-method-override') ??
    request.headers.get('x-payload-http-method-override')
  const json = (request.headers.get('content-type') ?? '')
    .toLowerCase()
    .startsWith('application/json')
  const writes = method === 'POST' || method === 'PATCH' || method === 'PUT'
  // Create and update (`/api/<collection>` and `/api/<collection>/<id>`) read JSON or multipart
  // (uploads) only: with any other type Payload's hooks meet `data: undefined` and fail (500).
  const crud = collection && (segments.length === 1 || (segments.length === 2 && method !== 'POST'))
  if (writes && crud && !override) {
    const type = (request.headers.get('content-type') ?? '').toLowerCase()
    if (!type.startsWith('application/json') && !type.startsWith('multipart/form-data')) {
      return refuse(
        415,
        'Dữ liệu gửi lên phải ở dạng JSON (application/json) hoặc multipart/form-data.',
      )
    }
    if (json && (await request.clone().text()).trim() === '') {
      return refuse(400, 'Thiếu dữ liệu: cần một đối tượng JSON ({ … }).')
    }
  }
  if (json && writes) {
    const text = await request.clone().text()
    if (text.trim() === '' && !override) return null
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      return refuse(400, 'Dữ liệu JSON gửi lên không hợp lệ.')
    }
    if (parsed === null || typeof parsed !== 'object') {
      return refuse(400, 'Dữ liệu gửi lên phải là một đối tượng JSON ({ … }).')
    }
  }
  return null
}

/** Second path segments that are routes of their own, not document ids. */
/** A collection's own endpoint with a fixed first segment (`/import`), not an id. */
function customPath(collection: { endpoints?: unknown }, segment: string): boolean {
  const endpoints = Array.isArray(collection.endpoints) ? collection.endpoints : []
  return endpoints.some(
    (endpoint: { path?: unknown }) =>
      typeof endpoint.path === 'string' && endpoint.path.split('/')[1] === segment,
  )
}

const RESERVED = new Set([
  'count',
  'versions',
  'login',
  'logout',
  'me',
  'refresh-token',
  'first-register',
  'forgot-password',
  'reset-password',
  'unlock',
  'init',
  'access',
  'verify',
  'paginated',
  'file',
  'paste-url',
  'distinct',
])

function validId(config: SanitizedConfig, raw: string): boolean {
  let id: string
  try {
    id = decodeURIComponent(raw)
  } catch {
    return false
  }
  if (config.db.defaultIDType === 'number') return /^\d{1,15}$/.test(id)
  return /^[A-Za-z0-9_-]{1,64}$/.test(id)
}

function isJson(text: string): boolean {
  try {
    const value = JSON.parse(text)
    return value !== null && typeof value === 'object'
  } catch {
    return false
  }
}
