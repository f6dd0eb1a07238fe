/**
 * Reports over HTTP against the built server with the demo data (Lộc Bình, 2022): the JSON of
 * SPEC §5 for each role, its figures cross-checked against plain REST counts, the downloads,
 * and the admin's "Báo cáo thi đua" view in Chromium.
 */
import type { JsonBody } from '../helpers/json'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launch } from '../helpers/browser'
import { api, baseURL, login } from './http'

const EDITOR = 'bientap@lantoa.local'
const CONTRIBUTOR = 'canbo.tu-doan@lantoa.local'
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i

let editor: string
let contributor: string
let ownUnit: number | string

beforeAll(async () => {
  editor = await login(EDITOR)
  contributor = await login(CONTRIBUTOR)
  const me = await api('/api/users/me?depth=0', { token: contributor })
  const unit = me.body.user.unit
  ownUnit = unit && typeof unit === 'object' ? unit.id : unit
})

async function download(path: string, token?: string) {
  const response = await fetch(`${baseURL()}${path}`, {
    headers: token ? { authorization: `JWT ${token}` } : {},
  })
  return {
    status: response.status,
    headers: response.headers,
    body: Buffer.from(await response.arrayBuffer()),
  }
}

describe('GET /api/reports/compliance', () => {
  it('answers the SPEC §5 shape for 2022 to an editor, every unit, figures matching REST counts', async () => {
    const started = performance.now()
    const { status, body } = await api('/api/reports/compliance?from=2022-01&to=2022-12', {
      token: editor,
    })
    const ms = Math.round(performance.now() - started)
    console.log(`compliance 2022-01..2022-12 (demo data): ${ms} ms, ${body.units?.length} units`)
    expect(status).toBe(200)
    expect(body.periods).toHaveLength(12)
    expect(body.units.length).toBeGreaterThan(20)
    for (const unit of body.units) {
      expect(unit).toEqual(
        expect.objectContaining({
          id: expect.anything(),
          name: expect.any(String),
          score: expect.any(Number),
        }),
      )
      expect('cluster' in unit).toBe(true)
      for (const period of body.periods) {
        expect(unit.byPeriod[period]).toEqual(
          expect.objectContaining({
            submitted: expect.any(Number),
            onTime: expect.any(Number),
            published: expect.any(Number),
            proposed: expect.any(Number),
            coverage: expect.any(Number),
          }),
        )
      }
    }
    // Independent check: Tú Đoạn's sent and published exemplars of 2022 through the plain REST API.
    const own = body.units.find((u: JsonBody) => String(u.id) === String(ownUnit))
    expect(own).toBeTruthy()
    const sum = (key: string) =>
      body.periods.reduce((acc: number, p: string) => acc + own.byPeriod[p][key], 0)
    const count = async (extra: string) =>
      (
        await api(
          `/api/exemplars?limit=0&depth=0&where[unit][equals]=${ownUnit}&where[period][like]=2022-${extra}`,
          { token: editor },
        )
      ).body.totalDocs
    expect(sum('submitted')).toBe(await count('&where[submittedAt][exists]=true'))
    expect(sum('published')).toBe(await count('&where[reviewState][equals]=published'))
    expect(sum('submitted')).toBeGreaterThan(0)
  })

  it('answers 401 in Vietnamese to anonymous users', async () => {
    const { status, body } = await api('/api/reports/compliance?from=2022-01&to=2022-12')
    expect(status).toBe(401)
    expect(body.errors[0].message).toMatch(VIETNAMESE)
  })

  it('gives a contributor only its own unit, even when it asks for another', async () => {
    const { status, body } = await api(`/api/reports/compliance?from=2022-01&to=2022-12&unit=1`, {
      token: contributor,
    })
    expect(status).toBe(200)
    expect(body.units.map((u: JsonBody) => String(u.id))).toEqual([String(ownUnit)])
  })

  it.each([
    ['from=2022-13&to=2022-12'],
    ['from=2022-12&to=2022-01'],
    ['from=2019-01&to=2022-12'],
    ['to=2022-12'],
    ['from=2022-01&to=2022-02%27%3B'],
  ])('answers 400 in Vietnamese to %s', async (query) => {
    const { status, body } = await api(`/api/reports/compliance?${query}`, { token: editor })
    expect(status).toBe(400)
    expect(body.errors[0].message).toMatch(VIETNAMESE)
  })
})

describe('downloads', () => {
  it("the district's June 2022 list as Word (Decree 30 heading, groups, Times New Roman, landscape)", async () => {
    const { status, headers, body } = await download(
      '/api/reports/nominations.docx?period=2022-06',
      editor,
    )
    expect(status).toBe(200)
    expect(headers.get('content-disposition')).toMatch(
      /attachment; filename="[\w.-]+\.docx"; filename\*=UTF-8''/,
    )
    const zip = await JSZip.loadAsync(body)
    const xml = (await zip.file('word/document.xml')!.async('string')).normalize('NFC')
    expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(xml).toContain('tháng 06/2022')
    expect(xml).toMatch(/I\. TẬP THỂ|II\. CÁ NHÂN/)
    expect(xml).toContain('w:orient="landscape"')
    expect(xml + (await zip.file('word/styles.xml')!.async('string'))).toContain('Times New Roman')
  })

  it('the list as PDF, the province proposal, and the workbook', async () => {
    const pdf = await download('/api/reports/nominations.pdf?period=2022-06', editor)
    expect(pdf.status).toBe(200)
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-')
    const proposals = await download('/api/reports/proposals.docx?from=2022-01&to=2022-12', editor)
    expect(proposals.status).toBe(200)
    const xlsx = await download('/api/reports/compliance.xlsx?from=2022-01&to=2022-12', editor)
    expect(xlsx.status).toBe(200)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(xlsx.body as never)
    expect(book.worksheets.length).toBe(4)
    expect(book.worksheets[0].views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
  })

  it('refuses anonymous downloads (401) and bad periods (400)', async () => {
    expect((await download('/api/reports/nominations.docx?period=2022-06')).status).toBe(401)
    expect((await download('/api/reports/nominations.docx?period=2022-6', editor)).status).toBe(400)
  })
})

describe('the admin view, in Chromium', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  const open = async (token: string, query: string) => {
    const context = await browser.newContext({
      locale: 'vi-VN',
      viewport: { width: 1400, height: 1000 },
    })
    await context.addCookies([{ name: 'payload-token', value: token, url: baseURL() }])
    const page = await context.newPage()
    const response = await page.goto(`${baseURL()}/admin/bao-cao${query}`)
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 60_000 })
    return { context, page, status: response?.status() }
  }

  it('shows an editor the grid, clusters, leaders, who has not sent, and the downloads', async () => {
    const { context, page, status } = await open(editor, '?from=2022-01&to=2022-06')
    expect(status).toBe(200)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      'Báo cáo thi đua',
    )
    const text = await page.locator('.lt-report').innerText()
    expect(text).toContain('Chưa gửi tháng 06/2022')
    expect(text).toContain('Đơn vị dẫn đầu')
    expect(text).toContain('Cụm thi đua')
    expect(text).toContain('Đúng hạn')
    // Colour is not the only cue: every month cell has a symbol and a text label.
    const cells = page.locator('.lt-report__grid td.lt-cell')
    expect(await cells.count()).toBeGreaterThan(20 * 6)
    await expect(cells.first().locator('.lt-sr-only').textContent()).resolves.toMatch(VIETNAMESE)
    const hrefs = await page
      .locator('.lt-report__downloads a')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')))
    expect(hrefs).toEqual(
      expect.arrayContaining([
        expect.stringContaining('/api/reports/compliance.xlsx?from=2022-01&to=2022-06'),
      ]),
    )
    await context.close()
  })

  it("puts 'Tháng này' on the dashboard", async () => {
    const context = await browser.newContext({
      locale: 'vi-VN',
      viewport: { width: 1400, height: 1000 },
    })
    await context.addCookies([{ name: 'payload-token', value: editor, url: baseURL() }])
    const page = await context.newPage()
    await page.goto(`${baseURL()}/admin`)
    const widget = page.locator('.lt-month')
    await widget.waitFor({ timeout: 60_000 })
    expect(await widget.innerText()).toMatch(/Tháng này[\s\S]*đơn vị đã gửi/)
    expect(await widget.locator('a').getAttribute('href')).toContain('/admin/bao-cao?from=')
    await context.close()
  })

  it('shows a contributor only its own row', async () => {
    const { context, page } = await open(contributor, '?from=2022-01&to=2022-12')
    expect(await page.locator('.lt-report__grid tbody tr').count()).toBe(1)
    expect(await page.locator('.lt-report__grid tbody th').innerText()).toContain('Tú Đoạn')
    await context.close()
  })

  it('explains a bad range in Vietnamese instead of failing', async () => {
    const { context, page, status } = await open(editor, '?from=2022-12&to=2022-01')
    expect(status).toBe(200)
    await expect(page.locator('.lt-report__error').textContent()).resolves.toMatch(VIETNAMESE)
    if (process.env.REPORTS_SCREENSHOT) {
      const shot = await open(editor, '?from=2022-01&to=2022-07')
      await shot.page.screenshot({ path: process.env.REPORTS_SCREENSHOT, fullPage: true })
      await shot.context.close()
    }
    await context.close()
  })
})
