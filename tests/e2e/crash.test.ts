/**
 * Nothing acknowledged is lost (issue 7, item 5): the built server on its own SQLite file takes
 * 200 concurrent REST creates, is killed with SIGKILL (its whole process group) part-way, and
 * is started again on the same file. Every create that was answered 2xx must be there with all
 * its fields, its array rows and its version row; no document may be half-written, acknowledged
 * or not; SQLite's integrity check must pass.
 */
import type { JsonBody } from '../helpers/json'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { startServer, type StartedServer } from './global-setup'

const WRITES = 200
/** Kill once this many creates have been acknowledged: well inside the burst. */
const KILL_AFTER_ACKS = 70
const PASSWORD = 'mat-khau-kiem-thu-sap-nguon-1'

let tmp: string
let dbFile: string
let server: StartedServer | null = null
const secret = crypto.randomBytes(16).toString('hex')

async function start(): Promise<StartedServer> {
  return startServer({
    dbFile,
    logFile: path.join(tmp, 'server.log'),
    env: { SEED_DEMO: 'false', PAYLOAD_SECRET: secret },
    timeoutMs: 5 * 60_000,
  })
}

async function call(
  base: string,
  route: string,
  init: { method?: string; token?: string; json?: unknown } = {},
) {
  const headers: Record<string, string> = {}
  if (init.token) headers.authorization = `JWT ${init.token}`
  if (init.json !== undefined) headers['content-type'] = 'application/json'
  const response = await fetch(`${base}${route}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  })
  const text = await response.text()
  let body: JsonBody = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON
  }
  return { status: response.status, body }
}

async function login(base: string, email: string): Promise<string> {
  const { status, body } = await call(base, '/api/users/login', {
    method: 'POST',
    json: { email, password: PASSWORD },
  })
  expect(status, JSON.stringify(body)).toBe(200)
  return body.token
}

async function stopped(target: StartedServer, signal: NodeJS.Signals): Promise<void> {
  const exited = new Promise<void>((resolve) => {
    if (target.child.exitCode !== null || target.child.signalCode !== null) resolve()
    else target.child.once('exit', () => resolve())
  })
  target.kill(signal)
  await exited
  // next-server is a grandchild: give the kernel a moment to reap the whole group.
  await new Promise((resolve) => setTimeout(resolve, 500))
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lantoa-crash-'))
  dbFile = path.join(tmp, 'crash.db')
})

afterAll(async () => {
  if (server) await stopped(server, 'SIGKILL')
  fs.rmSync(tmp, { recursive: true, force: true })
})

type Sent = {
  name: string
  summary: string
  awards: Array<{ title: string; decisionNo: string; year: number; issuer: string }>
  coverage: Array<{ outlet: string; url: string }>
}

it(
  `SIGKILL during ${WRITES} concurrent writes loses no acknowledged write and half-writes none`,
  async () => {
    server = await start()
    let base = server.baseURL

    // An empty database: the first account becomes admin; it creates a unit and an editor.
    const first = await call(base, '/api/users/first-register', {
      method: 'POST',
      json: { email: 'quantri@crash.test', password: PASSWORD, fullName: 'Quản trị kiểm thử' },
    })
    expect(first.status, JSON.stringify(first.body)).toBeLessThan(300)
    const adminToken = await login(base, 'quantri@crash.test')
    const unit = await call(base, '/api/units', {
      method: 'POST',
      token: adminToken,
      json: { name: 'Xã Tú Đoạn', kind: 'commune' },
    })
    expect(unit.status, JSON.stringify(unit.body)).toBe(201)
    const editor = await call(base, '/api/users', {
      method: 'POST',
      token: adminToken,
      json: {
        email: 'bientap@crash.test',
        password: PASSWORD,
        fullName: 'Biên tập kiểm thử',
        role: 'editor',
      },
    })
    expect(editor.status, JSON.stringify(editor.body)).toBe(201)
    const token = await login(base, 'bientap@crash.test')

    const marker = `sapnguon${crypto.randomBytes(3).toString('hex')}`
    const sent = new Map<number, Sent>()
    const acked = new Map<number, number | string>()
    const killed = { done: false, at: 0 }
    const victim = server

    const writes = Array.from({ length: WRITES }, async (_, i) => {
      const data: Sent = {
        name: `Nguyễn Văn Thử ${marker} ${i}`,
        summary: `Thành tích số ${i} của đợt kiểm thử ${marker}: trồng ${i} ha rừng.`,
        awards: [
          { title: 'Giấy khen', decisionNo: `${i}/QĐ-UBND`, year: 2021, issuer: 'UBND huyện' },
          {
            title: 'Bằng khen',
            decisionNo: `${i + 1000}/QĐ-UBND`,
            year: 2022,
            issuer: 'UBND tỉnh',
          },
        ],
        coverage: [{ outlet: 'Báo Lạng Sơn', url: `https://baolangson.vn/${marker}-${i}` }],
      }
      sent.set(i, data)
      try {
        const response = await fetch(`${base}/api/exemplars`, {
          method: 'POST',
          headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            ...data,
            kind: 'individual',
            category: 'good-deeds',
            sector: 'agriculture',
            period: '2022-07',
            unit: unit.body.doc.id,
          }),
        })
        const body = (await response.json().catch(() => null)) as { doc?: { id: number } } | null
        if (response.status >= 200 && response.status < 300 && body?.doc?.id !== undefined) {
          acked.set(i, body.doc.id)
          if (!killed.done && acked.size >= KILL_AFTER_ACKS) {
            killed.done = true
            killed.at = acked.size
            victim.kill('SIGKILL')
          }
        }
      } catch {
        // connection cut by the kill: not acknowledged
      }
    })
    await Promise.all(writes)
    expect(killed.done, 'the server finished every write before it could be killed').toBe(true)
    await stopped(victim, 'SIGKILL')
    const ackedCount = acked.size

    // Same database file, fresh process.
    server = await start()
    base = server.baseURL
    const reader = await login(base, 'quantri@crash.test')
    const found = await call(
      base,
      `/api/exemplars?draft=true&depth=0&limit=1000&where[name][like]=${encodeURIComponent(marker)}`,
      { token: reader },
    )
    expect(found.status, JSON.stringify(found.body)).toBe(200)
    const byId = new Map<number | string, JsonBody>(
      found.body.docs.map((doc: JsonBody) => [doc.id, doc]),
    )

    const versions = await call(
      base,
      `/api/exemplars/versions?depth=0&limit=5000&where[version.name][like]=${encodeURIComponent(marker)}`,
      { token: reader },
    )
    expect(versions.status, JSON.stringify(versions.body)).toBe(200)
    const versionsOf = new Map<string, JsonBody[]>()
    for (const version of versions.body.docs) {
      const key = String(version.parent)
      versionsOf.set(key, [...(versionsOf.get(key) ?? []), version])
    }

    const lost: number[] = []
    const incomplete: string[] = []
    for (const [i, id] of acked) {
      const doc = byId.get(id)
      if (!doc) {
        lost.push(i)
        continue
      }
    }
    // Every document that made it, acknowledged or not, is whole.
    const expectedByName = new Map([...sent.values()].map((data) => [data.name, data]))
    for (const doc of byId.values()) {
      const want = expectedByName.get(doc.name)
      const problems: string[] = []
      if (!want) problems.push('unknown name')
      else {
        if (doc.summary !== want.summary) problems.push('summary')
        const awards = (doc.awards ?? []).map(({ title, decisionNo, year, issuer }: JsonBody) => ({
          title,
          decisionNo,
          year,
          issuer,
        }))
        if (JSON.stringify(awards) !== JSON.stringify(want.awards)) problems.push('awards')
        const coverage = (doc.coverage ?? []).map(({ outlet, url }: JsonBody) => ({ outlet, url }))
        if (JSON.stringify(coverage) !== JSON.stringify(want.coverage)) problems.push('coverage')
      }
      const own = versionsOf.get(String(doc.id)) ?? []
      if (own.length !== 1) problems.push(`${own.length} version rows`)
      else if (own[0].version?.name !== doc.name || (own[0].version?.awards ?? []).length !== 2) {
        problems.push('version differs')
      }
      if (problems.length) incomplete.push(`#${doc.id}: ${problems.join(', ')}`)
    }

    await stopped(server, 'SIGTERM')
    server = null
    const db = createClient({ url: `file:${dbFile}` })
    const integrity = await db.execute('PRAGMA integrity_check')
    const orphans = await db.execute(
      'SELECT COUNT(*) AS n FROM exemplars e WHERE NOT EXISTS (SELECT 1 FROM _exemplars_v v WHERE v.parent_id = e.id)',
    )
    const strayRows = await db.execute(
      'SELECT COUNT(*) AS n FROM exemplars_awards a WHERE NOT EXISTS (SELECT 1 FROM exemplars e WHERE e.id = a._parent_id)',
    )
    db.close()

    console.log(
      `[crash] sent ${WRITES}, killed after ${killed.at} acks; acknowledged ${ackedCount}, ` +
        `present after restart ${byId.size} (acknowledged present ${ackedCount - lost.length}), ` +
        `lost ${lost.length}, half-written ${incomplete.length}`,
    )
    expect(lost, 'acknowledged writes missing after restart').toEqual([])
    expect(incomplete, 'documents half-written').toEqual([])
    expect(integrity.rows[0]?.integrity_check).toBe('ok')
    expect(Number(orphans.rows[0]?.n)).toBe(0)
    expect(Number(strayRows.rows[0]?.n)).toBe(0)
  },
  8 * 60_000,
)
