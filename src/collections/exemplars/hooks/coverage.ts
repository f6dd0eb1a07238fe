import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { isStaffUser } from '@/access'
import { HttpError } from '@/lib/http-error'
import { coverageDay, coverageKey } from '@/lib/coverage-key'
import { exemplarPath } from '@/lib/routes'
import { audit } from '@/workflow/audit'
import { portalOutlet } from '@/workflow/effects'

/**
 * The coverage log (Đã tuyên truyền trên) counts in each unit's score, so it must not be
 * gamed: one entry per outlet and address (per outlet and day when there is no address), only
 * absolute web addresses, outlets from the configured list, the portal entry the system added
 * on publication kept, and every entry added recorded in the audit log with who added it.
 * Which documents a unit may still add entries to is the review workflow's rule (openAfterPublish).
 */

type Entry = { id?: string | null; outlet?: unknown; url?: unknown; date?: unknown }

const ABSOLUTE_WEB_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/i

const text = (value: unknown) => (typeof value === 'string' ? value.normalize('NFC').trim() : '')

const isPortalEntry = (entry: Entry, outlet: string, slug: unknown) =>
  text(entry.outlet) === outlet &&
  typeof slug === 'string' &&
  text(entry.url).endsWith(exemplarPath(slug))

export const validateCoverage: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!Array.isArray(data.coverage)) return data
  const entries = data.coverage as Entry[]
  const stored = (originalDoc?.coverage ?? []) as Entry[]
  const before = new Map(stored.filter((e) => e.id).map((e) => [String(e.id), e]))
  const changed = entries.filter((entry) => {
    const old = entry.id ? before.get(String(entry.id)) : undefined
    return !old || coverageKey(old) !== coverageKey(entry)
  })

  const settings = await req.payload.findGlobal({
    slug: 'site-settings',
    depth: 0,
    overrideAccess: true,
    req,
  })
  const outlets = (settings.mediaOutlets ?? []).map((o) => text(o.name))
  for (const entry of changed) {
    const outlet = text(entry.outlet)
    if (!outlet) throw new HttpError('Mỗi lần đăng cần ghi rõ Kênh tuyên truyền.', 400)
    if (outlets.length && !outlets.includes(outlet)) {
      throw new HttpError(
        `Kênh "${outlet}" không có trong danh sách kênh tuyên truyền. Chọn một trong: ${outlets.join('; ')}.`,
        400,
      )
    }
    const url = entry.url
    if (url !== undefined && url !== null && url !== '') {
      if (typeof url !== 'string' || !ABSOLUTE_WEB_URL.test(url.trim())) {
        throw new HttpError(
          'Đường dẫn bài đăng phải là địa chỉ web đầy đủ, bắt đầu bằng http:// hoặc https:// (ví dụ https://baolangson.vn/...).',
          400,
        )
      }
    }
  }

  const seen = new Map<string, Entry>()
  for (const entry of entries) {
    const key = coverageKey(entry)
    if (seen.has(key) && changed.some((c) => c === entry || c === seen.get(key))) {
      throw new HttpError(
        `"${text(entry.outlet)}" ${text(entry.url) || `ngày ${coverageDay(entry.date)}`} đã có trong mục "Đã tuyên truyền trên": mỗi lần đăng chỉ ghi một lần.`,
        400,
      )
    }
    seen.set(key, entry)
  }

  if (!isStaffUser(req.user) && stored.length) {
    const outlet = await portalOutlet(req.payload, req)
    const slug = originalDoc?.slug
    const kept = new Set(entries.map((e) => (e.id ? String(e.id) : '')))
    const removed = stored.find((e) => isPortalEntry(e, outlet, slug) && !kept.has(String(e.id)))
    if (removed) {
      throw new HttpError(
        `Không được xóa mục "${outlet}" do hệ thống ghi khi hồ sơ được xuất bản.`,
        403,
      )
    }
  }
  return data
}

/** Every coverage entry added, in the audit log: who added which appearance, when. */
export const auditCoverage: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  // Server code without a user (the demo seed) is not anyone's entry.
  if (!req.user) return doc
  const had = new Set(((previousDoc?.coverage ?? []) as Entry[]).map((e) => coverageKey(e)))
  const added = ((doc.coverage ?? []) as Entry[]).filter((e) => !had.has(coverageKey(e)))
  if (!added.length) return doc
  // The portal entry is the publication's own effect, recorded with the publication.
  const outlet = await portalOutlet(req.payload, req)
  for (const entry of added) {
    if (isPortalEntry(entry, outlet, doc.slug)) continue
    await audit(req, {
      action: 'coverage',
      targetCollection: 'exemplars',
      docId: doc.id,
      summary: `${doc.name ?? doc.id}: ${text(entry.outlet)} ${text(entry.url) || coverageDay(entry.date)}`,
    })
  }
  return doc
}
