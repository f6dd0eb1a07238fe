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
  /** The logo uploaded in site settings (the original file), else the banner shows a star. */
  logo: { url: string; width: number | null; height: number | null } | null
  /** The demo's last month, when the site runs on demo content (see src/lib/as-of.ts). */
  demoMonth: string | null
}

export const getPortalSettings = cached(
  'settings',
  // The logo is a media document: replacing or deleting it expires the banner too.
  [CACHE_TAGS.settings, CACHE_TAGS.media],
  async (): Promise<PortalSettings> => {
    const payload = await cms()
    const s = await payload.findGlobal({ slug: 'site-settings', depth: 1, ...publicRead })
    const logo = s.logo && typeof s.logo === 'object' && s.logo.url ? s.logo : null
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
      logo: logo?.url
        ? { url: logo.url, width: logo.width ?? null, height: logo.height ?? null }
        : null,
      demoMonth: s.demoMonth ?? null,
    }
  },
)
