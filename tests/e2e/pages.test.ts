import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launch } from '../helpers/browser'
import { baseURL } from './http'

let browser: Browser

beforeAll(async () => {
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
})

describe('in Chromium', () => {
  it('renders the home page on a phone, in Vietnamese, with published exemplars', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'vi-VN',
    })
    const page = await context.newPage()
    const response = await page.goto(`${baseURL()}/`)
    expect(response?.status()).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe('vi')
    await expect(page.title()).resolves.toContain('Trang thông tin điện tử huyện Lộc Bình')
    const cards = page.locator('.card')
    expect(await cards.count()).toBeGreaterThan(0)
    await context.close()
  })

  it('shows the admin in Vietnamese even to an English browser, and lets an editor in', async () => {
    const context = await browser.newContext({
      locale: 'en-US',
      extraHTTPHeaders: { 'accept-language': 'en-US,en;q=0.9' },
    })
    const page = await context.newPage()
    await page.goto(`${baseURL()}/admin/login`)
    await page.locator('input[name="email"]').waitFor()
    expect(await page.locator('body').innerText()).toMatch(/Đăng nhập/)
    await page.fill('input[name="email"]', 'bientap@lantoa.local')
    await page.fill('input[name="password"]', (await import('vitest')).inject('demoPassword'))
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
    await page.getByText('Gương điển hình tiên tiến').first().waitFor({ timeout: 30_000 })
    const text = await page.locator('body').innerText()
    expect(text).toContain('Nội dung')
    expect(text).toContain('Danh mục')
    await context.close()
  })
})
