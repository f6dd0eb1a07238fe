import type { Payload, PayloadRequest } from 'payload'

import { readOrgWords } from '@/globals/org-words'
import { actionLabels, availableActions, type WorkflowCollection } from '@/workflow/transitions'

import { WorkflowActions } from './workflow-actions'

type Props = {
  id?: number | string
  payload: Payload
  user?: PayloadRequest['user']
  collection: WorkflowCollection
}

/**
 * Server half of the workflow bar: reads the stored document and asks the transition table
 * which actions this user may take, so the buttons never disagree with the endpoint.
 */
export async function WorkflowPanel({ id, payload, user, collection }: Props) {
  if (id === undefined || id === null || !user) return null
  const doc = await payload
    .findByID({ collection, id, depth: 0, draft: true, overrideAccess: false, user })
    .catch(() => null)
  if (!doc) return null
  const latest = doc.reviewNotes?.at(-1)
  const words = await readOrgWords(payload)
  return (
    <WorkflowActions
      id={doc.id}
      collection={collection}
      state={doc.reviewState ?? 'draft'}
      actions={availableActions(collection, doc, user)}
      labels={actionLabels(words)}
      latestNote={latest ? { note: latest.note, at: latest.at ?? null } : null}
    />
  )
}
