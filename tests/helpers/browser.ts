import { execFileSync } from 'node:child_process'

import { chromium, type Browser } from 'playwright-core'

/** Where the Chromium came from, for the tests that prove each path. */
export type ChromiumSource = 'env' | 'system' | 'package'

export interface ResolvedChromium {
  path: string
  source: ChromiumSource
  /** Extra flags the packaged build needs (its own sandbox and font settings). */
  args: string[]
}

function systemChromium(): string | undefined {
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const found = execFileSync('/bin/sh', ['-c', `command -v ${name}`], {
        stdio: ['ignore', 'pipe', 'ignore'],
      })
        .toString()
        .trim()
      if (found) return found
    } catch {
      // not on PATH: try the next name
    }
  }
  return undefined
}

/**
 * The browser for every browser test and the Lighthouse run, in this order: `CHROMIUM_PATH`, a
 * system `chromium`, else the Chromium shipped inside the `@sparticuz/chromium` package (unpacked
 * from the package into the temp dir; nothing is downloaded). `source` forces one path.
 */
export async function resolveChromium(source?: ChromiumSource): Promise<ResolvedChromium> {
  if ((source === undefined || source === 'env') && process.env.CHROMIUM_PATH) {
    return { path: process.env.CHROMIUM_PATH, source: 'env', args: [] }
  }
  if (source === undefined || source === 'system') {
    const found = systemChromium()
    if (found) return { path: found, source: 'system', args: [] }
    if (source === 'system') throw new Error('No chromium or chromium-browser on PATH')
  }
  const { default: packaged } = await import('@sparticuz/chromium')
  // The package's own flag list is for serverless sandboxes and turns off web security, which
  // would blind the CSP and CORS tests: keep only what its build needs to start here.
  const needed = new Set(['--no-zygote', '--disable-setuid-sandbox', '--font-render-hinting=none'])
  const args = packaged.args.filter((flag) => needed.has(flag))
  return { path: await packaged.executablePath(), source: 'package', args }
}

export interface LaunchOptions {
  source?: ChromiumSource
  /** Open the DevTools port (Lighthouse drives the browser through it). */
  debugPort?: number
}

/** One way to start the browser: headless, offline-quiet (no background look-ups on a closed network). */
export async function launch(options: LaunchOptions = {}): Promise<Browser> {
  const resolved = await resolveChromium(options.source)
  const args = [
    ...resolved.args,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ]
  if (options.debugPort) args.push(`--remote-debugging-port=${options.debugPort}`)
  return chromium.launch({
    executablePath: resolved.path,
    headless: true,
    args: [...new Set(args)],
  })
}
