import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    demoPassword: string
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`)
    try {
      const response = await fetch(url)
      if (response.status === 200) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`Server not ready at ${url} after ${timeoutMs} ms`)
}

/**
 * Starts the app exactly as `npm start` does (building when needed, migrating and seeding a
 * throwaway database) and hands its URL and the demo password to the browser and HTTP tests.
 */
export default async function setup(project: TestProject) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lantoa-e2e-'))
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  const demoPassword = `demo-${crypto.randomBytes(6).toString('hex')}`
  const logFile = path.join(tmp, 'server.log')
  const out = fs.openSync(logFile, 'a')
  const child = spawn('npm', ['start'], {
    detached: true,
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      SERVER_URL: baseURL,
      DATABASE_URI: `file:${path.join(tmp, 'e2e.db')}`,
      PAYLOAD_SECRET: crypto.randomBytes(16).toString('hex'),
      DEMO_PASSWORD: demoPassword,
      SEED_DEMO: 'true',
      // security.test.ts gives each of its clients its own address through X-Forwarded-For, so
      // the rate limits it exhausts are never those of the other suites (from 127.0.0.1).
      TRUST_PROXY: '1',
    },
  })
  try {
    await waitFor(`${baseURL}/`, child, 12 * 60_000)
  } catch (error) {
    process.stderr.write(fs.readFileSync(logFile, 'utf8').slice(-8000))
    if (child.pid) process.kill(-child.pid, 'SIGKILL')
    throw error
  }
  project.provide('baseURL', baseURL)
  project.provide('demoPassword', demoPassword)

  return async () => {
    // next start renames itself next-server and outlives npm: stop the whole process group.
    if (child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
    }
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}
