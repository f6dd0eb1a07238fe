import type {
  CollectionConfig,
  CollectionSlug,
  Config,
  Field,
  GlobalConfig,
  GlobalSlug,
  Payload,
  PayloadRequest,
  Plugin,
} from 'payload'

import { isStaff } from '@/access'
import { checkIfMatch } from '@/hooks/precondition'
import { scopeToUnit } from '@/hooks/scope-to-unit'

import {
  createReviewed,
  deleteReviewed,
  hideInternalFields,
  internalField,
  readReviewed,
  updateReviewed,
} from './access'
import { INTERNAL_FIELD_NAMES } from './constants'
import { workflowEndpoint } from './endpoint'
import { reviewFields } from './fields'
import { guardFrozen, saveOnPublished } from './frozen'
import { guardWorkflowFields } from './guard'
import { secureLocks } from './locks'
import { recordReviewChange } from './record'
import { dataFields, fieldLabel, type DataField } from './schema'
import { dropSystemFields, staffRestoresVersions } from './system-fields'
import type { WorkflowCollection } from './transitions'
import {
  readUpload,
  rebuildUploadUsage,
  trackCollectionUse,
  trackGlobalUse,
  unlessFrozen,
  USAGE_FIELDS,
  type ReferrerKind,
} from './uploads'

export type ReviewedCollectionOptions = {
  /** Exemplars go on to the province (`propose`, `select`). */
  provincial?: boolean
  /** Fields the unit may still change once the document is published (the coverage log). */
  openAfterPublish?: string[]
}

export type ReviewWorkflowOptions = {
  collections: Partial<Record<WorkflowCollection, ReviewedCollectionOptions>>
  /** Upload collections whose files are public only when published content uses them. */
  uploads: string[]
}

type Referrer = Parameters<typeof rebuildUploadUsage>[1][number]

/** Filled when the plugin runs: the repair script and migrations rebuild usage from it. */
const registry: { referrers: Referrer[]; tracked: Set<string> } = {
  referrers: [],
  tracked: new Set(),
}

/** Rebuilds every tracked upload's usage from the documents (migrations; `npm run` repair). */
export const rebuildUsage = (payload: Payload, req?: PayloadRequest) =>
  rebuildUploadUsage(payload, registry.referrers, registry.tracked, req)

const withFieldAccess = (fields: Field[], names: readonly string[]): Field[] =>
  fields.map((field) =>
    field.type !== 'ui' && 'name' in field && (names as readonly string[]).includes(field.name)
      ? ({ ...field, access: { ...field.access, read: internalField } } as Field)
      : field,
  )

function reviewed(
  collection: CollectionConfig,
  options: ReviewedCollectionOptions,
): CollectionConfig {
  const slug = collection.slug as WorkflowCollection
  const open = options.openAfterPublish ?? []
  const fields = [
    ...collection.fields,
    ...withFieldAccess(
      reviewFields({ provincial: Boolean(options.provincial) }),
      INTERNAL_FIELD_NAMES,
    ),
  ]
  const schema = dataFields(fields)
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    fields,
    versions: collection.versions ?? { drafts: { validate: true }, maxPerDoc: 50 },
    trash: collection.trash ?? true,
    access: {
      ...collection.access,
      read: readReviewed,
      readVersions: isStaff,
      create: createReviewed,
      update: updateReviewed(open),
      delete: deleteReviewed,
    },
    endpoints: [...(collection.endpoints || []), workflowEndpoint(slug)],
    // The review rules run in this order, before the collection's own checks.
    hooks: {
      ...hooks,
      beforeOperation: [staffRestoresVersions, saveOnPublished, ...(hooks.beforeOperation ?? [])],
      beforeValidate: [...(hooks.beforeValidate ?? []), scopeToUnit],
      beforeChange: [
        checkIfMatch,
        dropSystemFields,
        guardWorkflowFields,
        guardFrozen(
          schema,
          open,
          open.map((name) => fieldLabel(collection.fields, name)),
        ),
        ...(hooks.beforeChange ?? []),
      ],
      afterChange: [recordReviewChange, ...(hooks.afterChange ?? [])],
      afterRead: [...(hooks.afterRead ?? []), hideInternalFields],
    },
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        edit: {
          ...collection.admin?.components?.edit,
          beforeDocumentControls: [
            { path: '/admin/workflow-panel#WorkflowPanel', serverProps: { collection: slug } },
            ...(collection.admin?.components?.edit?.beforeDocumentControls ?? []),
          ],
          PublishButton: '/admin/hidden#Hidden',
          UnpublishButton: '/admin/hidden#Hidden',
          // Payload's draft/published line would contradict the review-state badge.
          Status: '/admin/hidden#Hidden',
        },
      },
    },
  }
}

function trackedUpload(collection: CollectionConfig): CollectionConfig {
  const hasUnit = collection.fields.some((field) => 'name' in field && field.name === 'unit')
  return {
    ...collection,
    fields: [...collection.fields, ...USAGE_FIELDS],
    access: {
      ...collection.access,
      read: readUpload(hasUnit),
      update: unlessFrozen(collection.access?.update),
      delete: unlessFrozen(collection.access?.delete),
    },
  }
}

function referrerKind(collection: CollectionConfig, reviewedSlugs: Set<string>): ReferrerKind {
  if (reviewedSlugs.has(collection.slug)) return 'reviewed'
  return collection.versions &&
    typeof collection.versions === 'object' &&
    collection.versions.drafts
    ? 'drafts'
    : 'plain'
}

const refersTo = (fields: DataField[], tracked: Set<string>): boolean =>
  fields.some((field) => {
    if (field.kind === 'richText') return true
    if (field.kind === 'relation') {
      const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
      return targets.some((target) => tracked.has(target))
    }
    return field.kind === 'rows' || field.kind === 'group' ? refersTo(field.fields, tracked) : false
  })

/**
 * The review workflow as one Payload plugin: for each reviewed collection its review fields,
 * access rules, hooks (in a fixed order), the transition endpoint and the admin's workflow bar;
 * for the uploads those documents use, who may read and change them; for document locks, that
 * they belong to their requester. What is frozen and what is visible is defined here once.
 */
export const reviewWorkflow =
  (options: ReviewWorkflowOptions): Plugin =>
  (config: Config): Config => {
    const reviewedSlugs = new Set(Object.keys(options.collections))
    const tracked = new Set(options.uploads)
    const referrers: Referrer[] = []

    const collections = (config.collections ?? []).map((collection) => {
      let next = collection
      const own = options.collections[collection.slug as WorkflowCollection]
      if (own) next = reviewed(next, own)
      if (tracked.has(next.slug)) next = trackedUpload(next)
      const fields = dataFields(next.fields)
      if (!tracked.has(next.slug) && refersTo(fields, tracked)) {
        const kind = referrerKind(next, reviewedSlugs)
        const track = trackCollectionUse(fields, tracked, kind)
        referrers.push({ slug: next.slug as CollectionSlug, fields, kind })
        next = {
          ...next,
          hooks: {
            ...next.hooks,
            afterChange: [...(next.hooks?.afterChange ?? []), track.afterChange],
            afterDelete: [...(next.hooks?.afterDelete ?? []), track.afterDelete],
          },
        }
      }
      return next
    })

    const globals = (config.globals ?? []).map((global): GlobalConfig => {
      const fields = dataFields(global.fields)
      if (!refersTo(fields, tracked)) return global
      referrers.push({ slug: global.slug as GlobalSlug, fields, kind: 'plain', global: true })
      return {
        ...global,
        hooks: {
          ...global.hooks,
          afterChange: [...(global.hooks?.afterChange ?? []), trackGlobalUse(fields, tracked)],
        },
      }
    })

    registry.referrers = referrers
    registry.tracked = tracked
    const onInit = config.onInit
    return {
      ...config,
      collections,
      globals,
      onInit: async (payload) => {
        // Payload adds its lock collection after plugins run: its rules are set here.
        secureLocks(payload)
        await onInit?.(payload)
      },
    }
  }
