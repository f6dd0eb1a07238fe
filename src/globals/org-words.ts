import type { Payload, PayloadRequest } from 'payload'

import type { SiteSetting } from '@/payload-types'

/**
 * The words by which the product names its own organisation. Since the 2025 reform the same
 * cycle runs in a district, a province (Sở Nội vụ, proposing to the central level) or a commune,
 * so none of these may be written in code: they come from site settings. The defaults are the
 * demo's (Lộc Bình district proposing to Lạng Sơn province), for a database saved before the
 * fields existed.
 */
export const DEFAULT_LEVEL = 'huyện'
export const DEFAULT_UPPER_LEVEL = 'tỉnh'

export type OrgWords = {
  /** The authority's own level, as in "toàn huyện": huyện, tỉnh, xã. */
  level: string
  /** Where the authority proposes exemplars, as in "Đề xuất lên tỉnh": tỉnh, Trung ương. */
  upperLevel: string
  /** The office that compiles the units' lists: Phòng Nội vụ, Sở Nội vụ. */
  office: string
  portal: string
}

type WordSettings = Partial<
  Pick<SiteSetting, 'level' | 'upperLevel' | 'compilingOffice' | 'portalName'>
> | null

const filled = (value: string | null | undefined, fallback: string) =>
  value?.normalize('NFC').trim() || fallback

export function orgWords(settings?: WordSettings): OrgWords {
  return {
    level: filled(settings?.level, DEFAULT_LEVEL),
    upperLevel: filled(settings?.upperLevel, DEFAULT_UPPER_LEVEL),
    office: filled(settings?.compilingOffice, 'Cơ quan tổng hợp'),
    portal: filled(settings?.portalName, 'cổng thông tin'),
  }
}

/** Never fails: a missing or unreadable settings row reads as the defaults. */
export async function readOrgWords(payload: Payload, req?: PayloadRequest): Promise<OrgWords> {
  const settings = await payload
    .findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, req })
    .catch(() => null)
  return orgWords(settings)
}
