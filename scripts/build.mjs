#!/usr/bin/env node
// `npm run build`: `next build` through the watchdog `npm start` uses (scripts/next-build.mjs),
// so an operator's build never waits forever on a stalled page-data worker.
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildWithWatchdog } from './next-build.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const nodeOptions = process.env.NODE_OPTIONS ?? ''
const status = await buildWithWatchdog({
  nextBin: path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'),
  env: {
    ...process.env,
    NODE_OPTIONS: nodeOptions.includes('--no-deprecation')
      ? nodeOptions
      : `${nodeOptions} --no-deprecation`.trim(),
  },
  log: (message) => console.log(`[lantoa] ${message}`),
})
process.exit(status)
