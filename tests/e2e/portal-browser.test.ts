import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launch } from '../helpers/browser'
import { api, baseURL } from './http'

const SHOTS = path.resolve('test-results/screenshots')

let browser: Browser
let paths: Record<string, string>

beforeAll(async () => {
  browser = await launch()
  fs.mkdirSync(SHOTS, { recursive: true })
  const first = async (collection: string, extra = '') =>
    (await api(`/api/${collection}?depth=0&limit=1&sort=name${extra}`)).body.docs[0]
  const exemplar = await first('exemplars', '&where[kind][equals]=individual')
  const article = (await api('/api/articles?depth=0&limit=1&sort=-publishedAt')).body.docs[0]
  const movement = await first('movements')
  const unit = (await api(`/api/exemplars/${exemplar.id}?depth=1`)).body.unit
  paths = {
    home: '/',
    list: '/guong-dien-hinh',
    'list-filtered': '/guong-dien-hinh?loai=individual&nhom=advanced',
    profile: `/guong-dien-hinh/${exemplar.slug}`,
    poster: `/guong-dien-hinh/${exemplar.slug}/in`,
    articles: '/tin-tuc',
    article: `/tin-tuc/${article.slug}`,
    movements: '/phong-trao',
    movement: `/phong-trao/${movement.slug}`,
    unit: `/don-vi/${unit.slug}`,
    gallery: '/thu-vien-anh',
    documents: '/van-ban',
    search: '/tim-kiem?q=nguyen',
    about: '/gioi-thieu',
    contact: '/lien-he',
    'not-found': '/khong-co-trang-nay',
  }
})

afterAll(async () => {
  await browser?.close()
})

async function phone(): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 360, height: 740 },
    locale: 'vi-VN',
    deviceScaleFactor: 1,
  })
}

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it.each([
    { width: 1280, height: 900 },
    { width: 360, height: 740 },
  ])(
    'finds no serious or critical violation on any page type at $width px',
    { timeout: 240_000 },
    async (viewport) => {
      const failures: string[] = []
      {
        const context = await browser.newContext({ viewport, locale: 'vi-VN' })
        for (const [name, route] of Object.entries(paths)) {
          const page = await context.newPage()
          // Anything the strict CSP refuses (an inline script or style) shows up on the console.
          page.on('console', (message) => {
            if (/Content Security Policy|Refused to/i.test(message.text()))
              failures.push(`${viewport.width}px ${name}: ${message.text()}`)
          })
          await page.goto(`${baseURL()}${route}`, { waitUntil: 'load' })
          const result = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
            .analyze()
          for (const violation of result.violations) {
            if (violation.impact === 'serious' || violation.impact === 'critical') {
              failures.push(
                `${viewport.width}px ${name}: ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target}`,
              )
            }
          }
          await page.close()
        }
        await context.close()
      }
      expect(failures).toEqual([])
    },
  )

  it('keeps headings in order and gives every page one h1 and its landmarks', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    for (const [name, route] of Object.entries(paths)) {
      const response = await page.goto(`${baseURL()}${route}`)
      if (name === 'not-found') {
        expect(response?.status()).toBe(404)
        expect(await page.textContent('main h1')).toBe('Không tìm thấy trang')
      }
      const levels = await page.$$eval('main h1, main h2, main h3, main h4', (els) =>
        els.map((el) => Number(el.tagName.slice(1))),
      )
      expect(
        levels.filter((level) => level === 1),
        name,
      ).toHaveLength(1)
      for (let i = 1; i < levels.length; i++)
        expect(levels[i] - levels[i - 1], name).toBeLessThanOrEqual(1)
      for (const landmark of ['header', 'nav', 'main', 'footer']) {
        expect(await page.locator(landmark).count(), `${name} ${landmark}`).toBeGreaterThan(0)
      }
    }
    await context.close()
  })
})

describe('on a 360 px phone and a 1280 px screen', () => {
  it('fits the width without sideways scrolling, and keeps screenshots of each page type', async () => {
    for (const width of [360, 1280]) {
      const context = await browser.newContext({
        viewport: { width, height: 800 },
        locale: 'vi-VN',
      })
      const page = await context.newPage()
      for (const name of [
        'home',
        'list',
        'profile',
        'poster',
        'article',
        'gallery',
        'documents',
        'search',
      ]) {
        await page.goto(`${baseURL()}${paths[name]}`)
        await page.evaluate(() => document.fonts.ready)
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        )
        expect(overflow, `${name} at ${width}px`).toBeLessThanOrEqual(0)
        await page.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`), fullPage: true })
      }
      await context.close()
    }
  })

  it(
    'reads every SPEC §4 route complete with JavaScript off: content, menu, filters, paging, poster',
    { timeout: 240_000 },
    async () => {
      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        javaScriptEnabled: false,
        locale: 'vi-VN',
      })
      const page = await context.newPage()
      const unitSlug = paths.unit.split('/').pop()!
      const movementSlug = paths.movement.split('/').pop()!
      // Every page of §4 and every list parameter it names, as a visitor types or follows them.
      const routes: Record<string, string> = {
        ...paths,
        'list by category': '/guong-dien-hinh?nhom=advanced',
        'list by sector': '/guong-dien-hinh?linh-vuc=agriculture',
        'list by unit': `/guong-dien-hinh?don-vi=${unitSlug}`,
        'list by movement': `/guong-dien-hinh?phong-trao=${movementSlug}`,
        'list by year': '/guong-dien-hinh?nam=2022',
        'list page 2': '/guong-dien-hinh?trang=2',
        'articles page 2': '/tin-tuc?trang=2',
        'gallery page 2': '/thu-vien-anh?trang=2',
        'documents search': '/van-ban?q=quyet',
        'search without marks': '/tim-kiem?q=doan',
      }
      for (const [name, route] of Object.entries(routes)) {
        const response = await page.goto(`${baseURL()}${route}`)
        expect(response?.status(), name).toBe(name === 'not-found' ? 404 : 200)
        expect(await page.getAttribute('html', 'lang'), name).toBe('vi')
        expect(await page.locator('main h1').count(), name).toBe(1)
        expect((await page.textContent('main h1'))?.trim().length, name).toBeGreaterThan(2)
        // No framework runtime and nothing inline: the portal's one file, and JSON-LD (data).
        for (const script of await page.locator('script').all()) {
          const src = await script.getAttribute('src')
          const type = await script.getAttribute('type')
          expect(
            src === '/portal.js' || type === 'application/ld+json',
            `${name}: ${src ?? type}`,
          ).toBe(true)
        }
        // The menu folds behind <details>, which opens without script and leads to every section.
        await page.locator('.menu-fold summary').click()
        for (const href of [
          '/gioi-thieu',
          '/guong-dien-hinh',
          '/tin-tuc',
          '/phong-trao',
          '/van-ban',
          '/thu-vien-anh',
          '/lien-he',
        ])
          expect(
            await page.locator(`.menu-fold a[href="${href}"]`).isVisible(),
            `${name}: ${href}`,
          ).toBe(true)
        // Controls that need the script are hidden, never dead buttons.
        for (const button of await page.locator('main button:visible, header button:visible').all())
          expect(
            await button.getAttribute('type'),
            `${name}: a visible button submits a form`,
          ).toBe('submit')
      }
      // The feeds and robots answer the same way whatever the browser runs.
      for (const [route, type] of [
        ['/rss.xml', /rss\+xml/],
        ['/sitemap.xml', /xml/],
        ['/robots.txt', /text\/plain/],
      ] as const) {
        const response = await context.request.get(`${baseURL()}${route}`)
        expect(response.status(), route).toBe(200)
        expect(response.headers()['content-type'], route).toMatch(type)
      }
      // Each filter is a field of a plain GET form: submitting it reloads the list, filtered.
      for (const name of ['loai', 'nhom', 'linh-vuc', 'don-vi', 'phong-trao']) {
        await page.goto(`${baseURL()}${paths.list}`)
        const value = await page
          .locator(`select[name="${name}"] option`)
          .nth(1)
          .getAttribute('value')
        await page.selectOption(`select[name="${name}"]`, value!)
        await Promise.all([
          page.waitForURL(new RegExp(`[?&]${name}=${encodeURIComponent(value!)}(&|$)`)),
          page.click('.filters button'),
        ])
        expect(await page.locator('main h1').count(), name).toBe(1)
      }
      await page.goto(`${baseURL()}${paths.list}`)
      await page.fill('input[name="nam"]', '2022')
      await Promise.all([page.waitForURL(/[?&]nam=2022/), page.click('.filters button')])
      expect(await page.locator('.card').count()).toBeGreaterThan(0)
      // The documents register and search are GET forms too.
      await page.goto(`${baseURL()}${paths.documents}`)
      await page.fill('#van-ban-q', 'quyết định')
      await Promise.all([page.waitForURL(/\/van-ban\?q=/), page.click('.search-form button')])
      expect(await page.locator('main h1').count()).toBe(1)
      await page.goto(`${baseURL()}/`)
      await page.locator('.menu-fold summary').click()
      await page.fill('#nav-q', 'nguyen van')
      await Promise.all([page.waitForURL(/\/tim-kiem\?q=/), page.click('.nav-search button')])
      expect(await page.locator('main h1').count()).toBe(1)
      // Paging is plain links, forward and back, on every paged list.
      for (const list of [paths.list, paths.articles, paths.gallery]) {
        await page.goto(`${baseURL()}${list}`)
        const next = page.locator('.pagination a', { hasText: 'Trang sau' })
        if (!(await next.count())) continue
        await Promise.all([page.waitForURL(/trang=2/), next.click()])
        expect(await page.textContent('.pagination [aria-current="page"]'), list).toContain(
          'Trang 2',
        )
        await Promise.all([
          page.waitForURL((url) => !url.search.includes('trang=')),
          page.locator('.pagination a', { hasText: 'Trang trước' }).click(),
        ])
        expect(await page.textContent('.pagination [aria-current="page"]'), list).toContain(
          'Trang 1',
        )
      }
      // The poster is reached by a link and is complete.
      await page.goto(`${baseURL()}${paths.profile}`)
      await Promise.all([page.waitForURL(/\/in$/), page.click('a[href$="/in"]')])
      expect(await page.locator('.poster .qr-code svg').count()).toBe(1)
      await context.close()
    },
  )

  it('folds the menu behind one button on a phone, and it opens without script', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      javaScriptEnabled: false,
    })
    const page = await context.newPage()
    await page.goto(`${baseURL()}/`)
    const link = page.locator('.menu-fold a', { hasText: 'Thư viện ảnh' })
    expect(await link.isVisible()).toBe(false)
    await page.locator('.menu-fold summary').click()
    expect(await link.isVisible()).toBe(true)
    await context.close()
  })

  it('does not shift the layout while images load on a profile', async () => {
    const context = await phone()
    const page = await context.newPage()
    await page.addInitScript(() => {
      ;(window as unknown as { cls: number }).cls = 0
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {
          value: number
          hadRecentInput: boolean
        }[]) {
          if (!entry.hadRecentInput) (window as unknown as { cls: number }).cls += entry.value
        }
      }).observe({ type: 'layout-shift', buffered: true })
    })
    await page.goto(`${baseURL()}${paths.profile}`, { waitUntil: 'load' })
    await page.mouse.wheel(0, 4000)
    await page.waitForTimeout(300)
    const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls)
    expect(cls).toBeLessThan(0.1)
    await context.close()
  })
})

describe('reader tools', () => {
  it('enlarges the text and switches to high contrast, and remembers both', async () => {
    const context = await phone()
    const page = await context.newPage()
    await page.goto(`${baseURL()}/`)
    const fontSize = () =>
      page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
    const before = await fontSize()
    await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click()
    expect(await fontSize()).toBeGreaterThan(before)
    await page.getByRole('button', { name: 'Tương phản cao' }).click()
    expect(await page.getAttribute('html', 'data-contrast')).not.toBeNull()
    await page.goto(`${baseURL()}${paths.list}`)
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-contrast'))
    expect(await fontSize()).toBeGreaterThan(before)
    await context.close()
  })

  it('copies the profile link for Zalo and the clipboard', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
    const page = await context.newPage()
    await page.goto(`${baseURL()}${paths.profile}`)
    await page.getByRole('button', { name: 'Sao chép liên kết' }).click()
    await page.getByText('Đã sao chép liên kết').waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL()}${paths.profile}`,
    )
    await page.evaluate(() => navigator.clipboard.writeText(''))
    await page.getByRole('button', { name: 'Chia sẻ Zalo' }).click()
    await page.getByText('dán vào cuộc trò chuyện').waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL()}${paths.profile}`,
    )
    await context.close()
  })

  it('prints a profile without menus and the poster on one A4 page without the banner', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.emulateMedia({ media: 'print' })
    await page.goto(`${baseURL()}${paths.profile}`)
    expect(await page.locator('.main-nav').isVisible()).toBe(false)
    expect(await page.locator('.share-tools').isVisible()).toBe(false)
    expect(await page.locator('h1').isVisible()).toBe(true)
    await page.goto(`${baseURL()}${paths.poster}`)
    expect(await page.locator('.site-header').isVisible()).toBe(false)
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true })
    fs.writeFileSync(path.join(SHOTS, 'poster.pdf'), pdf)
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length
    expect(pages).toBe(1)
    await context.close()
  })
})

describe('page weight', () => {
  it('measures HTML and JavaScript (gzip) of the home, list and profile pages', async () => {
    const figures: Record<string, { htmlGzipKB: number; jsGzipKB: number; scripts: number }> = {}
    for (const name of ['home', 'list', 'profile', 'article', 'not-found']) {
      const html = await (await fetch(`${baseURL()}${paths[name]}`)).text()
      // noModule scripts (legacy polyfills) are never fetched by the browsers that run modules.
      const scripts = [
        ...new Set(
          [...html.matchAll(/<script src="([^"]+)"([^>]*)>/g)]
            .filter((m) => !/noModule/i.test(m[2]))
            .map((m) => m[1]),
        ),
      ]
      let js = 0
      for (const src of scripts) {
        const body = Buffer.from(await (await fetch(new URL(src, baseURL()))).arrayBuffer())
        js += zlib.gzipSync(body, { level: 9 }).length
      }
      figures[name] = {
        htmlGzipKB: Math.round(zlib.gzipSync(html, { level: 9 }).length / 102.4) / 10,
        jsGzipKB: Math.round(js / 102.4) / 10,
        scripts: scripts.length,
      }
    }
    fs.writeFileSync(path.join(SHOTS, '..', 'page-weights.json'), JSON.stringify(figures, null, 2))
    console.log('page weights (gzip):', JSON.stringify(figures))
    for (const [name, figure] of Object.entries(figures)) {
      // No framework runtime: the portal's own enhancement script only, within 15 kB gzip.
      expect(figure.scripts, name).toBe(1)
      expect(figure.jsGzipKB, name).toBeLessThanOrEqual(15)
    }
  })
})
