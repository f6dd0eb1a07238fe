/** Set in `req.context` by a transition: the one write that may move review fields. */
export const WORKFLOW_CONTEXT = 'workflowTransition'

/** Set in `req.context` while Payload restores a version (staff only, ./plugin). */
export const RESTORE_CONTEXT = 'workflowRestoreVersion'

/** Set in `req.context` by the plugin's own bookkeeping writes (upload usage). */
export const SYSTEM_CONTEXT = 'workflowSystemWrite'

/** The review record: written by the workflow only, read by staff and the owning unit. */
export const REVIEW_FIELD_NAMES = [
  'reviewState',
  'submittedAt',
  'createdBy',
  'provincialStatus',
  'reviewNotes',
] as const

/** Of those, what a visitor never reads (the state itself shows on the page as "published"). */
export const INTERNAL_FIELD_NAMES = ['submittedAt', 'createdBy', 'reviewNotes'] as const
