import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { serverNodeFlags } from '../../scripts/server-flags.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Every importable Lexical package installed: what Payload's editor imports from the pages. */
const lexicalPackages = [
  'lexical',
  ...fs.readdirSync(path.join(root, 'node_modules', '@lexical')).map((name) => `@lexical/${name}`),
].filter((name) => {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'),
  ) as { exports?: Record<string, unknown> }
  return Boolean(manifest.exports?.['.'])
})

/** Where a Node started with `flags` resolves each ES module specifier from the repository. */
function resolveAll(flags: string[], specifiers: string[]): string[] {
  const script = `for (const s of ${JSON.stringify(specifiers)}) console.log(import.meta.resolve(s))`
  const result = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  })
  expect(result.status, result.stderr).toBe(0)
  return result.stdout
    .trim()
    .split('\n')
    .map((url) => fileURLToPath(url))
}

const topLevelAwait = /^\s*(const|let|var)?[^\n]*=\s*await\b|^\s*await\b/m

describe('the production server flags', () => {
  it('limit the heap and resolve packages to their production builds', () => {
    expect(serverNodeFlags('')).toEqual([
      '--max-old-space-size=512',
      '--max-semi-space-size=32',
      '--conditions=production',
    ])
  })

  it('leave flags already in NODE_OPTIONS alone', () => {
    expect(serverNodeFlags('--max-old-space-size=2048 --conditions=edge')).toEqual([
      '--max-semi-space-size=32',
    ])
    expect(serverNodeFlags('-C edge')).not.toContain('--conditions=production')
  })

  it('load no Lexical entry point that awaits at its top level (the start-up hang)', () => {
    const plain = resolveAll([], lexicalPackages)
    const served = resolveAll(serverNodeFlags(''), lexicalPackages)
    expect(served).toHaveLength(lexicalPackages.length)
    // Without the flag Node picks the `*.node.mjs` wrappers, which choose a build with a top-level
    // `await import()`: the kind of module graph Node 20 sometimes never finishes evaluating.
    expect(plain.filter((file) => topLevelAwait.test(fs.readFileSync(file, 'utf8')))).not.toEqual(
      [],
    )
    for (const file of served) {
      expect(file, file).toMatch(/\.prod\.mjs$/)
      expect(topLevelAwait.test(fs.readFileSync(file, 'utf8')), file).toBe(false)
    }
  })
})
