/**
 * One configuration table (README.md, "Cấu hình"): every environment variable the code reads is
 * listed there, every listed one is read somewhere, the example environment files name only
 * listed variables (or, for compose, its own), and a few defaults are the code's own.
 */
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { RATE_LIMIT_RULES } from '@/security/request-guard'
import { s3Settings } from '@/server/storage'

const ROOT = path.resolve(__dirname, '../..')
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8')

/** Set by Node, npm or Next themselves (and by `npm start` / `npm run dev`), not by an operator. */
const PLATFORM = new Set(['NODE_ENV', 'NEXT_RUNTIME', 'NEXT_PHASE', 'PATH', 'HOME'])

function files(dir: string, pattern = /\.(ts|tsx|mjs|js)$/): string[] {
  const out: string[] = []
  const visit = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name)
      if (entry.isDirectory()) {
        // Not dependencies, bench results or a build (`npm run bench` leaves bench/bare/.next).
        if (!['node_modules', 'results', '.next'].includes(entry.name)) visit(full)
      } else if (pattern.test(entry.name)) out.push(full)
    }
  }
  visit(path.join(ROOT, dir))
  return out
}

/** `process.env.X`, `env.X`, `env['X']` and `env: 'X'` (a rule naming its variable). */
export function variablesRead(source: string): Set<string> {
  const found = new Set<string>()
  const patterns = [
    /\b(?:process\.)?env\.([A-Z][A-Z0-9_]+)\b/g,
    /\benv\[\s*['"]([A-Z][A-Z0-9_]+)['"]\s*\]/g,
    /\benv:\s*['"]([A-Z][A-Z0-9_]+)['"]/g,
  ]
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.add(match[1]!)
  return found
}

function readIn(list: string[]): Set<string> {
  const out = new Set<string>()
  for (const file of list) {
    if (file.endsWith('config-table.test.ts')) continue
    for (const name of variablesRead(fs.readFileSync(file, 'utf8'))) out.add(name)
  }
  for (const name of PLATFORM) out.delete(name)
  return out
}

const runtimeRead = readIn([
  ...files('src'),
  ...files('scripts'),
  path.join(ROOT, 'payload.config.ts'),
  path.join(ROOT, 'next.config.mjs'),
])
const devRead = readIn([...files('tests'), ...files('bench')])

/** The variables (first column) and defaults (second) of the README's tables. */
function tables(): { runtime: Map<string, string>; dev: Map<string, string> } {
  const readme = read('README.md')
  const start = readme.indexOf('\n## Cấu hình')
  expect(start, 'README has a "## Cấu hình" section').toBeGreaterThan(0)
  const end = readme.indexOf('\n## ', start + 1)
  const section = readme.slice(start, end < 0 ? undefined : end)
  const split = section.indexOf('\n### ')
  const parse = (text: string) => {
    const rows = new Map<string, string>()
    for (const line of text.split('\n')) {
      const cells = line.split(/(?<!\\)\|/).map((cell) => cell.trim())
      if (cells.length < 4) continue
      for (const [, name] of cells[1]!.matchAll(/`([A-Z][A-Z0-9_]+)`/g)) rows.set(name!, cells[2]!)
    }
    return rows
  }
  return { runtime: parse(section.slice(0, split)), dev: parse(section.slice(split)) }
}

const { runtime, dev } = tables()

/** Names in a KEY=value file, set or commented out (`# KEY=value`). */
function exampleVariables(file: string): Set<string> {
  const out = new Set<string>()
  for (const match of read(file).matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)) out.add(match[1]!)
  return out
}

const sorted = (values: Iterable<string>) => [...values].sort()

describe('the configuration table', () => {
  it('finds variables the way code reads them', () => {
    expect(
      sorted(
        variablesRead(
          "process.env.A_B; env.CC; env['D_E']; { env: 'F_G', fallback }; process.env.lower; x.envy.H",
        ),
      ),
    ).toEqual(['A_B', 'CC', 'D_E', 'F_G'])
  })

  it('lists every variable the application reads', () => {
    expect(sorted([...runtimeRead].filter((name) => !runtime.has(name)))).toEqual([])
  })

  it('lists every variable the tests and benchmarks read', () => {
    expect(sorted([...devRead].filter((name) => !runtime.has(name) && !dev.has(name)))).toEqual([])
  })

  it('lists no variable that nobody reads', () => {
    expect(sorted([...runtime.keys()].filter((name) => !runtimeRead.has(name)))).toEqual([])
    expect(
      sorted([...dev.keys()].filter((name) => !devRead.has(name) && !runtimeRead.has(name))),
    ).toEqual([])
  })

  it('gives the code’s own defaults for the rate limits and S3', () => {
    for (const { env, fallback } of Object.values(RATE_LIMIT_RULES)) {
      const expected =
        fallback.windowMs === 60_000
          ? `\`${fallback.limit}\``
          : `\`${fallback.limit}/${fallback.windowMs / 1000}\``
      expect(runtime.get(env), env).toBe(expected)
    }
    expect(runtime.get('S3_REGION')).toBe(`\`${s3Settings({ S3_BUCKET: 'b' })!.region}\``)
    expect(s3Settings({ S3_BUCKET: 'b', S3_ENDPOINT: 'http://minio:9000' })!.forcePathStyle).toBe(
      true,
    )
    expect(s3Settings({ S3_BUCKET: 'b' })!.forcePathStyle).toBe(false)
    expect(runtime.get('S3_FORCE_PATH_STYLE')).toMatch(
      /`true` when `S3_ENDPOINT` is set, else `false`/,
    )
  })
})

describe('the example environment files', () => {
  const composeVariables = new Set(
    [...read('deploy/compose.yaml').matchAll(/\$\{([A-Z][A-Z0-9_]+)/g)].map((match) => match[1]!),
  )

  it('deploy/.env.example names every application variable, and only known ones', () => {
    const names = exampleVariables('deploy/.env.example')
    expect(sorted([...runtime.keys()].filter((name) => !names.has(name)))).toEqual([])
    const unknown = [...names].filter(
      (name) =>
        !runtime.has(name) && !composeVariables.has(name) && name !== 'COMPOSE_PROJECT_NAME',
    )
    expect(sorted(unknown)).toEqual([])
  })

  it('every variable compose.yaml interpolates is in deploy/.env.example', () => {
    const names = exampleVariables('deploy/.env.example')
    expect(sorted([...composeVariables].filter((name) => !names.has(name)))).toEqual([])
  })

  it('deploy/lantoa.env.example names only application variables', () => {
    const names = exampleVariables('deploy/lantoa.env.example')
    expect(names.size).toBeGreaterThan(5)
    expect(sorted([...names].filter((name) => !runtime.has(name)))).toEqual([])
  })
})
