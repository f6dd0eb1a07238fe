import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launch } from '../helpers/browser'
import { api, baseURL, login } from './http'

const CONTRIBUTOR = 'canbo.tu-doan@lantoa.local'
const EDITOR = 'bientap@lantoa.local'

let browser: Browser

beforeAll(async () => {
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
})

async function signedIn(email: string): Promise<{ context: BrowserContext; page: Page }> {
  const token = await login(email)
  const context = await browser.newContext({
    locale: 'vi-VN',
    viewport: { width: 1400, height: 1000 },
  })
  await context.addCookies([{ name: 'payload-token', value: token, url: baseURL() }])
  return { context, page: await context.newPage() }
}

async function openDoc(page: Page, id: string | number) {
  await page.goto(`${baseURL()}/admin/collections/exemplars/${id}`)
  await page.getByTestId('workflow-actions').waitFor({ timeout: 30_000 })
}

const badge = (page: Page) => page.locator('[data-testid="workflow-actions"] .lt-badge')

describe('a month of review in the admin, in Chromium', () => {
  it('submit → return with a note → fix and resubmit → publish → on the site', async () => {
    const token = await login(CONTRIBUTOR)
    const name = `Hứa Văn Thành ${Date.now().toString(36)}`
    const created = await api('/api/exemplars?draft=true', {
      method: 'POST',
      token,
      json: {
        kind: 'individual',
        name,
        category: 'good-deeds',
        sector: 'agriculture',
        summary: 'Giúp bà con trồng hồi.',
        period: '2022-09',
        consent: true,
        _status: 'draft',
      },
    })
    expect(created.status).toBe(201)
    const { id, slug } = created.body.doc

    const unit = await signedIn(CONTRIBUTOR)
    await openDoc(unit.page, id)
    expect(await badge(unit.page).innerText()).toBe('Nháp')
    await expect(
      unit.page.getByRole('button', { name: 'Duyệt và xuất bản' }).count(),
    ).resolves.toBe(0)
    await unit.page.getByRole('button', { name: 'Gửi duyệt' }).click()
    await expect.poll(() => badge(unit.page).innerText(), { timeout: 15_000 }).toBe('Đã gửi duyệt')

    const editor = await signedIn(EDITOR)
    await openDoc(editor.page, id)
    await editor.page.getByRole('button', { name: 'Trả lại', exact: true }).click()
    await editor.page.fill('#lt-return-note', 'Đề nghị bổ sung số liệu diện tích hồi.')
    await editor.page.getByRole('button', { name: 'Xác nhận trả lại' }).click()
    await expect
      .poll(() => badge(editor.page).innerText(), { timeout: 15_000 })
      .toBe('Trả lại bổ sung')

    await openDoc(unit.page, id)
    expect(await unit.page.locator('body').innerText()).toContain(
      'Đề nghị bổ sung số liệu diện tích hồi.',
    )
    await unit.page.fill('#field-summary', 'Giúp bà con trồng 12 ha hồi, thu nhập tăng gấp đôi.')
    await unit.page.getByRole('button', { name: 'Lưu bản nháp' }).click()
    await unit.page
      .getByText(/thành công|đã lưu/i)
      .first()
      .waitFor({ timeout: 15_000 })
    await unit.page.getByRole('button', { name: 'Gửi duyệt' }).click()
    await expect.poll(() => badge(unit.page).innerText(), { timeout: 15_000 }).toBe('Đã gửi duyệt')

    await openDoc(editor.page, id)
    await editor.page.getByRole('button', { name: 'Duyệt và xuất bản' }).click()
    await expect.poll(() => badge(editor.page).innerText(), { timeout: 15_000 }).toBe('Đã xuất bản')

    const anonymous = await browser.newContext()
    const site = await anonymous.newPage()
    const response = await site.goto(`${baseURL()}/guong-dien-hinh/${slug}`)
    expect(response?.status()).toBe(200)
    const text = await site.locator('main').innerText()
    expect(text).toContain(name)
    expect(text).toContain('12 ha hồi')
    await Promise.all([unit.context.close(), editor.context.close(), anonymous.close()])
  })

  it('shows editors the review queue on the dashboard', async () => {
    const editor = await signedIn(EDITOR)
    await editor.page.goto(`${baseURL()}/admin`)
    await editor.page.getByRole('heading', { name: 'Chờ duyệt' }).waitFor({ timeout: 30_000 })
    expect(await editor.page.locator('.lt-dashboard').innerText()).toMatch(/\d+ gương điển hình/)
    await editor.context.close()
  })
})
