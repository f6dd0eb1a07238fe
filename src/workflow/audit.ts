import type { PayloadRequest } from 'payload'

import { asUser } from '@/access/roles'

export type AuditEntry = {
  action: string
  targetCollection: string
  docId: string | number
  summary: string
  from?: string | null
  to?: string | null
  note?: string | null
}

/** Appends to the audit log inside the request's transaction: no entry without the change. */
export async function audit(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  await req.payload.create({
    collection: 'audit-log',
    data: {
      ...entry,
      docId: String(entry.docId),
      actor: (asUser(req.user)?.id as number | undefined) ?? null,
      at: new Date().toISOString(),
    },
    overrideAccess: true,
    req,
  })
}
