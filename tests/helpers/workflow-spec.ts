/**
 * SPEC §3 written out once for the workflow matrices (Local API and REST). Deliberately
 * independent of src/workflow: a matrix that imported the transition table could not fail.
 */

export type Actor = 'admin' | 'editor' | 'contributorA' | 'contributorB' | 'anonymous'
export type WorkflowSlug = 'exemplars' | 'articles'
export type State = 'draft' | 'submitted' | 'returned' | 'published'
export type Provincial = 'none' | 'proposed' | 'selected'
export type Action =
  'submit' | 'withdraw' | 'return' | 'publish' | 'unpublish' | 'propose' | 'select'
export type Start = { reviewState: State; provincialStatus?: Provincial }
/** Who created the document (`createdBy`): publishing from draft is only for staff's own work. */
export type Owner = 'contributorA' | 'editor' | 'admin'

type Rule = {
  who: Actor[]
  /** Whether the action may start from `start`; `ownWork`: the actor created the document. */
  from: (start: Start, ownWork: boolean) => boolean
  to: Partial<Start>
  exemplarsOnly?: true
  noteRequired?: true
}

const STAFF: Actor[] = ['editor', 'admin']

export const SPEC_RULES: Record<Action, Rule> = {
  submit: {
    who: ['contributorA', ...STAFF],
    from: (s) => s.reviewState === 'draft' || s.reviewState === 'returned',
    to: { reviewState: 'submitted' },
  },
  withdraw: {
    who: ['contributorA'],
    from: (s) => s.reviewState === 'submitted',
    to: { reviewState: 'draft' },
  },
  return: {
    who: STAFF,
    from: (s) => s.reviewState === 'submitted',
    to: { reviewState: 'returned' },
    noteRequired: true,
  },
  publish: {
    who: STAFF,
    from: (s, ownWork) => s.reviewState === 'submitted' || (s.reviewState === 'draft' && ownWork),
    to: { reviewState: 'published' },
  },
  unpublish: {
    who: STAFF,
    from: (s) => s.reviewState === 'published',
    to: { reviewState: 'draft' },
  },
  propose: {
    who: STAFF,
    exemplarsOnly: true,
    from: (s) => s.reviewState === 'published' && (s.provincialStatus ?? 'none') === 'none',
    to: { provincialStatus: 'proposed' },
  },
  select: {
    who: STAFF,
    exemplarsOnly: true,
    from: (s) => s.provincialStatus === 'proposed',
    to: { provincialStatus: 'selected' },
  },
}

export type SpecCell = {
  slug: WorkflowSlug
  actor: Actor
  action: Action
  note?: string
  start: Start
  owner: Owner
  /** Exemplars only: the person agreed to publication. */
  consent: boolean
}

export type Outcome =
  | { refused: true; status: number }
  | { refused: false; reviewState: State; provincialStatus?: Provincial }

/** Which refusal wins when several apply: 401, 404, 400 (articles), 403, 409, then 400. */
export function expected(cell: SpecCell): Outcome {
  const refuse = (status: number): Outcome => ({ refused: true, status })
  if (cell.actor === 'anonymous') return refuse(401)
  // Another unit's contributor cannot even see unit A's documents.
  if (cell.actor === 'contributorB') return refuse(404)
  const rule = SPEC_RULES[cell.action]
  if (rule.exemplarsOnly && cell.slug === 'articles') return refuse(400)
  if (!rule.who.includes(cell.actor)) return refuse(403)
  if (!rule.from(cell.start, cell.owner === cell.actor)) return refuse(409)
  if (rule.noteRequired && !cell.note?.trim()) return refuse(400)
  if (cell.action === 'publish' && cell.slug === 'exemplars' && !cell.consent) return refuse(400)
  return {
    refused: false,
    reviewState: rule.to.reviewState ?? cell.start.reviewState,
    provincialStatus:
      cell.slug === 'exemplars'
        ? (rule.to.provincialStatus ?? cell.start.provincialStatus ?? 'none')
        : undefined,
  }
}

/** Every action once, `return` both with and without a note. */
export function actionVariants(
  note: string,
): Array<{ action: Action; note?: string; label: string }> {
  return [
    { action: 'submit', label: 'submit' },
    { action: 'withdraw', label: 'withdraw' },
    { action: 'return', note, label: 'return (note)' },
    { action: 'return', label: 'return (no note)' },
    { action: 'publish', label: 'publish' },
    { action: 'unpublish', label: 'unpublish' },
    { action: 'propose', label: 'propose' },
    { action: 'select', label: 'select' },
  ]
}

export const startLabel = (s: Start) =>
  s.provincialStatus ? `${s.reviewState}/${s.provincialStatus}` : s.reviewState
