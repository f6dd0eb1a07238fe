#!/usr/bin/env node
// `npm run backup [-- --out <dir>]`: a consistent snapshot of the SQLite database (VACUUM INTO,
// safe while the server runs), a copy of media/ (images and directing-document PDFs), the
// generated secret (data/.payload-secret) and manifest.json with row counts and the sha256 of
// every file, in backups/<timestamp>/ (readable by the owner only).
import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

import {
  databaseFile,
  DB_NAME,
  fail,
  fsyncDir,
  fsyncFile,
  listFiles,
  MANIFEST,
  MEDIA,
  mediaDir,
  SECRET,
  secretFile,
  sha256,
} from './backup-lib.mjs'

const args = process.argv.slice(2)
const outIndex = args.indexOf('--out')
const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const target = path.resolve(outIndex >= 0 ? args[outIndex + 1] : path.join('backups', stamp))

const source = databaseFile()
if (!fs.existsSync(source)) fail(`Không thấy cơ sở dữ liệu: ${source}`)
if (fs.existsSync(target) && fs.readdirSync(target).length > 0)
  fail(`Thư mục đích đã có dữ liệu: ${target}`)
fs.mkdirSync(target, { recursive: true, mode: 0o700 })

// 1. Database: VACUUM INTO reads one consistent snapshot (a WAL read transaction) and writes a
//    compact copy without the WAL; writers keep going meanwhile.
const snapshot = path.join(target, DB_NAME)
const db = createClient({ url: `file:${source}` })
try {
  await db.execute('PRAGMA busy_timeout = 10000')
  await db.execute({ sql: 'VACUUM INTO ?', args: [snapshot] })
} catch (error) {
  fail(`Sao lưu cơ sở dữ liệu thất bại: ${error.message}`)
} finally {
  db.close()
}
fsyncFile(snapshot)

// 2. Counts from the snapshot itself, so they describe exactly what was saved.
const copy = createClient({ url: `file:${snapshot}` })
const tables = {}
let migrations = []
try {
  const check = await copy.execute('PRAGMA integrity_check')
  if (check.rows[0]?.integrity_check !== 'ok') fail('Bản sao cơ sở dữ liệu không toàn vẹn.')
  const names = await copy.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  )
  for (const row of names.rows) {
    const count = await copy.execute(`SELECT COUNT(*) AS n FROM "${row.name}"`)
    tables[row.name] = Number(count.rows[0].n)
  }
  if (tables.payload_migrations !== undefined) {
    migrations = (await copy.execute('SELECT name FROM payload_migrations ORDER BY id')).rows.map(
      (row) => row.name,
    )
  }
} finally {
  copy.close()
}

// 3. Uploaded files (media/, including media/van-ban for PDFs). Taken after the database: a file
//    uploaded meanwhile is extra and harmless; every file the snapshot refers to was on disk.
const mediaSource = mediaDir()
const files = {}
for (const relative of listFiles(mediaSource)) {
  if (relative === '.gitkeep') continue
  const from = path.join(mediaSource, relative)
  const to = path.join(target, MEDIA, relative)
  fs.mkdirSync(path.dirname(to), { recursive: true })
  fs.copyFileSync(from, to)
  fsyncFile(to)
  files[`${MEDIA}/${relative}`] = sha256(to)
}
files[DB_NAME] = sha256(snapshot)

// 4. The secret the app generated when PAYLOAD_SECRET is unset: without it a restored server
//    logs everyone out and, on several instances, they disagree. Kept as private as the database.
let secret = 'none'
if (fs.existsSync(secretFile())) {
  const to = path.join(target, SECRET)
  fs.copyFileSync(secretFile(), to)
  fs.chmodSync(to, 0o600)
  fsyncFile(to)
  files[SECRET] = sha256(to)
  secret = 'file'
} else if (process.env.PAYLOAD_SECRET) {
  secret = 'environment'
  console.log(
    '[lantoa] PAYLOAD_SECRET đặt trong môi trường: hãy giữ giá trị đó cùng cấu hình (không nằm trong bản sao lưu).',
  )
}

const manifest = {
  format: 'lantoa-backup-1',
  createdAt: new Date().toISOString(),
  database: { file: DB_NAME, source, migrations, tables },
  secret,
  files,
}
fs.writeFileSync(path.join(target, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
fsyncFile(path.join(target, MANIFEST))
fsyncDir(target)

const rows = Object.values(tables).reduce((sum, n) => sum + n, 0)
console.log(
  `[lantoa] Đã sao lưu vào ${target}: ${Object.keys(tables).length} bảng, ${rows} dòng, ` +
    `${Object.keys(files).length - 1} tệp tải lên.`,
)
