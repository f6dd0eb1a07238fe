/**
 * The organisation's words come from data: the demo reconfigured as a province (Sở Nội vụ
 * compiling from communes, proposing to the central level) reads right in the admin's labels
 * and views, the workflow's buttons, messages and audit log, the notifications and the exports
 * (Word, PDF, Excel); and no label in code names a district's office or level.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { createElement, Fragment } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { Clusters } from '@/admin/reports/clusters'
import { Downloads } from '@/admin/reports/downloads'
import { WorkflowPanel } from '@/admin/workflow-panel'
import { readOrgWords, type OrgWords } from '@/globals/org-words'
import { computeCompliance } from '@/reports/compliance'
import { reportEndpoints } from '@/reports/endpoints'
import { nominationsList } from '@/reports/lists'
import { scoringSentence } from '@/reports/wording'
import { notifyTransition } from '@/workflow/notify'
import { performTransition } from '@/workflow/perform'

import type { Exemplar } from '@/payload-types'

import { as, createFixtures, testPayload, validExemplar, type Fixtures } from '../helpers/payload'

// Payload's UI kit pulls in stylesheets Node cannot load; what is checked here is the words our
// views put inside its components, so they render as plain elements around their children.
vi.mock('@payloadcms/ui', async () => {
  const { createElement } = await import('react')
  const plain =
    (tag: string) =>
    ({ children }: { children?: React.ReactNode }) =>
      createElement(tag, null, children)
  return { Button: plain('a'), Pill: plain('span'), Banner: plain('div'), Card: plain('div') }
})

let f: Fixtures
let words: OrgWords
/** A district's words, which a province's product must never print. */
const DISTRICT_WORDS = /Phòng Nội vụ|huyện|lên tỉnh|tỉnh lựa chọn|tỉnh đã chọn|tỉnh chọn/i

const PROVINCE = {
  portalName: 'Trang thông tin điện tử tỉnh Lạng Sơn',
  authorityName: 'Ủy ban nhân dân tỉnh Lạng Sơn',
  parentBody: '',
  compilingOffice: 'Sở Nội vụ',
  level: 'tỉnh',
  upperLevel: 'Trung ương',
  placeName: 'Lạng Sơn',
  issuingUnitCode: 'UBND-SNV',
  signerAuthority: 'KT. CHỦ TỊCH',
  signerTitle: 'PHÓ CHỦ TỊCH',
  signerName: 'Hoàng Minh Đức',
  provincialBoard: 'Ban Thi đua - Khen thưởng Trung ương',
}

/** Published exemplars of a commune: one proposed to the central level, one already chosen. */
async function published(name: string, provincialStatus: 'none' | 'proposed' | 'selected') {
  return f.payload.create({
    collection: 'exemplars',
    data: validExemplar({
      name,
      unit: f.unitA.id,
      period: '2026-01',
      consent: true,
      _status: 'published',
      reviewState: 'published',
      provincialStatus,
      submittedAt: '2026-02-02T02:00:00.000Z',
    }) as never,
    overrideAccess: true,
    context: { workflowTransition: true },
  })
}

async function call(endpoint: string, query: Record<string, string>) {
  const found = reportEndpoints.find((e) => e.path === `/reports/${endpoint}`)
  if (!found) throw new Error(`no endpoint ${endpoint}`)
  const response = await found.handler({
    payload: f.payload,
    user: as(f.editor),
    searchParams: new URLSearchParams(query),
    query,
  } as never)
  expect(response.status, endpoint).toBe(200)
  return { headers: response.headers, body: Buffer.from(await response.arrayBuffer()) }
}

async function wordText(body: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(body)).file('word/document.xml')!.async('string')
  return [...xml.normalize('NFC').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join('')
}

beforeAll(async () => {
  delete process.env.SMTP_URL
  f = await createFixtures(await testPayload())
  await f.payload.updateGlobal({ slug: 'site-settings', data: PROVINCE })
  words = await readOrgWords(f.payload)
  await published('Hợp tác xã Chè Mẫu Sơn', 'proposed')
  await published('Lương Thị Hạnh', 'selected')
})

afterAll(() => vi.restoreAllMocks())

/** What reached the mail log (no SMTP_URL: sendMail writes each message to the logger). */
function mails(spy: ReturnType<typeof vi.spyOn>): string[] {
  return spy.mock.calls
    .map((call: unknown[]) => call[0] as { msg?: string; text?: string })
    .filter((entry) => typeof entry === 'object' && entry?.msg?.startsWith('[thư]'))
    .map((entry) => `${entry.msg}\n${entry.text}`)
}

describe('a province', () => {
  it('reads its words from site settings', () => {
    expect(words).toEqual({
      level: 'tỉnh',
      upperLevel: 'Trung ương',
      office: 'Sở Nội vụ',
      portal: 'Trang thông tin điện tử tỉnh Lạng Sơn',
    })
  })

  it('notifications name the compiling office and portal from site settings', async () => {
    const spy = vi.spyOn(f.payload.logger, 'info')
    const doc = { id: 1, unit: f.unitA.id, name: 'Hợp tác xã Chè Mẫu Sơn' }
    for (const action of ['submit', 'return', 'publish'] as const) {
      await notifyTransition(f.payload, 'exemplars', action, doc, 'Bổ sung ảnh.')
    }
    const sent = mails(spy)
    expect(sent).toHaveLength(3)
    expect(sent[0]).toContain('gửi duyệt tới Sở Nội vụ')
    expect(sent[1]).toContain('được Sở Nội vụ trả lại để bổ sung')
    expect(sent[2]).toContain('Trang thông tin điện tử tỉnh Lạng Sơn')
    for (const text of sent) expect(text).not.toMatch(DISTRICT_WORDS)
  })

  it('admin labels, options and descriptions name no district office or level', () => {
    for (const collection of f.payload.config.collections) {
      const config = JSON.stringify({
        labels: collection.labels,
        admin: collection.admin?.description,
        fields: collection.fields,
      })
      expect(config, collection.slug).not.toMatch(DISTRICT_WORDS)
      // Nor the demo's own places: the same build serves any authority.
      expect(config, collection.slug).not.toMatch(/Lộc Bình|Lạng Sơn|Tú Đoạn/)
    }
    // The provincial status is worded neutrally where the config cannot read data.
    const exemplars = f.payload.config.collections.find((c) => c.slug === 'exemplars')!
    expect(JSON.stringify(exemplars.fields)).toContain('Đã đề xuất lên cấp trên')
  })

  it('the workflow bar offers "Đề xuất lên Trung ương"', async () => {
    const { id } = await published('Nông Văn Bình', 'none')
    const panel = await WorkflowPanel({
      id,
      payload: f.payload,
      user: as(f.editor),
      collection: 'exemplars',
    })
    const props = panel!.props as { actions: string[]; labels: Record<string, string> }
    expect(props.actions).toContain('propose')
    expect(props.labels.propose).toBe('Đề xuất lên Trung ương')
    expect(props.labels.select).toBe('Ghi nhận Trung ương đã chọn')
  })

  it("the workflow answers and records in the province's words", async () => {
    const { id } = await published('Hoàng Thị Lan', 'none')
    const move = (action: string, note?: string) =>
      performTransition({
        payload: f.payload,
        collection: 'exemplars',
        id,
        action,
        note,
        user: as(f.editor),
      })
    await expect(move('select')).rejects.toThrow(/đã được đề xuất lên Trung ương/)
    const done = (await move('propose', 'Tiêu biểu toàn tỉnh.')) as Exemplar
    expect(done.provincialStatus).toBe('proposed')
    expect(done.reviewNotes?.at(-1)?.note).toBe('Đề xuất lên Trung ương: Tiêu biểu toàn tỉnh.')
    const { docs } = await f.payload.find({
      collection: 'audit-log',
      where: { and: [{ docId: { equals: String(id) } }, { action: { equals: 'propose' } }] },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ from: 'Chưa đề xuất', to: 'Đã đề xuất lên Trung ương' })
  })

  it('the report screen names the central level and the whole province', async () => {
    const report = await computeCompliance(f.payload, { periods: ['2026-01'], unit: null })
    const picked = { from: '2026-01', to: '2026-01', periods: ['2026-01'], error: null }
    const html = renderToStaticMarkup(
      createElement(
        Fragment,
        null,
        createElement(Downloads, {
          picked,
          scope: { all: true, unit: null },
          api: '/api',
          report,
          words,
        }),
        createElement(Clusters, { report, words }),
        createElement('p', null, scoringSentence(report.points, words)),
      ),
    ).normalize('NFC')
    expect(html).toContain('Danh sách đề xuất lên Trung ương (Word)')
    expect(html).toContain('Tổng hợp toàn tỉnh (đã xuất bản)')
    expect(html).toContain('Đề xuất lên Trung ương')
    expect(html).toContain('mỗi gương được Trung ương lựa chọn')
    expect(html).not.toMatch(DISTRICT_WORDS)
  })
})

describe("a province's exports", () => {
  it("the compilation's heading reads the province's authority and office", async () => {
    const list = await nominationsList(f.payload, { period: '2026-01', unit: null })
    // The heading is printed as lines (Decree 30): the parent body over the issuing office.
    expect(list.parentBody.join(' ')).toBe('ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN')
    expect(list.issuer.join(' ')).toBe('SỞ NỘI VỤ')
    expect(list.dateLine).toMatch(/^Lạng Sơn, ngày/)
    expect(JSON.stringify(list)).not.toMatch(DISTRICT_WORDS)
  })

  it('the proposal (Word) goes to the central level', async () => {
    const { headers, body } = await call('proposals.docx', { from: '2026-01', to: '2026-01' })
    expect(headers.get('content-disposition')).toContain('de-xuat-len-trung-uong-2026-01-2026-01')
    const text = await wordText(body)
    expect(text).toContain('Đề nghị giới thiệu gương điển hình tiên tiến lên Trung ương')
    expect(text).toContain('gửi Ban Thi đua - Khen thưởng Trung ương')
    expect(text).toContain('Được Trung ương lựa chọn')
    expect(text).toContain('Hợp tác xã Chè Mẫu Sơn')
    expect(text).not.toMatch(DISTRICT_WORDS)
  })

  it('the proposal (PDF) reads the same', async () => {
    const { body } = await call('proposals.pdf', { from: '2026-01', to: '2026-01' })
    expect(body.subarray(0, 5).toString()).toBe('%PDF-')
    let pdftotext = ''
    try {
      pdftotext = execFileSync('sh', ['-c', 'command -v pdftotext']).toString().trim()
    } catch {
      return // not installed: the Word check above covers the same list model
    }
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lantoa-org-')), 'list.pdf')
    fs.writeFileSync(file, body)
    const text = execFileSync(pdftotext, [file, '-']).toString().normalize('NFC')
    const flat = text.replace(/\s+/g, ' ')
    expect(flat).toContain('lên Trung ương')
    expect(flat).toContain('Được Trung ương lựa chọn')
    expect(flat).not.toMatch(DISTRICT_WORDS)
  })

  it('the workbook heads its columns with the central level', async () => {
    const { body } = await call('compliance.xlsx', { from: '2026-01', to: '2026-01' })
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(body as never)
    const cells: string[] = []
    book.eachSheet((sheet) =>
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value ?? '')))),
    )
    const text = cells.join('\n').normalize('NFC')
    expect(text).toContain('Đề xuất lên Trung ương')
    expect(text).toContain('Được Trung ương lựa chọn')
    expect(text).toContain('mỗi gương đề xuất lên Trung ương')
    expect(text).not.toMatch(DISTRICT_WORDS)
  })
})
