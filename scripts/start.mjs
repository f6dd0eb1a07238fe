#!/usr/bin/env node
// `npm start`: build when needed, then serve; the server applies migrations and seeds demo
// content into an empty database before it answers (src/instrumentation.ts). No prompts.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildWithWatchdog } from './next-build.mjs'
import { serverNodeFlags } from './server-flags.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
process.chdir(root)

const port = process.env.PORT || '3000'
const env = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  PORT: port,
  // Signals are handled by the app (src/server/shutdown.ts): drain, finish requests, close the DB.
  NEXT_MANUAL_SIG_HANDLE: process.env.NEXT_MANUAL_SIG_HANDLE ?? 'true',
}
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next')

const log = (message) => console.log(`[lantoa] ${message}`)

for (const dir of ['data', 'media']) fs.mkdirSync(dir, { recursive: true })

/** Newest modification time among the files a build depends on. */
function newestSourceTime() {
  let newest = 0
  const visit = (target) => {
    let stat
    try {
      stat = fs.statSync(target)
    } catch {
      return
    }
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(target)) visit(path.join(target, entry))
    } else {
      newest = Math.max(newest, stat.mtimeMs)
    }
  }
  for (const entry of [
    'src',
    'public',
    'payload.config.ts',
    'next.config.mjs',
    'tsconfig.json',
    'package.json',
    'package-lock.json',
  ]) {
    visit(path.join(root, entry))
  }
  return newest
}

async function buildIfNeeded() {
  const buildId = path.join(root, '.next', 'BUILD_ID')
  const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0
  if (builtAt && builtAt >= newestSourceTime()) return
  log(
    builtAt
      ? 'Mã nguồn đã thay đổi: đang dựng lại (next build)…'
      : 'Đang dựng ứng dụng lần đầu (next build)…',
  )
  const status = await buildWithWatchdog({ nextBin, env, log })
  if (status !== 0) {
    console.error('[lantoa] Dựng ứng dụng thất bại.')
    process.exit(status)
  }
}

async function waitUntilReady(url, child) {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const response = await fetch(url, { redirect: 'manual' })
      if (response.status < 500) return true
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return false
}

// Migrations and demo content are applied inside the server at start (src/instrumentation.ts).
await buildIfNeeded()

const server = spawn(process.execPath, [...serverNodeFlags(), nextBin, 'start', '-p', port], {
  env,
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal))
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)))

/** This machine's own network addresses (IPv4, not loopback): where other computers reach it. */
function networkAddresses() {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((entry) => entry && entry.family === 'IPv4' && !entry.internal)
    .map((entry) => `http://${entry.address}:${port}`)
}

const local = `http://localhost:${port}`
// Ready when a route handler answers: cheap, and it renders no portal page into the cache before
// a visitor asks for one.
if (await waitUntilReady(`${local}/robots.txt`, server)) {
  const publicUrl = process.env.SERVER_URL || local
  log(`Sẵn sàng. Cổng thông tin: ${publicUrl}  —  Trang quản trị: ${publicUrl}/admin`)
  if (!process.env.SERVER_URL) {
    const candidates = networkAddresses()
    log(
      'Chưa đặt SERVER_URL: liên kết trong thư (kể cả thư đặt lại mật khẩu), RSS, sitemap và mã QR ' +
        `đang trỏ tới ${local}, máy khác không mở được.`,
    )
    log(
      `Hãy đặt SERVER_URL là địa chỉ người dùng gõ vào trình duyệt, ví dụ SERVER_URL=${
        candidates[0] ?? 'https://ten-mien-cua-don-vi.gov.vn'
      }` + (candidates.length > 1 ? ` (các địa chỉ của máy này: ${candidates.join(', ')})` : ''),
    )
  }
}
