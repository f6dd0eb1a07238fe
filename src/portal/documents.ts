import { DOC_TYPE_LABELS } from '@/collections/documents'
import { fold } from '@/lib/vietnamese'

import { CACHE_TAGS } from './cache-tags'
import { cached, cms } from './read'

/** The directing documents register, newest first (cached: it is one list). */
export const listDocuments = cached('documents', [CACHE_TAGS.documents], async () => {
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'documents',
    sort: '-issuedAt',
    pagination: false,
    depth: 1,
    overrideAccess: false,
  })
  return docs.map((doc) => ({ ...doc, docTypeLabel: DOC_TYPE_LABELS[doc.docType] ?? '' }))
})

export type PortalDocument = Awaited<ReturnType<typeof listDocuments>>[number]

/** The register narrowed to documents whose number, title, issuer or summary hold every word. */
export async function searchDocuments(terms: string[]): Promise<PortalDocument[]> {
  const docs = await listDocuments()
  if (terms.length === 0) return docs
  return docs.filter((doc) => {
    const text = fold([doc.number, doc.title, doc.issuer, doc.summary].filter(Boolean).join(' '))
    return terms.every((term) => text.includes(term))
  })
}
