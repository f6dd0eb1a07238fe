import type {
  Access,
  CollectionAfterChangeHook,
  CollectionSlug,
  GlobalSlug,
  CollectionAfterDeleteHook,
  Field,
  GlobalAfterChangeHook,
  Payload,
  PayloadRequest,
  Where,
} from 'payload'

import { isContributorUser, isStaffUser, unitOf } from '@/access/roles'

import { dataFields, richTextUploads, type DataField } from './schema'

/**
 * Which uploads (images, document files) a visitor may read, and which a unit may no longer
 * replace, follow from the documents that use them. Each upload keeps a small usage list —
 * which document uses it and in what state — updated in the same transaction as the document,
 * so the access rules below stay plain `where` queries on two indexed flags.
 */

export type UsageEntry = { c: string; id: string; s: UsageState }
type UsageState = 'draft' | 'submitted' | 'returned' | 'published'
type Ref = { relationTo: CollectionSlug; id: string }
type Doc = Record<string, unknown>

/** Payload's generated document types are interfaces (no index signature): read them as records. */
const asDoc = (value: object): Doc => value as Doc

/** Referrer states that make an upload public, and those that freeze it for its unit. */
const PUBLIC_STATES = new Set<UsageState>(['published'])
const FROZEN_STATES = new Set<UsageState>(['submitted', 'published'])

export const USAGE_FIELDS: Field[] = [
  {
    name: 'public',
    type: 'checkbox',
    label: 'Công khai (kể cả khi chưa có hồ sơ đã xuất bản dùng)',
    defaultValue: false,
    index: true,
    access: {
      create: ({ req }) => isStaffUser(req.user),
      update: ({ req }) => isStaffUser(req.user),
    },
    admin: { position: 'sidebar' },
  },
  {
    name: 'publicUse',
    type: 'checkbox',
    label: 'Đang dùng trong nội dung đã xuất bản',
    defaultValue: false,
    index: true,
    access: { create: () => false, update: () => false },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'frozenUse',
    type: 'checkbox',
    label: 'Đang dùng trong hồ sơ đã gửi duyệt hoặc đã xuất bản',
    defaultValue: false,
    index: true,
    access: { create: () => false, update: () => false },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'usage',
    type: 'json',
    label: 'Nơi sử dụng',
    access: {
      read: ({ req }) => isStaffUser(req.user),
      create: () => false,
      update: () => false,
    },
    admin: { hidden: true },
  },
]

/** Every upload a document points to, in fields (also inside arrays and groups) and rich text. */
export function referencesOf(
  fields: DataField[],
  doc: Doc | null | undefined,
  tracked: Set<string>,
) {
  const refs: Ref[] = []
  const add = (relationTo: string, value: unknown) => {
    const id = idText(value)
    // Only slugs of this config are tracked, so the name is a collection slug.
    if (id && tracked.has(relationTo)) refs.push({ relationTo: relationTo as CollectionSlug, id })
  }
  const walk = (list: DataField[], value: Doc | null | undefined) => {
    if (!value) return
    for (const field of list) {
      const v = value[field.name]
      if (v === undefined || v === null) continue
      if (field.kind === 'relation') {
        for (const item of field.hasMany && Array.isArray(v) ? v : [v]) {
          if (typeof field.relationTo === 'string') add(field.relationTo, item)
          else if (item && typeof item === 'object' && 'relationTo' in item && 'value' in item) {
            add(String(item.relationTo), item.value)
          }
        }
      } else if (field.kind === 'richText') {
        for (const ref of richTextUploads(v)) add(ref.relationTo, ref.id)
      } else if (field.kind === 'rows' && Array.isArray(v)) {
        for (const row of v) walk(field.fields, row as Doc)
      } else if (field.kind === 'group') {
        walk(field.fields, v as Doc)
      }
    }
  }
  walk(fields, doc)
  return refs
}

function idText(value: unknown): string | null {
  if (typeof value === 'number' || (typeof value === 'string' && value)) return String(value)
  if (value && typeof value === 'object' && 'id' in value) return idText(value.id)
  return null
}

export type ReferrerKind = 'reviewed' | 'drafts' | 'plain'

/** The state in which a referrer uses its uploads; null when it no longer counts (trashed). */
export function referrerState(kind: ReferrerKind, doc: Doc | null | undefined): UsageState | null {
  if (!doc || doc.deletedAt) return null
  if (kind === 'reviewed') return (doc.reviewState as UsageState | undefined) || 'draft'
  if (kind === 'drafts') return doc._status === 'published' ? 'published' : 'draft'
  return 'published'
}

async function recordUse(
  payload: Payload,
  req: PayloadRequest | undefined,
  ref: Ref,
  referrer: string,
  state: UsageState | null,
) {
  const upload = (await payload.db.findOne({
    collection: ref.relationTo,
    where: { id: { equals: ref.id } },
    req,
  })) as Doc | null
  if (!upload) return
  const [c, id] = referrer.split('#')
  const before = Array.isArray(upload.usage) ? (upload.usage as UsageEntry[]) : []
  const usage = before.filter((entry) => !(entry.c === c && entry.id === id))
  if (state) usage.push({ c, id, s: state })
  const publicUse = usage.some((entry) => PUBLIC_STATES.has(entry.s))
  const frozenUse = usage.some((entry) => FROZEN_STATES.has(entry.s))
  if (
    JSON.stringify(before) === JSON.stringify(usage) &&
    Boolean(upload.publicUse) === publicUse &&
    Boolean(upload.frozenUse) === frozenUse
  ) {
    return
  }
  // Straight to the adapter: bookkeeping, not an edit (no upload hooks, no unit re-scoping).
  await payload.db.updateOne({
    collection: ref.relationTo,
    id: ref.id,
    data: { usage, publicUse, frozenUse },
    req,
  })
}

async function syncRefs(
  payload: Payload,
  req: PayloadRequest | undefined,
  referrer: string,
  before: Ref[],
  after: Ref[],
  state: UsageState | null,
) {
  const key = (ref: Ref) => `${ref.relationTo}#${ref.id}`
  const now = new Set(after.map(key))
  const all = new Map([...before, ...after].map((ref) => [key(ref), ref]))
  for (const [k, ref] of all) {
    await recordUse(payload, req, ref, referrer, now.has(k) ? state : null)
  }
}

export function trackCollectionUse(
  fields: DataField[],
  tracked: Set<string>,
  kind: ReferrerKind,
): { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook } {
  return {
    afterChange: async ({ collection, doc, previousDoc, req }) => {
      await syncRefs(
        req.payload,
        req,
        `${collection.slug}#${doc.id}`,
        referencesOf(fields, previousDoc, tracked),
        referencesOf(fields, doc, tracked),
        referrerState(kind, doc),
      )
      return doc
    },
    afterDelete: async ({ collection, doc, req }) => {
      await syncRefs(
        req.payload,
        req,
        `${collection.slug}#${doc.id}`,
        referencesOf(fields, doc, tracked),
        [],
        null,
      )
      return doc
    },
  }
}

export function trackGlobalUse(fields: DataField[], tracked: Set<string>): GlobalAfterChangeHook {
  return async ({ doc, global, previousDoc, req }) => {
    await syncRefs(
      req.payload,
      req,
      `global:${global.slug}#1`,
      referencesOf(fields, previousDoc, tracked),
      referencesOf(fields, doc, tracked),
      'published',
    )
    return doc
  }
}

const notFrozen: Where = {
  or: [{ frozenUse: { equals: false } }, { frozenUse: { exists: false } }],
}
const inPublicUse: Where = {
  or: [{ publicUse: { equals: true } }, { public: { equals: true } }],
}

/** Visitors read an upload a published document uses (or staff made public); units also their own. */
export const readUpload =
  (hasUnit: boolean): Access =>
  ({ req: { user } }) => {
    if (isStaffUser(user)) return true
    const unit = unitOf(user)
    if (isContributorUser(user) && hasUnit && unit !== null) {
      return { or: [{ unit: { equals: unit } }, inPublicUse] }
    }
    return inPublicUse
  }

/** A unit may not replace, edit or delete an upload its submitted or published documents use. */
export const unlessFrozen =
  (access: Access | undefined): Access =>
  async (args) => {
    const result = access ? await access(args) : isStaffUser(args.req.user)
    if (isStaffUser(args.req.user) || result === false) return result
    return result === true ? notFrozen : { and: [result, notFrozen] }
  }

/** Rebuilds every upload's usage list from the documents (after a migration, or to repair). */
export async function rebuildUploadUsage(
  payload: Payload,
  referrers: Array<{
    slug: CollectionSlug | GlobalSlug
    fields: DataField[]
    kind: ReferrerKind
    global?: boolean
  }>,
  tracked: Set<string>,
  req?: PayloadRequest,
): Promise<void> {
  const usage = new Map<string, UsageEntry[]>()
  const note = (ref: Ref, entry: UsageEntry) => {
    const k = `${ref.relationTo}#${ref.id}`
    usage.set(k, [...(usage.get(k) ?? []), entry])
  }
  for (const referrer of referrers) {
    if (referrer.global) {
      const doc = asDoc(
        await payload.findGlobal({ slug: referrer.slug as GlobalSlug, depth: 0, req }),
      )
      for (const ref of referencesOf(referrer.fields, doc, tracked)) {
        note(ref, { c: `global:${referrer.slug}`, id: '1', s: 'published' })
      }
      continue
    }
    const { docs } = await payload.find({
      collection: referrer.slug as CollectionSlug,
      depth: 0,
      pagination: false,
      trash: true,
      overrideAccess: true,
      req,
    })
    for (const doc of docs.map(asDoc)) {
      const state = referrerState(referrer.kind, doc)
      if (!state) continue
      for (const ref of referencesOf(referrer.fields, doc, tracked)) {
        note(ref, { c: referrer.slug, id: String(doc.id), s: state })
      }
    }
  }
  for (const name of tracked) {
    const slug = name as CollectionSlug
    const { docs } = await payload.find({
      collection: slug,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const upload of docs.map(asDoc)) {
      const entries = usage.get(`${slug}#${upload.id}`) ?? []
      await payload.db.updateOne({
        collection: slug,
        id: upload.id as number | string,
        data: {
          usage: entries,
          publicUse: entries.some((e) => PUBLIC_STATES.has(e.s)),
          frozenUse: entries.some((e) => FROZEN_STATES.has(e.s)),
        },
        req,
      })
    }
  }
}

export { dataFields }
