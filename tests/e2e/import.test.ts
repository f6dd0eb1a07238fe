/**
 * POST /api/exemplars/import over HTTP against the built server with the demo data: the round
 * trip (our own nominations.docx for a unit and month, and the same list typed in Excel, read
 * back), who may import for which unit, refusals that create nothing, and the admin's
 * "Nhập danh sách từ Word/Excel" in Chromium, with screenshots at 1366 and 390 px in both themes.
 */
import fs from 'node:fs'
import path from 'node:path'

import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { compareVietnamese } from '@/lib/vietnamese'

import { launch } from '../helpers/browser'
import { lyingZip, sampleXlsx, type SampleExemplar } from '../helpers/import-files'
import type { JsonBody } from '../helpers/json'
import { api, baseURL, login } from './http'

const EDITOR = 'bientap@lantoa.local'
const CONTRIBUTOR = 'canbo.tu-doan@lantoa.local'
const VIETNAMESE = /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/i
const SHOTS = path.resolve('test-results/screenshots')

let editor: string
let contributor: string
let ownUnit: number | string
let otherUnit: number | string
/** A month in which the contributor's unit sent several exemplars, and those exemplars. */
let period: string
let sent: JsonBody[]
let listDocx: Buffer

async function post(fields: Record<string, string | Blob>, token?: string) {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  return api('/api/exemplars/import', { method: 'POST', body: form, token })
}

const total = async () =>
  (await api('/api/exemplars/count?draft=true&trash=true', { token: editor })).body.totalDocs

const docxFile = (data: Buffer, name = 'danh-sach.docx') =>
  new File([new Uint8Array(data)], name, {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  })

beforeAll(async () => {
  editor = await login(EDITOR)
  contributor = await login(CONTRIBUTOR)
  const me = await api('/api/users/me?depth=0', { token: contributor })
  const unit = me.body.user.unit
  ownUnit = unit && typeof unit === 'object' ? unit.id : unit
  const units = await api('/api/units?limit=5&depth=0', { token: editor })
  otherUnit = units.body.docs.find((u: JsonBody) => String(u.id) !== String(ownUnit)).id
  // The month with most published exemplars, and the compilation an editor downloads for it.
  const published = await api(
    '/api/exemplars?limit=500&depth=0&where[reviewState][equals]=published',
    { token: editor },
  )
  const byPeriod = new Map<string, JsonBody[]>()
  for (const doc of published.body.docs) {
    byPeriod.set(doc.period, [...(byPeriod.get(doc.period) ?? []), doc])
  }
  ;[period, sent] = [...byPeriod.entries()].sort((a, b) => b[1].length - a[1].length)[0]
  const response = await fetch(`${baseURL()}/api/reports/nominations.docx?period=${period}`, {
    headers: { authorization: `JWT ${editor}` },
  })
  expect(response.status).toBe(200)
  listDocx = Buffer.from(await response.arrayBuffer())
})

const byName = (a: JsonBody, b: JsonBody) => compareVietnamese(a.name, b.name)
const essentials = (doc: JsonBody) => ({
  name: doc.name,
  kind: doc.kind,
  gender: doc.kind === 'individual' ? (doc.gender ?? null) : null,
  position: doc.position ?? '',
  summary: (doc.summary ?? '').trim(),
})

describe('round trip', () => {
  it('reads back our own nominations.docx: same names, kinds, genders, positions, summaries', async () => {
    const { status, body } = await post({ file: docxFile(listDocx), period }, contributor)
    expect(status).toBe(200)
    expect(body.created).toEqual([])
    console.log(
      `round trip ${period}: ${sent.length} published exemplars in the compilation, ${body.rows.length} read back`,
    )
    expect(sent.length).toBeGreaterThan(2)
    expect(body.rows.map(essentials).sort(byName)).toEqual(sent.map(essentials).sort(byName))
    expect(body.rows.every((r: JsonBody) => r.problems.length === 0)).toBe(true)
  })

  it('reads the same list typed in Excel with the template columns', async () => {
    const typed: SampleExemplar[] = sent.map((doc) => ({
      kind: doc.kind,
      name: doc.name,
      gender: doc.kind === 'individual' ? doc.gender : undefined,
      birthYear: doc.kind === 'individual' ? doc.birthYear : undefined,
      ethnicity: doc.ethnicity ?? '',
      position: doc.position ?? '',
      sector: '',
      summary: doc.summary,
      awards: '',
      note: '',
    }))
    const file = new File([new Uint8Array(await sampleXlsx(typed))], 'danh-sach.xlsx')
    const { status, body } = await post({ file, period }, contributor)
    expect(status).toBe(200)
    expect(body.rows.map(essentials).sort(byName)).toEqual(sent.map(essentials).sort(byName))
  })
})

describe('who imports for which unit', () => {
  it('answers 401 to anonymous requests and creates nothing', async () => {
    const before = await total()
    const { status, body } = await post({ file: docxFile(listDocx), period, commit: 'true' })
    expect(status).toBe(401)
    expect(body.errors[0].message).toMatch(VIETNAMESE)
    expect(await total()).toBe(before)
  })

  it("puts a contributor's drafts in its own unit, whatever unit it names", async () => {
    const { status, body } = await post(
      {
        file: docxFile(listDocx),
        period: '2022-12',
        unit: String(otherUnit),
        commit: 'true',
        rows: '1',
      },
      contributor,
    )
    expect(status).toBe(200)
    expect(body.created).toHaveLength(1)
    const doc = await api(`/api/exemplars/${body.created[0]}?draft=true&depth=0`, { token: editor })
    expect(String(doc.body.unit)).toBe(String(ownUnit))
    expect(doc.body).toMatchObject({ period: '2022-12', reviewState: 'draft', _status: 'draft' })
    const log = await api(
      `/api/audit-log?where[docId][equals]=${body.created[0]}&where[action][equals]=import`,
      { token: editor },
    )
    expect(log.body.totalDocs).toBe(1)
  })

  it('makes an editor choose the unit', async () => {
    const refused = await post({ file: docxFile(listDocx), period, commit: 'true' }, editor)
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).toMatch(/chọn đơn vị/)
    const { status, body } = await post(
      { file: docxFile(listDocx), period: '2022-12', unit: String(otherUnit), commit: 'true' },
      editor,
    )
    expect(status).toBe(200)
    expect(body.created).toHaveLength(sent.length)
    const docs = await api(
      `/api/exemplars?draft=true&depth=0&limit=100&where[id][in]=${body.created.join(',')}`,
      { token: editor },
    )
    expect(docs.body.docs.every((d: JsonBody) => String(d.unit) === String(otherUnit))).toBe(true)
  })
})

describe('refusals: 400 in Vietnamese, nothing created', () => {
  it.each([
    ['a text file', () => new File([Buffer.from('Nguyễn Văn An 1985')], 'danh-sach.docx')],
    [
      'an old .doc',
      () =>
        new File([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])], 'a.doc'),
    ],
    ['a macro-enabled name', () => docxFile(listDocx, 'danh-sach.docm')],
    [
      'a zip bomb',
      () =>
        new File(
          [new Uint8Array(lyingZip('word/document.xml', Buffer.alloc(64), 1 << 30))],
          'b.docx',
        ),
    ],
    ['10 MB', () => new File([new Uint8Array(10 * 1024 * 1024)], 'lon.docx')],
  ])('%s', async (_, file) => {
    const before = await total()
    const { status, body } = await post({ file: file(), period, commit: 'true' }, contributor)
    expect(status).toBe(400)
    expect(body.errors[0].message).toMatch(VIETNAMESE)
    expect(await total()).toBe(before)
  })

  it('a request without a file or not multipart', async () => {
    expect((await post({ period }, contributor)).status).toBe(400)
    const json = await api('/api/exemplars/import', {
      method: 'POST',
      json: { period },
      token: contributor,
    })
    expect(json.status).toBe(400)
    expect(json.body.errors[0].message).toMatch(VIETNAMESE)
  })
})

describe('POST /api/exemplars/:id/import-story', () => {
  it("replaces a unit's draft story with the Word document's content; 401 without login", async () => {
    const created = await api('/api/exemplars?draft=true', {
      method: 'POST',
      token: contributor,
      json: {
        kind: 'individual',
        name: 'Vi Văn Thử',
        category: 'good-deeds',
        sector: 'other',
        summary: 'Hồ sơ thử nhập nội dung từ Word.',
        period: '2022-12',
      },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const word = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph({ text: 'Tấm gương vượt khó', heading: HeadingLevel.HEADING_2 }),
              new Paragraph({ children: [new TextRun({ text: 'Nội dung in đậm', bold: true })] }),
            ],
          },
        ],
      }),
    )
    const form = () => {
      const data = new FormData()
      data.append('file', docxFile(word, 'bai-viet.docx'))
      return data
    }
    const anonymous = await api(`/api/exemplars/${id}/import-story`, {
      method: 'POST',
      body: form(),
    })
    expect(anonymous.status).toBe(401)
    const imported = await api(`/api/exemplars/${id}/import-story`, {
      method: 'POST',
      body: form(),
      token: contributor,
    })
    expect(imported.status).toBe(200)
    const doc = await api(`/api/exemplars/${id}?draft=true&depth=0`, { token: contributor })
    const children = doc.body.story.root.children
    expect(children[0]).toMatchObject({ type: 'heading', tag: 'h2' })
    expect(children[1].children[0]).toMatchObject({ text: 'Nội dung in đậm', format: 1 })
  })
})

describe('the admin panel', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
    fs.mkdirSync(SHOTS, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('previews a list, lets rows be unticked and creates the drafts', async () => {
    const file = path.join(SHOTS, 'import-list.docx')
    fs.writeFileSync(file, listDocx)
    const before = await total()
    for (const [width, theme] of [
      [1366, 'light'],
      [1366, 'dark'],
      [390, 'light'],
      [390, 'dark'],
    ] as const) {
      const context = await browser.newContext({
        locale: 'vi-VN',
        viewport: { width, height: 900 },
        colorScheme: theme,
      })
      await context.addCookies([
        { name: 'payload-token', value: contributor, url: baseURL() },
        { name: 'payload-theme', value: theme, url: baseURL() },
      ])
      const page = await context.newPage()
      await page.goto(`${baseURL()}/admin/collections/exemplars`)
      // A click that lands before React hydrates the list view does nothing: click until the
      // panel opens (a loaded CI machine hydrates seconds after the button is painted).
      const opener = page.getByRole('button', { name: 'Nhập danh sách từ Word/Excel' })
      const panel = page.locator('.import-panel')
      for (let tries = 0; tries < 15 && !(await panel.isVisible()); tries++) {
        await opener.click()
        await panel.waitFor({ timeout: 2_000 }).catch(() => undefined)
      }
      await page.locator('.import-panel input[type="month"]').fill('2022-11')
      await page.locator('.import-panel input[type="file"]').setInputFiles(file)
      await page.getByRole('button', { name: 'Xem trước' }).click()
      const rows = page.locator('.import-panel tbody tr')
      await rows.first().waitFor({ timeout: 30_000 })
      expect(await rows.count()).toBe(sent.length)
      await page.getByLabel('Chọn dòng 1', { exact: true }).uncheck()
      const create = page.getByRole('button', { name: `Tạo ${sent.length - 1} hồ sơ nháp` })
      await create.waitFor()
      await page.screenshot({
        path: path.join(SHOTS, `admin-import-${width}-${theme}.png`),
        fullPage: true,
      })
      if (width === 1366 && theme === 'light') {
        await create.click()
        await page.getByText(`Đã tạo ${sent.length - 1} hồ sơ nháp.`).waitFor({ timeout: 30_000 })
        expect(await total()).toBe(before + sent.length - 1)
      }
      await context.close()
    }
  })

  it('keeps screenshots of the native admin views (dashboard, queue, report, unit) in both themes', async () => {
    const pages: Array<[string, string, string]> = [
      ['dashboard-editor', editor, '/admin'],
      ['queue', editor, '/admin/collections/exemplars?where[reviewState][equals]=submitted'],
      ['report', editor, '/admin/bao-cao'],
      ['dashboard-unit', contributor, '/admin'],
    ]
    for (const [name, token, route] of pages) {
      for (const [width, theme] of [
        [1366, 'light'],
        [1366, 'dark'],
        [390, 'light'],
        [390, 'dark'],
      ] as const) {
        const context = await browser.newContext({
          locale: 'vi-VN',
          viewport: { width, height: 900 },
          colorScheme: theme,
        })
        await context.addCookies([
          { name: 'payload-token', value: token, url: baseURL() },
          { name: 'payload-theme', value: theme, url: baseURL() },
        ])
        const page = await context.newPage()
        await page.goto(`${baseURL()}${route}`)
        await page.waitForLoadState('networkidle').catch(() => undefined)
        // The page itself never scrolls sideways: wide grids scroll inside their card.
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }))
        await page.screenshot({
          path: path.join(SHOTS, `admin-${name}-${width}-${theme}.png`),
          fullPage: true,
        })
        // Payload's own list view (the queue) is reported, not judged: its layout is Payload's.
        if (name === 'queue') {
          console.log(`${name} ${width} ${theme}: page overflow ${scrollWidth - innerWidth} px`)
        } else expect(scrollWidth, `${name} ${width} ${theme}`).toBeLessThanOrEqual(innerWidth)
        const broken = await page.evaluate(
          () =>
            Array.from(document.images).filter((img) => img.complete && img.naturalWidth === 0)
              .length,
        )
        expect(broken, `${name}: broken images`).toBe(0)
        await context.close()
      }
    }
  }, 300_000)
})
