import type { CollectionAfterChangeHook } from 'payload'

import { relationId, sameId } from '@/access'
import { audit } from '@/workflow/audit'

/** Changes of what an account may touch go to the audit log. */
export const auditRoleAndUnit: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !previousDoc) return doc
  if (previousDoc.role !== doc.role) {
    await audit(req, {
      action: 'role',
      targetCollection: 'users',
      docId: doc.id,
      summary: `${doc.fullName} <${doc.email}>`,
      from: previousDoc.role,
      to: doc.role,
    })
  }
  if (!sameId(previousDoc.unit, doc.unit) && (previousDoc.unit || doc.unit)) {
    await audit(req, {
      action: 'unit',
      targetCollection: 'users',
      docId: doc.id,
      summary: `${doc.fullName} <${doc.email}>`,
      from: String(relationId(previousDoc.unit) ?? ''),
      to: String(relationId(doc.unit) ?? ''),
    })
  }
  return doc
}
