import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { buildWithWatchdog as build } from '../../scripts/next-build.mjs'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/**
 * A stand-in for `next build` that behaves as the script says for each run in turn: 'stall'
 * prints the page-data line and then waits forever (with a child of its own, as Next's worker),
 * 'ok' goes through every phase (then runs on for `tailMs`), 'fail' exits 1. Each run is recorded
 * in `runs`.
 */
function fakeNext(script: ('stall' | 'ok' | 'fail')[], tailMs = 0) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lantoa-next-build-'))
  dirs.push(dir)
  const runs = path.join(dir, 'runs')
  const bin = path.join(dir, 'next.mjs')
  fs.writeFileSync(
    bin,
    `import fs from 'node:fs'
import { spawn } from 'node:child_process'
const script = ${JSON.stringify(script)}
const runs = ${JSON.stringify(runs)}
const n = fs.existsSync(runs) ? fs.readFileSync(runs, 'utf8').length : 0
fs.appendFileSync(runs, 'x')
fs.appendFileSync(${JSON.stringify(path.join(dir, 'options'))}, (process.env.NODE_OPTIONS ?? '') + '\\n')
const what = script[n] ?? 'ok'
console.log('  Creating an optimized production build ...')
if (what === 'fail') process.exit(1)
console.log('  Collecting page data using 1 worker ...')
if (what === 'stall') {
  const worker = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' })
  fs.writeFileSync(${JSON.stringify(path.join(dir, 'worker'))} + n, String(worker.pid))
  setInterval(() => {}, 1000)
} else {
  console.log('  Generating static pages using 1 worker (4/4)')
  console.log('Route (app)')
  setTimeout(() => {}, ${tailMs})
}
`,
  )
  const count = () => (fs.existsSync(runs) ? fs.readFileSync(runs, 'utf8').length : 0)
  const workerPid = (n: number) => Number(fs.readFileSync(path.join(dir, `worker${n}`), 'utf8'))
  /** NODE_OPTIONS as each run saw it. */
  const nodeOptions = () => fs.readFileSync(path.join(dir, 'options'), 'utf8').trim().split('\n')
  return { bin, count, workerPid, nodeOptions }
}

/** A killed process whose parent died too may linger as a zombie until init reaps it. */
const alive = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

describe('next build with a watchdog (scripts/next-build.mjs)', () => {
  it('kills a build stalled in "Collecting page data" with its worker, and builds again', async () => {
    const next = fakeNext(['stall', 'ok'])
    const messages: string[] = []
    const status = await build({
      nextBin: next.bin,
      env: process.env,
      log: (message) => messages.push(message),
      stallMs: 500,
    })
    expect(status).toBe(0)
    expect(next.count()).toBe(2)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('dựng lại (lần 2/3)')
    // The stalled run's worker went with it.
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(alive(next.workerPid(0))).toBe(false)
  })

  it('does not retry a build that failed, and gives up after the last stalled attempt', async () => {
    const failing = fakeNext(['fail', 'ok'])
    expect(await build({ nextBin: failing.bin, env: process.env, log: () => {} })).toBe(1)
    expect(failing.count()).toBe(1)

    const stalling = fakeNext(['stall', 'stall', 'ok'])
    const status = await build({
      nextBin: stalling.bin,
      env: process.env,
      log: () => {},
      stallMs: 300,
      attempts: 2,
    })
    expect(status).toBe(1)
    expect(stalling.count()).toBe(2)
  })

  it('builds with the production conditions the server runs with, keeping other options', async () => {
    const next = fakeNext(['ok', 'ok'])
    const env = (options: string) => ({ ...process.env, NODE_OPTIONS: options })
    await build({ nextBin: next.bin, env: env('--no-deprecation'), log: () => {} })
    await build({ nextBin: next.bin, env: env('--conditions=development'), log: () => {} })
    expect(next.nodeOptions()).toEqual([
      '--no-deprecation --conditions=production',
      '--conditions=development',
    ])
  })

  it('leaves a build that passes the page-data phase alone however long it runs', async () => {
    // Writing the output after the page-data phase takes longer than the watchdog's limit.
    const next = fakeNext(['ok'], 1500)
    const status = await build({
      nextBin: next.bin,
      env: process.env,
      log: () => {},
      stallMs: 500,
    })
    expect(status).toBe(0)
    expect(next.count()).toBe(1)
  })
})
