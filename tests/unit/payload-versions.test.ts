import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..', '..')
const version = (name: string): string =>
  JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version

/** Published only up to 3.90.1; used through npm overrides with payload 3.90.2 (payload.config.ts). */
const LAGGING = new Set(['@payloadcms/storage-s3', '@payloadcms/plugin-cloud-storage'])

describe('Payload packages', () => {
  it('are all on the version of payload (Payload’s own checker is off for the S3 plugin)', () => {
    const target = version('payload')
    const installed = fs.readdirSync(path.join(root, 'node_modules', '@payloadcms'))
    expect(installed.length).toBeGreaterThan(5)
    for (const name of installed.map((entry) => `@payloadcms/${entry}`)) {
      if (LAGGING.has(name)) expect(version(name)).toBe('3.90.1')
      else expect(`${name}@${version(name)}`).toBe(`${name}@${target}`)
    }
    // No second copy of payload or of the admin UI under the S3 plugin.
    for (const nested of ['payload', '@payloadcms/ui']) {
      for (const parent of LAGGING) {
        expect(fs.existsSync(path.join(root, 'node_modules', parent, 'node_modules', nested))).toBe(
          false,
        )
      }
    }
  })
})
