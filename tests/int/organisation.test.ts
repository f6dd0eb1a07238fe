/**
 * The organisation's words come from data: the demo reconfigured as a province (Sở Nội vụ
 * compiling from communes) reads right in the admin's labels, the notifications and the exports,
 * and no label in code names a district's office or level.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { nominationsList } from '@/reports/lists'
import { notifyTransition } from '@/workflow/notify'

import { createFixtures, testPayload, type Fixtures } from '../helpers/payload'

let f: Fixtures
const DISTRICT_WORDS = /Phòng Nội vụ|huyện/i

beforeAll(async () => {
  delete process.env.SMTP_URL
  f = await createFixtures(await testPayload())
  await f.payload.updateGlobal({
    slug: 'site-settings',
    data: {
      portalName: 'Trang thông tin điện tử tỉnh Lạng Sơn',
      authorityName: 'Ủy ban nhân dân tỉnh Lạng Sơn',
      parentBody: '',
      compilingOffice: 'Sở Nội vụ',
      placeName: 'Lạng Sơn',
    },
  })
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

  it('admin labels and descriptions name no district office or level', () => {
    for (const collection of f.payload.config.collections) {
      const words = JSON.stringify({
        labels: collection.labels,
        admin: collection.admin?.description,
        fields: collection.fields,
      })
      expect(words, collection.slug).not.toMatch(DISTRICT_WORDS)
    }
  })

  it("the compilation's heading reads the province's authority and office", async () => {
    const list = await nominationsList(f.payload, { period: '2026-01', unit: null })
    // The heading is printed as lines (Decree 30): the parent body over the issuing office.
    expect(list.parentBody.join(' ')).toBe('ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN')
    expect(list.issuer.join(' ')).toBe('SỞ NỘI VỤ')
    expect(list.dateLine).toMatch(/^Lạng Sơn, ngày/)
    expect(JSON.stringify(list)).not.toMatch(DISTRICT_WORDS)
  })
})
