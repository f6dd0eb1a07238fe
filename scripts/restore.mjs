#!/usr/bin/env node
// `npm run restore -- <dir> [--force]`: checks every sha256 of the backup's manifest, then
// replaces the SQLite file of DATABASE_URI (and its -wal/-shm), media/ and data/.payload-secret
// (when the backup has it) with the backup's.
// Refuses while the server answers on PORT unless --force: replacing the file under a running
// server corrupts what it writes next.
import fs from 'node:fs'
import net from 'node:net'
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
const force = args.includes('--force')
const dirArg = args.find((arg) => !arg.startsWith('--'))
if (!dirArg) fail('Cách dùng: npm run restore -- <thư mục sao lưu> [--force]')
const backup = path.resolve(dirArg)
const manifestFile = path.join(backup, MANIFEST)
if (!fs.existsSync(manifestFile)) fail(`Không thấy ${MANIFEST} trong ${backup}`)
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'))
if (manifest.format !== 'lantoa-backup-1' || !manifest.files?.[DB_NAME])
  fail('manifest.json không đúng định dạng.')

const target = databaseFile()

// 1. Verify before touching anything.
const problems = []
for (const [relative, expected] of Object.entries(manifest.files)) {
  const file = path.join(backup, relative)
  if (!fs.existsSync(file)) problems.push(`thiếu ${relative}`)
  else if (sha256(file) !== expected) problems.push(`sai mã băm ${relative}`)
}
const present = listFiles(path.join(backup, MEDIA)).map((relative) => `${MEDIA}/${relative}`)
for (const relative of present) if (!manifest.files[relative]) problems.push(`tệp lạ ${relative}`)
if (problems.length)
  fail(`Bản sao lưu không toàn vẹn, không khôi phục: ${problems.slice(0, 10).join('; ')}`)

// 2. Is a server running on this database?
const port = Number(process.env.PORT || 3000)
const listening = await new Promise((resolve) => {
  const socket = net.connect({ port, host: '127.0.0.1' })
  socket.once('connect', () => {
    socket.destroy()
    resolve(true)
  })
  socket.once('error', () => resolve(false))
  socket.setTimeout(1000, () => {
    socket.destroy()
    resolve(false)
  })
})
if (listening && !force) {
  fail(
    `Có máy chủ đang chạy ở cổng ${port}. Dừng máy chủ trước khi khôi phục ` +
      '(hoặc thêm --force nếu chắc chắn nó không dùng cơ sở dữ liệu này).',
  )
}

// 3. Database: copy next to the target, flush, drop the old WAL/SHM, then rename into place.
fs.mkdirSync(path.dirname(target), { recursive: true })
const staged = `${target}.restoring`
fs.copyFileSync(path.join(backup, DB_NAME), staged)
fsyncFile(staged)
for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${target}${suffix}`, { force: true })
fs.renameSync(staged, target)
fsyncDir(path.dirname(target))

// 4. Media: build the new folder beside the old one, then swap.
const media = mediaDir()
const incoming = `${media}.restoring`
fs.rmSync(incoming, { recursive: true, force: true })
fs.mkdirSync(incoming, { recursive: true })
for (const relative of present) {
  const to = path.join(incoming, relative.slice(MEDIA.length + 1))
  fs.mkdirSync(path.dirname(to), { recursive: true })
  fs.copyFileSync(path.join(backup, relative), to)
  fsyncFile(to)
}
if (fs.existsSync(path.join(media, '.gitkeep')))
  fs.writeFileSync(path.join(incoming, '.gitkeep'), '')
const old = `${media}.old-${Date.now()}`
if (fs.existsSync(media)) fs.renameSync(media, old)
fs.renameSync(incoming, media)
fs.rmSync(old, { recursive: true, force: true })

// 5. The generated secret, when the backup has one (PAYLOAD_SECRET, if set, still wins at start).
if (manifest.files[SECRET]) {
  const to = secretFile()
  fs.mkdirSync(path.dirname(to), { recursive: true })
  const staged = `${to}.restoring`
  fs.copyFileSync(path.join(backup, SECRET), staged)
  fs.chmodSync(staged, 0o600)
  fsyncFile(staged)
  fs.renameSync(staged, to)
  fsyncDir(path.dirname(to))
}

// 6. Check what is now in place.
const db = createClient({ url: `file:${target}` })
try {
  const check = await db.execute('PRAGMA integrity_check')
  if (check.rows[0]?.integrity_check !== 'ok') fail('Cơ sở dữ liệu sau khôi phục không toàn vẹn.')
  for (const [table, expected] of Object.entries(manifest.database.tables)) {
    const count = Number((await db.execute(`SELECT COUNT(*) AS n FROM "${table}"`)).rows[0].n)
    if (count !== expected) fail(`Bảng ${table}: ${count} dòng, bản sao lưu có ${expected}.`)
  }
} finally {
  db.close()
}
console.log(
  `[lantoa] Đã khôi phục ${backup} vào ${target} và ${media} ` +
    `(${Object.keys(manifest.database.tables).length} bảng, ${present.length} tệp).`,
)
