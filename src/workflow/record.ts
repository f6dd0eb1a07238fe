import type { CollectionAfterChangeHook } from 'payload'

import { readOrgWords } from '@/globals/org-words'

import { audit } from './audit'
import { WORKFLOW_CONTEXT } from './constants'
import { notifyTransition } from './notify'
import {
  provincialStatusLabel,
  REVIEW_STATE_LABELS,
  type ProvincialStatus,
  type ReviewState,
} from './states'
import type { Action, WorkflowCollection } from './transitions'

type TransitionContext = { action: Action; note?: string }

const stateLabel = (value: unknown) =>
  value ? (REVIEW_STATE_LABELS[value as ReviewState] ?? String(value)) : null

/**
 * After a transition (or a publication change, a move to or from the trash, through any other
 * door): an audit entry in the same transaction, and the notification once the change is saved.
 */
export const recordReviewChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const slug = collection.slug as WorkflowCollection
  const transition = req.context?.[WORKFLOW_CONTEXT] as TransitionContext | true | undefined
  const title = doc.name ?? doc.title ?? String(doc.id)
  if (operation === 'update' && Boolean(previousDoc?.deletedAt) !== Boolean(doc.deletedAt)) {
    // Moved to the trash, or restored from it: recorded like any other change of state.
    await audit(req, {
      action: doc.deletedAt ? 'trash' : 'restore',
      targetCollection: slug,
      docId: doc.id,
      summary: title,
      from: previousDoc?.deletedAt ? 'Thùng rác' : stateLabel(previousDoc?.reviewState),
      to: doc.deletedAt ? 'Thùng rác' : stateLabel(doc.reviewState),
    })
    return doc
  }
  if (transition && transition !== true) {
    const provincial = transition.action === 'propose' || transition.action === 'select'
    const words = provincial ? await readOrgWords(req.payload, req) : null
    const provincialLabel = (status: unknown) =>
      words ? provincialStatusLabel((status ?? 'none') as ProvincialStatus, words) : null
    await audit(req, {
      action: transition.action,
      targetCollection: slug,
      docId: doc.id,
      summary: title,
      from: provincial
        ? provincialLabel(previousDoc?.provincialStatus)
        : stateLabel(previousDoc?.reviewState ?? 'draft'),
      to: provincial ? provincialLabel(doc.provincialStatus) : stateLabel(doc.reviewState),
      note: transition.note ?? null,
    })
    const { payload } = req
    // Mail leaves after the response: a slow or absent SMTP server never fails a transition.
    setImmediate(() => {
      notifyTransition(payload, slug, transition.action, doc, transition.note).catch((error) =>
        payload.logger.error({ err: error, msg: 'Không gửi được thư thông báo' }),
      )
    })
    return doc
  }
  if (
    operation === 'update' &&
    previousDoc?._status &&
    previousDoc._status !== doc._status &&
    !transition
  ) {
    await audit(req, {
      action: doc._status === 'published' ? 'publish' : 'unpublish',
      targetCollection: slug,
      docId: doc.id,
      summary: title,
      from: stateLabel(previousDoc.reviewState),
      to: stateLabel(doc.reviewState),
    })
  }
  return doc
}
