import { DEFAULT_PORTAL_NAME } from '@/globals/site-settings'

import { CACHE_TAGS } from './cache-tags'
import { cached, cms, publicRead } from './read'

/** What the public pages show of the site settings (never the scoring or the signers). */
export type PortalSettings = {
  portalName: string
  authorityName: string | null
  parentBody: string | null
  compilingOffice: string | null
  address: string | null
  phone: string | null
  email: string | null
  responsiblePerson: string | null
  licence: string | null
  introduction: string | null
  slogans: string[]
}

export const getPortalSettings = cached(
  'settings',
  [CACHE_TAGS.settings],
  async (): Promise<PortalSettings> => {
    const payload = await cms()
    const s = await payload.findGlobal({ slug: 'site-settings', depth: 0, ...publicRead })
    return {
      portalName: s.portalName || DEFAULT_PORTAL_NAME,
      authorityName: s.authorityName ?? null,
      parentBody: s.parentBody ?? null,
      compilingOffice: s.compilingOffice ?? null,
      address: s.address ?? null,
      phone: s.phone ?? null,
      email: s.email ?? null,
      responsiblePerson: s.responsiblePerson ?? null,
      licence: s.licence ?? null,
      introduction: s.introduction ?? null,
      slogans: (s.slogans ?? []).map((slogan) => slogan.text).filter(Boolean),
    }
  },
)
