// `next build` with a watchdog, for `npm start` (scripts/start.mjs) and `npm run build`
// (scripts/build.mjs).
//
// Next 16.4's build sometimes never leaves "Collecting page data": its one static worker sits idle
// and the build waits for it forever (seen twice under `npm start` from the e2e setup, once on CI,
// and on 2026-12-01 under a plain `npm run build`, idle for 12 minutes until killed; never
// reproduced on demand: 20 of 20 fresh imports of three built pages finished, with and without
// the production conditions). That phase takes seconds; when it has not ended after `stallMs`, the
// build is killed with its worker and run again, so neither a fresh machine's first `npm start`
// nor an operator's `npm run build` hangs.
import { spawn } from 'node:child_process'

import { buildNodeOptions } from './server-flags.mjs'

/** Lines that show the page-data phase has ended (the next phase began or the build failed). */
const PHASE_ENDED =
  /Generating static pages|Finalizing page optimization|Route \(|Build error|Failed to/

/**
 * Runs `next build` once; resolves 'ok', 'failed' (with the exit code) or 'stalled'.
 * @param {{ nextBin: string, env: NodeJS.ProcessEnv, stallMs: number }} options
 * @returns {Promise<{ outcome: 'ok' | 'failed' | 'stalled', code: number | null }>}
 */
function buildOnce({ nextBin, env, stallMs }) {
  return new Promise((resolve) => {
    // Its own process group, so the worker it forked goes with it.
    const child = spawn(process.execPath, [nextBin, 'build'], {
      env: { ...env, NODE_OPTIONS: buildNodeOptions(env.NODE_OPTIONS) },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    const killGroup = () => {
      try {
        process.kill(-(child.pid ?? 0), 'SIGKILL')
      } catch {
        // already gone
      }
    }
    // `npm start` stopped while building: the build (its own group) goes too.
    const stop = () => {
      killGroup()
      process.exit(1)
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
    /** @type {NodeJS.Timeout | null} */
    let watchdog = null
    let stalled = false
    let seen = ''
    const watch = (/** @type {Buffer} */ chunk) => {
      // Only the tail matters: a marker may be split across two chunks.
      seen = (seen + chunk.toString()).slice(-4096)
      if (!watchdog && !stalled && seen.includes('Collecting page data')) {
        watchdog = setTimeout(() => {
          stalled = true
          killGroup()
        }, stallMs)
      }
      if (watchdog && PHASE_ENDED.test(seen.slice(seen.lastIndexOf('Collecting page data')))) {
        clearTimeout(watchdog)
        watchdog = null
        seen = ''
      }
    }
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk)
      watch(chunk)
    })
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk)
      watch(chunk)
    })
    child.on('close', (code) => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      if (watchdog) clearTimeout(watchdog)
      if (stalled) resolve({ outcome: 'stalled', code })
      else resolve({ outcome: code === 0 ? 'ok' : 'failed', code })
    })
  })
}

/**
 * `next build`, run again (up to `attempts` times in all) when it stalls; a real failure is not
 * retried.
 * @param {{ nextBin: string, env: NodeJS.ProcessEnv, log: (message: string) => void,
 *   stallMs?: number, attempts?: number }} options
 * @returns {Promise<number>} the exit code of the last run (0: built)
 */
export async function buildWithWatchdog({ nextBin, env, log, stallMs = 3 * 60_000, attempts = 3 }) {
  for (let attempt = 1; ; attempt++) {
    const { outcome, code } = await buildOnce({ nextBin, env, stallMs })
    if (outcome === 'ok') return 0
    if (outcome === 'failed') return code ?? 1
    if (attempt >= attempts) return 1
    log(
      `Bước "Collecting page data" của next build đứng yên quá ${Math.round(stallMs / 60_000)} phút: ` +
        `dựng lại (lần ${attempt + 1}/${attempts})…`,
    )
  }
}
