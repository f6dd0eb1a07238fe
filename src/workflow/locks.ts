import type {
  Access,
  CollectionBeforeChangeHook,
  CollectionSlug,
  Payload,
  PayloadRequest,
  Where,
} from 'payload'

import { asUser, isStaffUser } from '@/access/roles'
import { HttpError } from '@/lib/http-error'
import { relationId } from '@/lib/ids'

/**
 * Payload's document locks (`payload-locked-documents`) belong to their requester: anyone
 * logged in could otherwise create a lock in an editor's name on another unit's document, or
 * take over and delete others' locks. The admin itself writes locks through the database adapter
 * and reads them as the user, so these rules only shape what API clients may do.
 */
export const LOCKS = 'payload-locked-documents'

const ownLocks: Access = ({ req: { user } }) => {
  const current = asUser(user)
  if (!current) return false
  return { 'user.value': { equals: current.id } } as Where
}

/** Staff see every lock (who is editing what); others their own. */
const readLocks: Access = (args) => (isStaffUser(args.req.user) ? true : ownLocks(args))

type LockData = {
  document?: { relationTo?: string; value?: unknown } | null
  globalSlug?: string | null
  user?: unknown
}

async function mayEdit(req: PayloadRequest, target: LockData): Promise<boolean> {
  const { payload } = req
  if (target.globalSlug) {
    const global = payload.config.globals.find((g) => g.slug === target.globalSlug)
    const access = global?.access?.update
    return Boolean(global && access && (await access({ req })))
  }
  const slug = target.document?.relationTo as CollectionSlug | undefined
  const id = relationId(target.document?.value)
  const collection = slug ? payload.collections[slug] : undefined
  if (!slug || !collection || id === null) return false
  const rule = collection.config.access?.update
  const result = rule ? await rule({ req }) : Boolean(req.user)
  if (result === false) return false
  const where: Where =
    result === true ? { id: { equals: id } } : { and: [{ id: { equals: id } }, result] }
  const { totalDocs } = await payload.count({ collection: slug, where, overrideAccess: true, req })
  return totalDocs > 0
}

/** A lock is always in its requester's name, on a document the requester may edit. */
const ownLockOnEditable: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (req.payloadAPI === 'local' && !req.user) return data
  const current = asUser(req.user)
  if (!current) throw new HttpError('Bạn cần đăng nhập.', 401)
  const target: LockData = { ...(originalDoc as LockData), ...(data as LockData) }
  if (!(await mayEdit(req, target))) {
    throw new HttpError('Bạn không có quyền sửa hồ sơ này nên không thể khóa nó.', 403)
  }
  return { ...data, user: { relationTo: 'users', value: current.id } }
}

/** Applied once Payload has added its lock collection (it does so after plugins run). */
export function secureLocks(payload: Payload): void {
  const locks = payload.collections[LOCKS]?.config
  if (!locks) return
  locks.access = {
    ...locks.access,
    read: readLocks,
    create: ({ req }) => Boolean(asUser(req.user)),
    update: ownLocks,
    delete: ownLocks,
  }
  locks.hooks = {
    ...locks.hooks,
    beforeChange: [...(locks.hooks?.beforeChange ?? []), ownLockOnEditable],
  }
}
