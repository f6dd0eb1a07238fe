import type { Payload, PayloadRequest } from 'payload'

import { siteUrl } from '@/portal/feeds'

export type CoverageEntry = {
  id?: string | null
  outlet: string
  url?: string | null
  date?: string | null
}

/**
 * The outlet that stands for this portal: the first of the configured media outlets
 * (site settings → Thi đua → Kênh tuyên truyền), or the portal's own name when none are set.
 */
export async function portalOutlet(payload: Payload, req?: PayloadRequest): Promise<string> {
  const settings = await payload.findGlobal({
    slug: 'site-settings',
    depth: 0,
    overrideAccess: true,
    req,
  })
  const first = settings.mediaOutlets?.[0]?.name?.trim()
  return first || settings.portalName || 'Trang thông tin điện tử'
}

/** Today (Vietnam time) as Payload's day-only dates are stored: 12:00 UTC of that day. */
export function todayDayOnly(now = new Date()): string {
  const day = new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10)
  return `${day}T12:00:00.000Z`
}

/**
 * Publishing an exemplar puts it on the portal: its coverage log gains the portal entry (the
 * public profile's address, today's date) — once; a re-publication finds it there and adds
 * nothing. Returns the new log, or null when nothing changes.
 */
export async function withPortalCoverage(
  payload: Payload,
  doc: { slug?: string | null; coverage?: CoverageEntry[] | null },
  req?: PayloadRequest,
  now = new Date(),
): Promise<CoverageEntry[] | null> {
  const outlet = await portalOutlet(payload, req)
  const existing = doc.coverage ?? []
  const url = doc.slug ? `${siteUrl()}/guong-dien-hinh/${doc.slug}` : null
  const path = doc.slug ? `/guong-dien-hinh/${doc.slug}` : null
  const already = existing.some(
    (entry) => entry.outlet === outlet || (path !== null && (entry.url ?? '').endsWith(path)),
  )
  if (already) return null
  return [...existing, { outlet, url, date: todayDayOnly(now) }]
}
