/**
 * V8 heap limits for the production server. Left alone, V8 sizes its heap from the machine's
 * memory and lets a busy server grow to ~1 GB on these machines; with an old space of 512 MB (the
 * working set is far smaller) and a 32 MB young generation (fewer scavenges under load), the bench
 * measured the same throughput at about half the RSS (bench/README.md). Flags already set in
 * NODE_OPTIONS win.
 */
export function serverNodeFlags(nodeOptions = process.env.NODE_OPTIONS ?? '') {
  const flags = []
  if (!nodeOptions.includes('--max-old-space-size')) flags.push('--max-old-space-size=512')
  if (!nodeOptions.includes('--max-semi-space-size')) flags.push('--max-semi-space-size=32')
  return flags
}
