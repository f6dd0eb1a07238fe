/** Start, wait for and stop the built server on a throwaway database, for the benchmarks. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { serverNodeFlags } from '../scripts/server-flags.mjs'
import { untilReady } from '../tests/helpers/ready'

export const root = path.resolve(import.meta.dirname, '..')
export const hasTaskset = spawnSync('taskset', ['-V']).status === 0

export const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lantoa-bench-'))
export const dbFile = path.join(tmp, 'bench.db')
/**
 * A port nothing listens on now. A random one in a fixed range once collided with another
 * checkout's bench on this shared machine: its server answered the readiness poll.
 */
export async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}
const port = await freePort()
export const base = `http://127.0.0.1:${port}`
export const password = `bench-${crypto.randomBytes(6).toString('hex')}`
export const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  PORT: String(port),
  SERVER_URL: base,
  DATABASE_URI: `file:${dbFile}`,
  PAYLOAD_SECRET: crypto.randomBytes(16).toString('hex'),
  DEMO_PASSWORD: password,
  LOG_LEVEL: 'warn',
  // The bench is one client address hammering the site on purpose.
  RATE_LIMIT_SEARCH: 'off',
  RATE_LIMIT_API_SEARCH: 'off',
  RATE_LIMIT_LOGIN: 'off',
}

export function startServer(pin: boolean): ChildProcess {
  const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next')
  const command = pin && hasTaskset ? 'taskset' : process.execPath
  // The same V8 flags as `npm start` gives the server (scripts/server-flags.mjs).
  const node = [...serverNodeFlags(), nextBin, 'start', '-p', String(port)]
  const argv = pin && hasTaskset ? ['-c', '0', process.execPath, ...node] : node
  const out = fs.openSync(path.join(tmp, 'server.log'), 'a')
  return spawn(command, argv, { cwd: root, env, detached: true, stdio: ['ignore', out, out] })
}

/** Waits until the server answers `url`; returns how long that took (ms), for the cold start. */
export const waitFor = (url: string, child: ChildProcess, timeoutMs = 600_000): Promise<number> =>
  untilReady(url, {
    timeoutMs,
    everyMs: 50,
    gone: () =>
      child.exitCode !== null ? `server exited (${child.exitCode}); see ${tmp}/server.log` : null,
  })

export async function stopServer(child: ChildProcess) {
  if (!child.pid) return
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    return
  }
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    try {
      process.kill(-child.pid, 0)
    } catch {
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  process.kill(-child.pid, 'SIGKILL')
}

/** `npm start` as a user runs it: builds when needed, migrates, seeds the demo. */
export function startWithDemo(): ChildProcess {
  const logFile = fs.openSync(path.join(tmp, 'seed.log'), 'a')
  const start = [process.execPath, path.join(root, 'scripts', 'start.mjs')]
  // The bench pins itself to one core; a build inheriting that took over 20 min on a busy
  // machine, so the build and the seeding get every core back.
  const all = `0-${os.cpus().length - 1}`
  const [command, ...argv] = hasTaskset ? ['taskset', '-c', all, ...start] : start
  return spawn(command, argv, {
    cwd: root,
    env: { ...env, SEED_DEMO: 'true' },
    detached: true,
    stdio: ['ignore', logFile, logFile],
  })
}
