// Shared by `npm run backup` and `npm run restore`: where the data lives, hashing, the manifest.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export const DEFAULT_DATABASE_URI = 'file:./data/lantoa.db'
export const MANIFEST = 'manifest.json'
export const DB_NAME = 'lantoa.db'
export const MEDIA = 'media'
/** The backup's copy of data/.payload-secret (sessions and every signed token depend on it). */
export const SECRET = 'payload-secret'

/** Where the app keeps the secret it generated (src/lib/secret.ts): data/ under the working directory. */
export const secretFile = () => path.resolve('data', '.payload-secret')

export function fail(message) {
  console.error(`[lantoa] ${message}`)
  process.exit(1)
}

/** The SQLite file of DATABASE_URI, resolved against the working directory as the app does. */
export function databaseFile() {
  const uri = process.env.DATABASE_URI || DEFAULT_DATABASE_URI
  if (/^mongodb(\+srv)?:\/\//.test(uri)) {
    fail(
      'DATABASE_URI là MongoDB: dùng `mongodump --oplog` / `mongorestore --oplogReplay` trên replica set ' +
        '(README, mục "Sao lưu và khôi phục"). Lệnh này chỉ dành cho SQLite.',
    )
  }
  if (!uri.startsWith('file:')) fail(`DATABASE_URI không phải tệp SQLite: ${uri}`)
  const file = uri.slice('file:'.length).split('?')[0]
  if (!file || file === ':memory:') fail('DATABASE_URI không trỏ tới tệp SQLite.')
  return path.resolve(file)
}

export const mediaDir = () => path.resolve(MEDIA)

export function sha256(file) {
  const hash = crypto.createHash('sha256')
  const fd = fs.openSync(file, 'r')
  try {
    const buffer = Buffer.alloc(1 << 20)
    let read
    while ((read = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0)
      hash.update(buffer.subarray(0, read))
  } finally {
    fs.closeSync(fd)
  }
  return hash.digest('hex')
}

/** Every regular file under `dir`, as paths relative to `dir` with forward slashes, sorted. */
export function listFiles(dir) {
  const out = []
  const visit = (current) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name)
      if (entry.isDirectory()) visit(full)
      else if (entry.isFile()) out.push(path.relative(dir, full).split(path.sep).join('/'))
    }
  }
  if (fs.existsSync(dir)) visit(dir)
  return out.sort()
}

export function fsyncFile(file) {
  const fd = fs.openSync(file, 'r')
  try {
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
}

export function fsyncDir(dir) {
  try {
    const fd = fs.openSync(dir, 'r')
    fs.fsyncSync(fd)
    fs.closeSync(fd)
  } catch {
    // not supported on every platform
  }
}
