import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll } from 'vitest'

/**
 * Each integration test file gets its own throwaway SQLite database (or, when
 * TEST_DATABASE_URI names a MongoDB server, its own database on it), set before the Payload
 * config is first imported.
 */
const runId = crypto.randomBytes(4).toString('hex')
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `lantoa-int-${runId}-`))

const mongo = process.env.TEST_DATABASE_URI
if (mongo && /^mongodb(\+srv)?:\/\//.test(mongo)) {
  const url = new URL(mongo)
  url.pathname = `/lantoa_test_${runId}`
  process.env.DATABASE_URI = url.toString()
} else {
  process.env.DATABASE_URI = `file:${path.join(tmp, 'test.db')}`
}
process.env.PAYLOAD_SECRET = `test-secret-${runId}`
process.env.SEED_DEMO = 'false'

afterAll(async () => {
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  if (process.env.DATABASE_URI?.startsWith('mongodb')) {
    await payload.db.dropDatabase?.({ adapter: payload.db as never })
  }
  await payload.destroy()
  fs.rmSync(tmp, { recursive: true, force: true })
})
