/**
 * The fuzz of tests/int/fuzz.test.ts, shorter, against the built production server: the same
 * malformed requests must get the same 2xx/4xx answers through Next's route and the production
 * bundle (where Payload's error classes can fail instanceof), never a 5xx.
 */
import fc from 'fast-check'
import { beforeAll, expect, it } from 'vitest'

import {
  describeRequest,
  FUZZ_SEED,
  requestArbitrary,
  toRequest,
  type FuzzRequest,
} from '../helpers/fuzz'

import { api, baseURL, login } from './http'

const RUNS = Number(process.env.FUZZ_HTTP_RUNS || 250)
const SLUGS = [
  'exemplars',
  'articles',
  'media',
  'documents',
  'document-files',
  'units',
  'clusters',
  'movements',
  'users',
  'audit-log',
  'payload-locked-documents',
  'payload-preferences',
  'payload-migrations',
]

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path)
    return true
  } catch {
    return false
  }
}

const tokens: Partial<Record<FuzzRequest['actor'], string>> = {}
const ids: number[] = []

beforeAll(async () => {
  tokens.contributor = await login('canbo.tu-doan@lantoa.local')
  tokens.editor = await login('bientap@lantoa.local')
  for (const slug of ['exemplars', 'articles', 'units']) {
    const { body } = await api(`/api/${slug}?limit=3&depth=0`, { token: tokens.editor })
    ids.push(...body.docs.map((doc: { id: number }) => doc.id))
  }
})

it(`${RUNS} malformed requests to the built server: never a 5xx`, async () => {
  const serverErrors: string[] = []
  // Known and not fixable in the app: Next.js answers 500 to a path with malformed percent-
  // encoding ("/api/exemplars/%") before any application code runs (its /400 render fails in
  // an App-Router-only build). Counted and printed, not hidden; README lists it.
  let malformedPath = 0
  const statuses = new Map<number, number>()
  await fc.assert(
    fc.asyncProperty(requestArbitrary(SLUGS, ids), async (request) => {
      const response = await fetch(toRequest(baseURL(), request, tokens[request.actor]))
      const text = await response.text()
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
      if (response.status >= 500 && !decodes(request.path)) {
        malformedPath++
      } else if (response.status >= 500) {
        serverErrors.push(
          `${describeRequest(request)} → ${response.status}: ${text.slice(0, 200)} ` +
            `(query ${request.query.slice(0, 200)}; body ${request.body?.slice(0, 120)})`,
        )
      }
      return true
    }),
    { seed: FUZZ_SEED, numRuns: RUNS, endOnFailure: true },
  )
  console.log(
    `[fuzz-http] ${RUNS} requests (seed ${FUZZ_SEED}); statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}; ` +
      `500 from Next.js for a malformed %-encoded path (known): ${malformedPath}`,
  )
  expect(serverErrors, serverErrors.join('\n')).toEqual([])
}, 240_000)
