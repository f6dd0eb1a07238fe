import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { resolveChromium } from '../helpers/browser'

const saved = { PATH: process.env.PATH, CHROMIUM_PATH: process.env.CHROMIUM_PATH }

afterEach(() => {
  process.env.PATH = saved.PATH
  if (saved.CHROMIUM_PATH === undefined) delete process.env.CHROMIUM_PATH
  else process.env.CHROMIUM_PATH = saved.CHROMIUM_PATH
})

describe('resolveChromium', () => {
  it('takes CHROMIUM_PATH first', async () => {
    process.env.CHROMIUM_PATH = '/opt/some/chrome'
    expect(await resolveChromium()).toMatchObject({ path: '/opt/some/chrome', source: 'env' })
  })

  it('takes a chromium on PATH next', async () => {
    delete process.env.CHROMIUM_PATH
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'bin-'))
    fs.writeFileSync(path.join(bin, 'chromium'), '#!/bin/sh\n', { mode: 0o755 })
    process.env.PATH = `${bin}:/usr/bin:/bin`
    expect(await resolveChromium()).toMatchObject({
      path: path.join(bin, 'chromium'),
      source: 'system',
    })
  })

  it('falls back to the Chromium inside the npm package, unpacked to an executable', async () => {
    delete process.env.CHROMIUM_PATH
    process.env.PATH = fs.mkdtempSync(path.join(os.tmpdir(), 'empty-'))
    const resolved = await resolveChromium()
    expect(resolved.source).toBe('package')
    expect(fs.statSync(resolved.path).mode & 0o111).not.toBe(0)
    // Its serverless flags that switch web security off are not passed on.
    expect(resolved.args).not.toContain('--disable-web-security')
  })
})
