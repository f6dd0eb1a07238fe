import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'

import { describe, expect, it } from 'vitest'

import { audit, installedVersions, loadAdvisories } from '../../scripts/audit-deps.mjs'

type Match = { id: string; name: string; version: string }

const advisories = loadAdvisories()

describe('npm run audit:deps', () => {
  it('flags a vulnerable version and passes a safe one', () => {
    const vulnerable = audit({ next: '15.2.2', payload: '3.72.0' }, advisories) as Match[]
    expect(vulnerable.map((m) => `${m.name}@${m.version} ${m.id}`)).toEqual(
      expect.arrayContaining([
        'next@15.2.2 CVE-2025-29927',
        'next@15.2.2 CVE-2025-66478',
        'payload@3.72.0 payload-sql-injection-json-richtext',
        'payload@3.72.0 payload-ssrf-upload-from-url',
      ]),
    )
    expect(audit({ next: '16.4.6', payload: '3.90.2', 'react-dom': '19.3.1' }, advisories)).toEqual(
      [],
    )
    expect(audit({ next: '16.0.6' }, advisories).map((m: Match) => m.id)).toEqual([
      'CVE-2025-66478',
    ])
    expect(audit({ 'react-server-dom-webpack': '19.2.0' }, advisories)).toHaveLength(1)
    expect(audit({ 'react-server-dom-webpack': '19.2.1' }, advisories)).toHaveLength(0)
  })

  it('a scope entry covers every package in it', () => {
    const scoped = [
      {
        id: 'x',
        package: '@payloadcms/*',
        range: '<3.80.0',
        severity: 'high',
        title: 't',
        url: 'u',
      },
    ]
    expect(
      audit({ '@payloadcms/next': '3.79.0', payload: '3.79.0' }, scoped).map((m: Match) => m.name),
    ).toEqual(['@payloadcms/next'])
  })

  it('reads the versions installed in node_modules', () => {
    const installed = installedVersions() as Record<string, string>
    // The project pins these exactly; what is installed must be what package.json asks for.
    const pinned = JSON.parse(fs.readFileSync('package.json', 'utf8')).dependencies
    for (const name of ['payload', 'next', '@payloadcms/db-sqlite', '@payloadcms/storage-s3']) {
      expect(`${name}@${installed[name]}`).toBe(`${name}@${pinned[name]}`)
    }
    expect(installed.sharp).toBeTruthy()
  })

  it('exits 1 on a project with a vulnerable install, 0 on this one', () => {
    const script = path.resolve('scripts/audit-deps.mjs')
    expect(spawnSync(process.execPath, [script], { encoding: 'utf8' }).status).toBe(0)

    // A copy of the script in a fake project whose node_modules holds next 15.2.2.
    const fake = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-deps-'))
    try {
      fs.mkdirSync(path.join(fake, 'scripts'))
      fs.mkdirSync(path.join(fake, 'security'))
      fs.mkdirSync(path.join(fake, 'node_modules', 'next'), { recursive: true })
      fs.copyFileSync(script, path.join(fake, 'scripts', 'audit-deps.mjs'))
      fs.copyFileSync(
        path.resolve('security/known-vulnerabilities.json'),
        path.join(fake, 'security', 'known-vulnerabilities.json'),
      )
      fs.writeFileSync(
        path.join(fake, 'node_modules', 'next', 'package.json'),
        JSON.stringify({ version: '15.2.2' }),
      )
      fs.symlinkSync(path.resolve('node_modules/semver'), path.join(fake, 'node_modules', 'semver'))
      const run = spawnSync(process.execPath, [path.join(fake, 'scripts', 'audit-deps.mjs')], {
        encoding: 'utf8',
      })
      expect(run.status).toBe(1)
      expect(run.stderr).toContain('CVE-2025-29927')
    } finally {
      fs.rmSync(fake, { recursive: true, force: true })
    }
    // Two Node processes: on a loaded 2-core machine they took longer than the 5 s default.
  }, 30_000)
})
