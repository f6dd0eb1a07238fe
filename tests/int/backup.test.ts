/**
 * `npm run backup` / `npm run restore` (issue 7, item 6): a snapshot taken while Payload has the
 * database open, then a wiped database and media folder, then a restore: every table (documents,
 * versions, array rows, audit log) and every file must come back identical. A tampered backup
 * and a running server are refused; MongoDB is pointed to mongodump.
 */
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { performTransition } from '@/workflow/perform'

import { createFixtures, testPayload, validExemplar, type Fixtures } from '../helpers/payload'
import { contentTables } from '../helpers/sqlite-tables'

const ROOT = path.resolve(__dirname, '../..')
const sqlite = process.env.DATABASE_URI?.startsWith('file:')

let f: Fixtures
let tmp: string
let source: string
const originals: Record<string, string> = {}

const hash = (file: string) =>
  crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

function run(script: 'backup' | 'restore', args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'scripts', `${script}.mjs`), ...args],
    {
      cwd: tmp,
      env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules'), PORT: '1', ...env },
      encoding: 'utf8',
    },
  )
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

/** Every table's rows, in a form two databases can be compared by. */
async function dump(file: string): Promise<Record<string, string>> {
  const db = createClient({ url: `file:${file}` })
  try {
    const tables = await contentTables(db)
    const out: Record<string, string> = {}
    for (const name of tables) {
      const rows = await db.execute(`SELECT * FROM "${name}" ORDER BY rowid`)
      out[name] = JSON.stringify(rows.rows)
    }
    return out
  } finally {
    db.close()
  }
}

function mediaHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const visit = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name)
      if (entry.isDirectory()) visit(full)
      else out[path.relative(dir, full)] = hash(full)
    }
  }
  if (fs.existsSync(dir)) visit(dir)
  return out
}

beforeAll(async () => {
  if (!sqlite) return
  f = await createFixtures(await testPayload())
  source = path.resolve(process.env.DATABASE_URI!.slice('file:'.length))
  // Documents with array rows, versions, a review transition (audit entry) and one in the trash.
  for (let i = 0; i < 5; i++) {
    const doc = await f.payload.create({
      collection: 'exemplars',
      data: {
        ...validExemplar({ name: `Nguyễn Thị Sao Lưu ${i}` }),
        unit: f.unitA.id,
        awards: [{ title: 'Giấy khen', year: 2021 + i }],
      } as never,
    })
    await f.payload.update({
      collection: 'exemplars',
      id: doc.id,
      data: { summary: `Sửa lần ${i}` },
    })
    if (i === 0)
      await performTransition({
        payload: f.payload,
        collection: 'exemplars',
        id: doc.id,
        action: 'submit',
        user: f.editor,
      })
    if (i === 1)
      await f.payload.update({
        collection: 'exemplars',
        id: doc.id,
        data: { deletedAt: new Date().toISOString() } as never,
      })
  }
  await f.payload.create({
    collection: 'articles',
    data: { title: 'Bài sao lưu', unit: f.unitA.id } as never,
  })

  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lantoa-backup-'))
  const media = path.join(tmp, 'media')
  fs.mkdirSync(path.join(media, 'van-ban'), { recursive: true })
  fs.writeFileSync(path.join(media, 'anh-chan-dung.jpg'), crypto.randomBytes(300_000))
  fs.writeFileSync(path.join(media, 'anh-chan-dung-400x300.webp'), crypto.randomBytes(20_000))
  fs.writeFileSync(path.join(media, 'van-ban', 'ke-hoach-01.pdf'), crypto.randomBytes(50_000))
  Object.assign(originals, mediaHashes(media))
})

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
})

describe.skipIf(!sqlite)('backup → wipe → restore', () => {
  it('restores every table and every file exactly', async () => {
    // The secret the app generated on first start (data/ of the working directory).
    const secret = `bi-mat-${crypto.randomBytes(8).toString('hex')}`
    fs.mkdirSync(path.join(tmp, 'data'), { recursive: true })
    fs.writeFileSync(path.join(tmp, 'data', '.payload-secret'), secret, { mode: 0o600 })
    // Online: Payload still has the database open (and WAL content not yet checkpointed).
    const backup = run('backup', ['--out', path.join(tmp, 'backups', 'lan-1')], {
      DATABASE_URI: `file:${source}`,
    })
    expect(backup.status, backup.output).toBe(0)
    const manifest = JSON.parse(
      fs.readFileSync(path.join(tmp, 'backups', 'lan-1', 'manifest.json'), 'utf8'),
    )
    expect(manifest.database.tables.exemplars).toBe(5)
    expect(manifest.database.tables._exemplars_v).toBeGreaterThanOrEqual(10)
    expect(manifest.database.tables['audit_log']).toBeGreaterThanOrEqual(2)
    expect(Object.keys(manifest.files).sort()).toEqual(
      [
        'lantoa.db',
        'payload-secret',
        ...Object.keys(originals).map((file) => `media/${file.split(path.sep).join('/')}`),
      ].sort(),
    )

    // Wipe: the target database holds other data and a stale WAL; media is gone but for a stray file.
    const target = path.join(tmp, 'data', 'lantoa.db')
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, 'not a database')
    fs.writeFileSync(`${target}-wal`, crypto.randomBytes(4096))
    fs.rmSync(path.join(tmp, 'media'), { recursive: true })
    fs.mkdirSync(path.join(tmp, 'media'))
    fs.writeFileSync(path.join(tmp, 'media', 'khong-thuoc-ban-sao-luu.jpg'), 'x')
    fs.writeFileSync(path.join(tmp, 'data', '.payload-secret'), 'bi-mat-cua-may-moi')

    const restore = run('restore', [path.join(tmp, 'backups', 'lan-1')], {
      DATABASE_URI: `file:${target}`,
    })
    expect(restore.status, restore.output).toBe(0)
    expect(fs.existsSync(`${target}-wal`) && fs.statSync(`${target}-wal`).size === 4096).toBe(false)

    const [before, after] = [await dump(source), await dump(target)]
    const differing = Object.keys(before).filter((table) => before[table] !== after[table])
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort())
    expect(differing).toEqual([])
    expect(mediaHashes(path.join(tmp, 'media'))).toEqual(originals)
    const restoredSecret = path.join(tmp, 'data', '.payload-secret')
    expect(fs.readFileSync(restoredSecret, 'utf8')).toBe(secret)
    expect(fs.statSync(restoredSecret).mode & 0o077).toBe(0)
    console.log(
      `[backup] ${Object.keys(before).length} tables, ${Object.values(manifest.database.tables as Record<string, number>).reduce((a, b) => a + b, 0)} rows, ${Object.keys(originals).length} files restored identical`,
    )
  })

  it('refuses a tampered backup and leaves the data as it is', async () => {
    const copy = path.join(tmp, 'backups', 'hong')
    fs.cpSync(path.join(tmp, 'backups', 'lan-1'), copy, { recursive: true })
    const pdf = path.join(copy, 'media', 'van-ban', 'ke-hoach-01.pdf')
    const bytes = fs.readFileSync(pdf)
    bytes[100] = bytes[100]! ^ 0xff
    fs.writeFileSync(pdf, bytes)
    const target = path.join(tmp, 'data', 'lantoa.db')
    const before = hash(target)
    const result = run('restore', [copy], { DATABASE_URI: `file:${target}` })
    expect(result.status).not.toBe(0)
    expect(result.output).toMatch(/không toàn vẹn.*ke-hoach-01\.pdf/)
    expect(hash(target)).toBe(before)
  })

  it('refuses while a server answers on PORT, unless --force', async () => {
    const server = net.createServer((socket) => socket.end())
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const port = String((server.address() as net.AddressInfo).port)
    try {
      const target = path.join(tmp, 'data', 'lantoa.db')
      const refused = run('restore', [path.join(tmp, 'backups', 'lan-1')], {
        DATABASE_URI: `file:${target}`,
        PORT: port,
      })
      expect(refused.status).not.toBe(0)
      expect(refused.output).toMatch(/máy chủ đang chạy/)
      const forced = run('restore', [path.join(tmp, 'backups', 'lan-1'), '--force'], {
        DATABASE_URI: `file:${target}`,
        PORT: port,
      })
      expect(forced.status, forced.output).toBe(0)
    } finally {
      server.close()
    }
  })

  it('points MongoDB to mongodump / mongorestore', () => {
    for (const script of ['backup', 'restore'] as const) {
      const result = run(script, script === 'restore' ? [path.join(tmp, 'backups', 'lan-1')] : [], {
        DATABASE_URI: 'mongodb://db1:27017/lantoa?replicaSet=rs0',
      })
      expect(result.status).not.toBe(0)
      expect(result.output).toMatch(/mongodump --oplog/)
    }
  })
})
