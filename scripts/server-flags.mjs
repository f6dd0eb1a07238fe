const PRODUCTION_CONDITIONS = '--conditions=production'
const hasConditions = (/** @type {string} */ nodeOptions) =>
  /(^|\s)(--conditions|-C)[=\s]/.test(nodeOptions)

/**
 * Node flags for the production server.
 *
 * V8 heap limits: left alone, V8 sizes its heap from the machine's memory and lets a busy server
 * grow to ~1 GB on these machines; with an old space of 512 MB (the working set is far smaller)
 * and a 32 MB young generation (fewer scavenges under load), the bench measured the same
 * throughput at about half the RSS (bench/README.md).
 *
 * `--conditions=production`: the portal's pages import Payload's Lexical editor natively (Next
 * keeps node_modules outside the Pages Router bundles), and Lexical's default Node entry points
 * (`*.node.mjs`) pick their build with a top-level `await import()`. On Node 20 a graph of such
 * modules sometimes never finishes evaluating: `await import('@payloadcms/richtext-lexical')`
 * alone hung 2 times in 12 on this machine, and with it every portal page of that server,
 * forever. The `production` export condition resolves Lexical to its production build directly
 * (what the wrapper picks when NODE_ENV is production), with no top-level await: 0 hangs in 50.
 *
 * Flags already set in NODE_OPTIONS win.
 */
export function serverNodeFlags(nodeOptions = process.env.NODE_OPTIONS ?? '') {
  const flags = []
  if (!nodeOptions.includes('--max-old-space-size')) flags.push('--max-old-space-size=512')
  if (!nodeOptions.includes('--max-semi-space-size')) flags.push('--max-semi-space-size=32')
  if (!hasConditions(nodeOptions)) flags.push(PRODUCTION_CONDITIONS)
  return flags
}

/**
 * NODE_OPTIONS for `next build`: its page-data worker imports the same page modules as the
 * server, so it resolves Lexical the same way (conditions already given win).
 * @param {string} [nodeOptions]
 */
export function buildNodeOptions(nodeOptions = '') {
  return hasConditions(nodeOptions)
    ? nodeOptions
    : [nodeOptions, PRODUCTION_CONDITIONS].filter(Boolean).join(' ')
}
