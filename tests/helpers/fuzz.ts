/**
 * Generators of malformed REST input, shared by the in-process fuzz test (tests/int/fuzz.test.ts)
 * and its short run against the built server (tests/e2e/fuzz-http.test.ts).
 */
import fc from 'fast-check'

export const FUZZ_SEED = Number(process.env.FUZZ_SEED || 20261128)

/** Report endpoints of SPEC §5: fuzzed whether or not this branch serves them yet (404 is fine). */
export const REPORT_ROUTES = [
  '/api/reports/compliance',
  '/api/reports/compliance.xlsx',
  '/api/reports/nominations.docx',
  '/api/reports/proposals.docx',
]

const FIELD_NAMES = [
  'id',
  'name',
  'title',
  'slug',
  'summary',
  'period',
  'unit',
  'unit.name',
  'unit.cluster.name',
  'movement',
  'exemplars',
  'awards',
  'awards.title',
  'reviewState',
  '_status',
  'deletedAt',
  'updatedAt',
  'createdAt',
  'email',
  'role',
  'password',
  'hash',
  'salt',
  'consent',
  'contactPhone',
  'version.name',
  'parent',
  '__proto__',
  'constructor',
  'prototype',
  'a.b.c.d.e',
  '',
  ' ',
  'name]',
  '[name',
  '$where',
  'content.root.children',
]

const OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'like',
  'not_like',
  'contains',
  'exists',
  'greater_than',
  'less_than_equal',
  'near',
  'within',
  'intersects',
  'bogus',
  '__proto__',
  '$gt',
]

const nastyStrings = fc.constantFrom(
  '',
  ' ',
  '%',
  '%00',
  '\u0000',
  '../',
  '..%2F..%2Fetc%2Fpasswd',
  "1' OR '1'='1",
  '"; DROP TABLE exemplars; --',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1.5',
  '1e309',
  '9999999999999999999999',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '{"a":',
  '\uD800',
  'Nguyễn Văn An',
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
)

export const scalar = fc.oneof(
  nastyStrings,
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant('x'.repeat(20_000)),
)

export const anyValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.string({ maxLength: 8 })),
      tie('value'),
      {
        maxKeys: 4,
      },
    ),
  ),
})).value

const field = fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.string({ maxLength: 12 }))

/** `where` objects: plausible shapes with wrong fields, operators and values, and nonsense. */
export const whereValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  where: fc.oneof(
    { depthSize: 'small' },
    fc.dictionary(field, fc.dictionary(fc.constantFrom(...OPERATORS), anyValue, { maxKeys: 2 }), {
      maxKeys: 3,
    }),
    fc.record({ and: fc.array(tie('where'), { maxLength: 3 }) }),
    fc.record({ or: fc.array(tie('where'), { maxLength: 3 }) }),
    anyValue,
  ),
})).where

/** Percent-encodes, leaving lone surrogates as invalid UTF-8 bytes (a malformed query, on purpose). */
function encode(value: string): string {
  try {
    return encodeURIComponent(value)
  } catch {
    return value.replace(/[\s\S]/g, (char) => {
      try {
        return encodeURIComponent(char)
      } catch {
        return '%ED%A0%80'
      }
    })
  }
}

/** Serialises a value the way qs does (`where[a][equals]=b`), or as raw text. */
export function toQuery(name: string, value: unknown, out: string[] = []): string[] {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value)
      ? value.map((item, index) => [String(index), item])
      : Object.entries(value)
    if (entries.length === 0) out.push(`${encode(name)}=`)
    for (const [key, item] of entries) toQuery(`${name}[${key}]`, item, out)
    return out
  }
  out.push(`${encode(name)}=${encode(String(value))}`)
  return out
}

const numberish = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 60 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'abc',
      '',
      '-1',
      '1e309',
      '99999999999',
      'NaN',
      '1.5',
      '0x10',
      '[]',
      ' 3 ',
    ),
  },
)

/** Present a third of the time: most requests carry one or two malformed parameters, not all. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.option(arbitrary, { freq: 2, nil: undefined })

/** A query string with malformed where/sort/depth/limit/page and friends. */
export const queryString = fc
  .record({
    where: sometimes(whereValue),
    sort: sometimes(
      fc.oneof(
        field,
        field.map((name) => `-${name}`),
        fc.array(field, { maxLength: 3 }),
        scalar,
      ),
    ),
    depth: sometimes(numberish),
    limit: sometimes(numberish),
    page: sometimes(numberish),
    draft: sometimes(fc.oneof(fc.boolean(), scalar)),
    trash: sometimes(fc.oneof(fc.boolean(), scalar)),
    select: sometimes(anyValue),
    populate: sometimes(anyValue),
    pagination: sometimes(fc.oneof(fc.boolean(), scalar)),
    locale: sometimes(scalar),
    joins: sometimes(anyValue),
    raw: sometimes(
      fc.constantFrom(
        'where=%7B',
        'where[and]=1',
        'where[',
        'depth[]=1',
        'limit[a]=2',
        '%E0%A4%A',
        '&&=&',
        'a=%',
      ),
    ),
  })
  .map((params) => {
    const parts: string[] = []
    for (const [key, value] of Object.entries(params)) {
      if (value === undefined) continue
      if (key === 'raw') parts.push(String(value))
      else toQuery(key, value, parts)
    }
    return parts.join('&')
  })

/** Path parameters in place of a document id. */
export const badId = fc.oneof(
  nastyStrings,
  fc.string({ maxLength: 20 }).map(encode),
  fc.constant('9'.repeat(400)),
  fc.constant('a'.repeat(5000)),
  fc.integer({ min: -10, max: 100_000 }).map(String),
)

/** A request body: invalid JSON, wrong types, huge or deeply nested values, pollution keys. */
export const body = fc.oneof(
  fc.constantFrom(
    '',
    '{',
    '{"name": }',
    'null',
    '[]',
    '"text"',
    '42',
    '{"__proto__": {"role": "admin", "isAdmin": true}}',
    '{"constructor": {"prototype": {"role": "admin"}}}',
    '{"_status": "published", "reviewState": "published"}',
    '{"deletedAt": "not a date"}',
    '{"unit": {"id": {"$ne": null}}}',
    '{"awards": "nope"}',
    '{"awards": [{"title": {"a": 1}}]}',
    '{"period": "2022-13"}',
    '{"email": "x@y", "password": "1"}',
    `{"name": "${'Đ'.repeat(300_000)}"}`,
    '['.repeat(5000) + ']'.repeat(5000),
    '{"a":'.repeat(2000) + '1' + '}'.repeat(2000),
    '\uFEFF{"name": "bom"}',
  ),
  anyValue.map((value) => JSON.stringify(value) ?? 'null'),
  fc
    .dictionary(fc.constantFrom(...FIELD_NAMES), anyValue, { maxKeys: 6 })
    .map((value) => JSON.stringify(value)),
)

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export type FuzzRequest = {
  actor: 'anonymous' | 'contributor' | 'editor'
  method: Method
  path: string
  query: string
  body?: string
  contentType?: string
  override?: boolean
}

/** One request to one of the routes: lists, documents, bulk writes, workflow, reports. */
export function requestArbitrary(slugs: string[], knownIds: number[]): fc.Arbitrary<FuzzRequest> {
  const id = fc.oneof(fc.constantFrom(...knownIds.map(String)), badId)
  const slug = fc.constantFrom(...slugs)
  const actor = fc.constantFrom('anonymous', 'contributor', 'editor') as fc.Arbitrary<
    FuzzRequest['actor']
  >
  const contentType = fc.constantFrom(
    'application/json',
    'text/plain',
    'application/x-www-form-urlencoded',
    '',
  )
  const route = fc.oneof(
    fc.record({ method: fc.constant('GET' as const), path: slug.map((s) => `/api/${s}`) }),
    fc.record({
      method: fc.constant('GET' as const),
      path: fc.tuple(slug, id).map(([s, i]) => `/api/${s}/${i}`),
    }),
    fc.record({ method: fc.constant('GET' as const), path: slug.map((s) => `/api/${s}/versions`) }),
    fc.record({ method: fc.constant('GET' as const), path: slug.map((s) => `/api/${s}/count`) }),
    fc.record({ method: fc.constant('POST' as const), path: slug.map((s) => `/api/${s}`) }),
    fc.record({
      method: fc.constant('PATCH' as const),
      path: fc.tuple(slug, id).map(([s, i]) => `/api/${s}/${i}`),
    }),
    fc.record({ method: fc.constant('PATCH' as const), path: slug.map((s) => `/api/${s}`) }),
    fc.record({
      method: fc.constant('DELETE' as const),
      path: fc.tuple(slug, id).map(([s, i]) => `/api/${s}/${i}`),
    }),
    fc.record({ method: fc.constant('DELETE' as const), path: slug.map((s) => `/api/${s}`) }),
    fc.record({
      method: fc.constant('POST' as const),
      path: fc
        .tuple(fc.constantFrom('exemplars', 'articles'), id)
        .map(([s, i]) => `/api/${s}/${i}/workflow`),
    }),
    fc.record({ method: fc.constant('GET' as const), path: fc.constantFrom(...REPORT_ROUTES) }),
  )
  return fc
    .record({
      actor,
      route,
      query: queryString,
      body,
      contentType,
      override: fc.boolean(),
    })
    .map(({ actor, route, query, body, contentType, override }) => ({
      actor,
      method: route.method,
      path: route.path,
      query,
      ...(route.method === 'GET' || route.method === 'DELETE'
        ? override && route.method === 'GET'
          ? { body, contentType, override: true }
          : {}
        : { body, contentType }),
    }))
}

/** The request as a Fetch API Request (method override: a POST that asks to be read as GET). */
export function toRequest(base: string, request: FuzzRequest, token?: string): Request {
  const headers = new Headers()
  if (token) headers.set('authorization', `JWT ${token}`)
  if (request.contentType) headers.set('content-type', request.contentType)
  let method: string = request.method
  if (request.override) {
    method = 'POST'
    headers.set('x-http-method-override', 'GET')
  }
  return new Request(`${base}${request.path}${request.query ? `?${request.query}` : ''}`, {
    method,
    headers,
    body: method === 'GET' || method === 'DELETE' ? undefined : (request.body ?? ''),
  })
}

/** A short description for reports: method, route shape, status. */
export function describeRequest(request: FuzzRequest): string {
  const path = request.path.replace(/\/api\/([^/]+)\/[^/]+/, (match, slug) =>
    match.endsWith('/versions') || match.endsWith('/count') ? match : `/api/${slug}/:id`,
  )
  return `${request.override ? 'POST(as GET)' : request.method} ${path.slice(0, 80)}`
}
