import { execFileSync } from 'node:child_process'

import { describe, expect, it } from 'vitest'

import { launch, resolveChromium, type ChromiumSource } from '../helpers/browser'
import { baseURL } from './http'

const hasSystemChromium = (() => {
  try {
    execFileSync('/bin/sh', ['-c', 'command -v chromium || command -v chromium-browser'], {
      stdio: 'ignore',
    })
    return true
  } catch {
    return false
  }
})()

/**
 * Every way the suite can get a browser renders the portal: the Chromium inside the npm package
 * (what a machine with only Node and npm uses) always, the system's when it has one.
 */
describe.each<[ChromiumSource, boolean]>([
  ['package', true],
  ['system', hasSystemChromium],
])('the %s Chromium', (source, available) => {
  it.runIf(available)('opens the home page and renders its Vietnamese text', async () => {
    const browser = await launch({ source })
    try {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
      const response = await page.goto(`${baseURL()}/`)
      expect(response?.status()).toBe(200)
      const heading = page.locator('h1, .site-title').first()
      expect(await heading.innerText()).toMatch(/[ạ-ỹđĐ]/u)
      const shot = await page.screenshot({ fullPage: false })
      // A blank or failed render is a few hundred bytes; a rendered phone page is tens of kB.
      expect(shot.byteLength).toBeGreaterThan(10_000)
      expect((await resolveChromium(source)).source).toBe(source)
    } finally {
      await browser.close()
    }
  })
})
