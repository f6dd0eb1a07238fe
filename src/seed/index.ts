import type { Payload } from 'payload'

import { seedArticles, seedDocuments, seedExemplars } from './content'
import type { Seeder } from './context'
import { ACCOUNTS, AUTHORITY, MEDIA_OUTLETS, SITE } from './data'
import { seedMedia } from './media'
import { type Organisation, seedOrganisation } from './org'
import { EXEMPLARS } from './people'

export type SeedResult = {
  created: boolean
  accounts: Array<{ email: string; role: string; unit?: string }>
}

type Account = (typeof ACCOUNTS)[number]

async function ensureUser(
  seeder: Seeder,
  account: Account,
  password: string,
  org?: Organisation,
): Promise<number> {
  const { payload } = seeder
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: account.email } },
    limit: 1,
    depth: 0,
    pagination: false,
  })
  if (docs[0]) return docs[0].id
  const unitName = 'unit' in account ? account.unit : undefined
  const unit = unitName ? org?.units.get(unitName)?.id : undefined
  const user = await payload.create({
    collection: 'users',
    data: { email: account.email, password, fullName: account.fullName, role: account.role, unit },
  })
  seeder.changes++
  return user.id
}

async function seedSiteSettings(seeder: Seeder): Promise<void> {
  const current = await seeder.payload.findGlobal({ slug: 'site-settings', depth: 0 })
  // Settings someone has already filled in are theirs to keep.
  if (current.authorityName) return
  await seeder.payload.updateGlobal({
    slug: 'site-settings',
    data: {
      portalName: AUTHORITY.portalName,
      authorityName: AUTHORITY.name,
      parentBody: AUTHORITY.parent,
      compilingOffice: AUTHORITY.compilingOffice,
      level: AUTHORITY.level,
      upperLevel: AUTHORITY.upperLevel,
      address: SITE.address,
      phone: SITE.phone,
      email: SITE.email,
      responsiblePerson: SITE.responsiblePerson,
      slogans: SITE.slogans.map((text) => ({ text })),
      introduction: SITE.introduction,
      placeName: AUTHORITY.placeName,
      issuingUnitCode: SITE.issuingUnitCode,
      signerAuthority: SITE.signerAuthority,
      signerTitle: SITE.signerTitle,
      signerName: SITE.signerName,
      provincialBoard: AUTHORITY.provincialBoard,
      deadlineDay: SITE.deadlineDay,
      scoring: SITE.scoring,
      mediaOutlets: MEDIA_OUTLETS.map((name) => ({ name })),
      // The demo opens on its own last month, not on an empty current one.
      demoMonth: EXEMPLARS.map((e) => e.period)
        .sort()
        .at(-1),
    },
  })
  seeder.changes++
}

/**
 * Demo content for Lộc Bình: organisation, accounts, settings, pictures, directing documents,
 * exemplars across 2022 and articles. Every record is found by a natural key before it is
 * created, so a second run changes nothing and reports `created: false`.
 */
export async function seedDemo(
  payload: Payload,
  options: { password: string },
): Promise<SeedResult> {
  const started = Date.now()
  const seeder: Seeder = { payload, changes: 0 }
  const [admin, ...others] = ACCOUNTS

  // The first account ever created becomes the administrator, so it must be this one.
  await ensureUser(seeder, admin, options.password)
  const org = await seedOrganisation(seeder)
  const userIds = new Map<string, number>()
  for (const account of others) {
    userIds.set(account.email, await ensureUser(seeder, account, options.password, org))
  }
  const editorId = userIds.get('bientap@lantoa.local')
  if (editorId === undefined) throw new Error('Seed accounts must include the editor')

  await seedSiteSettings(seeder)
  const media = await seedMedia(seeder, org, EXEMPLARS)
  await seedDocuments(seeder)
  const exemplars = await seedExemplars(seeder, org, media, editorId)
  await seedArticles(seeder, org, media, exemplars)

  payload.logger.info(
    `[seed] Nội dung mẫu: ${seeder.changes} bản ghi được tạo hoặc cập nhật (${Date.now() - started} ms).`,
  )
  return {
    created: seeder.changes > 0,
    accounts: ACCOUNTS.map((account) => ({
      email: account.email,
      role: account.role,
      ...('unit' in account ? { unit: account.unit } : {}),
    })),
  }
}
