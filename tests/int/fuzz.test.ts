/**
 * Bad input everywhere (issue 7, item 7): fast-check throws malformed where/sort/depth/limit/
 * page, JSON bodies and path parameters at every REST collection route, the workflow endpoint
 * and the report endpoints, as an anonymous visitor, a contributor and an editor, through
 * Payload's own REST handler in process (the one the Next route calls). Every answer must be
 * 2xx or 4xx, never 5xx, and a refused write must leave the database byte-for-byte as it was.
 */
import crypto from 'node:crypto'

import { createClient, type Client } from '@libsql/client'
import config from '@payload-config'
import fc from 'fast-check'
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { guardRest } from '@/lib/rest-guard'

import { createInState } from '../helpers/access'
import { contentTables } from '../helpers/sqlite-tables'
import {
  describeRequest,
  FUZZ_SEED,
  requestArbitrary,
  toRequest,
  type FuzzRequest,
} from '../helpers/fuzz'
import { createFixtures, testPayload, type Fixtures } from '../helpers/payload'

const RUNS = Number(process.env.FUZZ_RUNS || 700)
const sqlite = process.env.DATABASE_URI?.startsWith('file:')

/** What src/app/(payload)/api/[...slug]/route.ts serves: Payload's handler behind the guard. */
const handle = guardRest(config, (request: Request) => handleEndpoints({ config, request }))

let f: Fixtures
let db: Client
const tokens: Partial<Record<FuzzRequest['actor'], string>> = {}
const knownIds: number[] = []

beforeAll(async () => {
  f = await createFixtures(await testPayload())
  for (const [actor, user] of [
    ['contributor', f.contributorA],
    ['editor', f.editor],
  ] as const) {
    const { token } = await f.payload.login({
      collection: 'users',
      data: { email: user.email, password: 'mat-khau-thu-nghiem-1' },
    })
    tokens[actor] = token
  }
  for (const slug of ['exemplars', 'articles'] as const) {
    for (const state of ['draft', 'submitted', 'published'] as const) {
      knownIds.push((await createInState(f.payload, slug, f.unitA.id, { reviewState: state })).id)
    }
  }
  knownIds.push(Number(f.unitA.id), Number(f.editor.id))
  if (sqlite) db = createClient({ url: process.env.DATABASE_URI! })
})

afterAll(() => db?.close())

/** A digest of every table's rows: equal digests, unchanged database. */
async function digest(): Promise<string> {
  const tables = await contentTables(db)
  const hash = crypto.createHash('sha256')
  for (const name of tables) {
    const rows = await db.execute(`SELECT * FROM "${name}" ORDER BY rowid`)
    hash.update(name)
    hash.update(
      JSON.stringify(rows.rows, (_key, value) =>
        typeof value === 'bigint' ? String(value) : value,
      ),
    )
  }
  return hash.digest('hex')
}

it.skipIf(!sqlite)(
  `${RUNS} malformed requests: never a 5xx, refused writes change nothing`,
  async () => {
    const slugs = (await config).collections.map((collection) => collection.slug)
    const serverErrors = new Map<string, { count: number; example: FuzzRequest; message: string }>()
    const changedByRefusal: string[] = []
    const statuses = new Map<number, number>()
    let before = await digest()
    let runs = 0

    await fc.assert(
      fc.asyncProperty(requestArbitrary(slugs, knownIds), async (request) => {
        runs++
        const response = await handle(
          toRequest('http://localhost:3000', request, tokens[request.actor]),
          undefined,
        ).catch((error: unknown) => new Response(String(error), { status: 599 }))
        const text = await response.text()
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
        if (response.status >= 500) {
          const key = `${describeRequest(request)} → ${response.status}`
          const seen = serverErrors.get(key)
          if (seen) seen.count++
          else serverErrors.set(key, { count: 1, example: request, message: text.slice(0, 300) })
        }
        const writes = request.method !== 'GET' && !request.override
        if (writes) {
          const after = await digest()
          if (response.status >= 400 && after !== before) {
            changedByRefusal.push(
              `${describeRequest(request)} → ${response.status}: ${text.slice(0, 200)}`,
            )
          }
          before = after
        }
        return true
      }),
      { seed: FUZZ_SEED, numRuns: RUNS, endOnFailure: true },
    )

    console.log(
      `[fuzz] ${runs} requests (seed ${FUZZ_SEED}); statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}; ` +
        `5xx kinds ${serverErrors.size}; refused writes that changed data ${changedByRefusal.length}`,
    )
    if (process.env.FUZZ_DUMP) {
      const examples = [...serverErrors.values()].map(({ example }) => example)
      ;(await import('node:fs')).writeFileSync(process.env.FUZZ_DUMP, JSON.stringify(examples))
    }
    const report = [...serverErrors].map(
      ([key, { count, example, message }]) =>
        `${key} ×${count}\n   e.g. ${JSON.stringify({ ...example, query: example.query.slice(0, 300), body: example.body?.slice(0, 200) })}\n   ${message}`,
    )
    expect(report, report.join('\n')).toEqual([])
    expect(changedByRefusal).toEqual([])
  },
)
