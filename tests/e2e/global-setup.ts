import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { untilReady } from '../helpers/ready'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    demoPassword: string
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

export type StartedServer = {
  baseURL: string
  child: ChildProcess
  logFile: string
  /** Signals the whole process group: next start renames itself next-server and outlives npm. */
  kill: (signal?: NodeJS.Signals) => void
}

/**
 * Starts the app exactly as `npm start` does (building when needed, migrating and, unless told
 * otherwise, seeding) on the SQLite file `dbFile`, and waits until it answers.
 */
export async function startServer({
  dbFile,
  logFile,
  env = {},
  timeoutMs = 15 * 60_000,
}: {
  dbFile: string
  logFile: string
  env?: Record<string, string>
  timeoutMs?: number
}): Promise<StartedServer> {
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  const out = fs.openSync(logFile, 'a')
  const child = spawn('npm', ['start'], {
    detached: true,
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      SERVER_URL: baseURL,
      DATABASE_URI: `file:${dbFile}`,
      PAYLOAD_SECRET: crypto.randomBytes(16).toString('hex'),
      // security.test.ts gives each of its clients its own address through X-Forwarded-For, so
      // the rate limits it exhausts are never those of the other suites (from 127.0.0.1).
      TRUST_PROXY: '1',
      ...env,
    },
  })
  fs.closeSync(out)
  const kill = (signal: NodeJS.Signals = 'SIGTERM') => {
    try {
      if (child.pid) process.kill(-child.pid, signal)
    } catch {
      // already gone
    }
  }
  try {
    await untilReady(`${baseURL}/`, {
      timeoutMs,
      everyMs: 500,
      gone: () => (child.exitCode !== null ? `npm start exited with ${child.exitCode}` : null),
    })
  } catch (error) {
    process.stderr.write(fs.readFileSync(logFile, 'utf8').slice(-8000))
    kill('SIGKILL')
    throw error
  }
  return { baseURL, child, logFile, kill }
}

/**
 * Starts the app exactly as `npm start` does (building when needed, migrating and seeding a
 * throwaway database) and hands its URL and the demo password to the browser and HTTP tests.
 */
export default async function setup(project: TestProject) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lantoa-e2e-'))
  const demoPassword = `demo-${crypto.randomBytes(6).toString('hex')}`
  const server = await startServer({
    dbFile: path.join(tmp, 'e2e.db'),
    logFile: path.join(tmp, 'server.log'),
    env: { DEMO_PASSWORD: demoPassword, SEED_DEMO: 'true' },
  })
  project.provide('baseURL', server.baseURL)
  project.provide('demoPassword', demoPassword)

  return async () => {
    server.kill('SIGTERM')
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}
