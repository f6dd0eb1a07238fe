import type { OrgWords } from '@/globals/org-words'
import { asUser, isContributorUser, isStaffUser, sameId, unitOf } from '@/access/roles'

import type { ProvincialStatus, ReviewState } from './states'

export const ACTIONS = [
  'submit',
  'withdraw',
  'return',
  'publish',
  'unpublish',
  'propose',
  'select',
] as const
export type Action = (typeof ACTIONS)[number]

/** Neutral wording where no settings are at hand; `actionLabel` names the upper level. */
export const ACTION_LABELS: Record<Action, string> = {
  submit: 'Gửi duyệt',
  withdraw: 'Rút lại',
  return: 'Trả lại',
  publish: 'Duyệt và xuất bản',
  unpublish: 'Gỡ xuống',
  propose: 'Đề xuất lên cấp trên',
  select: 'Ghi nhận cấp trên đã chọn',
}

export function actionLabel(action: Action, { upperLevel }: Pick<OrgWords, 'upperLevel'>): string {
  if (action === 'propose') return `Đề xuất lên ${upperLevel}`
  if (action === 'select') return `Ghi nhận ${upperLevel} đã chọn`
  return ACTION_LABELS[action]
}

/** Every action's label for one organisation, for the admin's buttons. */
export const actionLabels = (words: Pick<OrgWords, 'upperLevel'>): Record<Action, string> =>
  Object.fromEntries(ACTIONS.map((action) => [action, actionLabel(action, words)])) as Record<
    Action,
    string
  >

export type WorkflowCollection = 'exemplars' | 'articles'

/** What a transition needs to know about the document it moves. */
export type WorkflowDoc = {
  reviewState?: ReviewState | null
  provincialStatus?: ProvincialStatus | null
  unit?: unknown
  consent?: boolean | null
  createdBy?: unknown
}

type Who = 'unit' | 'staff'

type Transition = {
  who: Who[]
  /** Only for exemplars (the province takes up people and collectives, not articles). */
  exemplarsOnly?: boolean
  noteRequired?: boolean
  from: (doc: WorkflowDoc, user: unknown) => boolean
  apply: (doc: WorkflowDoc) => { reviewState?: ReviewState; provincialStatus?: ProvincialStatus }
}

const state = (doc: WorkflowDoc): ReviewState => doc.reviewState ?? 'draft'

/** The one table of transitions (SPEC §3). Nothing else in the code moves a state. */
export const TRANSITIONS: Record<Action, Transition> = {
  submit: {
    who: ['unit', 'staff'],
    from: (doc) => state(doc) === 'draft' || state(doc) === 'returned',
    apply: () => ({ reviewState: 'submitted' }),
  },
  withdraw: {
    who: ['unit'],
    from: (doc) => state(doc) === 'submitted',
    apply: () => ({ reviewState: 'draft' }),
  },
  return: {
    who: ['staff'],
    noteRequired: true,
    from: (doc) => state(doc) === 'submitted',
    apply: () => ({ reviewState: 'returned' }),
  },
  publish: {
    who: ['staff'],
    // From draft only for editors' own work: a unit's draft is not yet sent for review.
    from: (doc, user) =>
      state(doc) === 'submitted' ||
      (state(doc) === 'draft' && sameId(doc.createdBy, asUser(user)?.id)),
    apply: () => ({ reviewState: 'published' }),
  },
  unpublish: {
    who: ['staff'],
    from: (doc) => state(doc) === 'published',
    apply: () => ({ reviewState: 'draft' }),
  },
  propose: {
    who: ['staff'],
    exemplarsOnly: true,
    from: (doc) => state(doc) === 'published' && (doc.provincialStatus ?? 'none') === 'none',
    apply: () => ({ provincialStatus: 'proposed' }),
  },
  select: {
    who: ['staff'],
    exemplarsOnly: true,
    from: (doc) => doc.provincialStatus === 'proposed',
    apply: () => ({ provincialStatus: 'selected' }),
  },
}

export function isAction(value: unknown): value is Action {
  return typeof value === 'string' && (ACTIONS as readonly string[]).includes(value)
}

function roleMatches(who: Who[], user: unknown, doc: WorkflowDoc): boolean {
  if (who.includes('staff') && isStaffUser(user)) return true
  return who.includes('unit') && isContributorUser(user) && sameId(doc.unit, unitOf(user))
}

export type Refusal = { status: 400 | 403 | 409; message: string }

const STATE_NAMES: Record<ReviewState, string> = {
  draft: 'nháp',
  submitted: 'đã gửi duyệt',
  returned: 'trả lại bổ sung',
  published: 'đã xuất bản',
}

/** Why `user` may not take `action` on `doc`, or null when it may. */
export function refusal(
  collection: WorkflowCollection,
  action: Action,
  doc: WorkflowDoc,
  user: unknown,
  note?: string,
  words?: Pick<OrgWords, 'upperLevel'>,
): Refusal | null {
  const transition = TRANSITIONS[action]
  const label = words ? actionLabel(action, words) : ACTION_LABELS[action]
  const upper = words?.upperLevel ?? 'cấp trên'
  if (transition.exemplarsOnly && collection !== 'exemplars') {
    return {
      status: 400,
      message: `Thao tác "${label}" chỉ áp dụng cho gương điển hình.`,
    }
  }
  if (!roleMatches(transition.who, user, doc)) {
    return {
      status: 403,
      message: `Bạn không có quyền thực hiện thao tác "${label}" với hồ sơ này.`,
    }
  }
  if (!transition.from(doc, user)) {
    const provincial = action === 'propose' || action === 'select'
    return {
      status: 409,
      message: provincial
        ? `Không thể "${label}": hồ sơ phải đã xuất bản${action === 'select' ? ` và đã được đề xuất lên ${upper}` : ' và chưa được đề xuất'}.`
        : `Không thể "${label}" khi hồ sơ đang ở trạng thái "${STATE_NAMES[state(doc)]}".`,
    }
  }
  if (transition.noteRequired && !note?.trim()) {
    return { status: 400, message: 'Cần ghi rõ lý do trả lại (ý kiến) để đơn vị bổ sung.' }
  }
  if (action === 'publish' && collection === 'exemplars' && doc.consent !== true) {
    return {
      status: 400,
      message:
        'Chưa thể xuất bản: cần có sự đồng ý công khai thông tin của cá nhân, tập thể được giới thiệu.',
    }
  }
  return null
}

/** The actions `user` may take on `doc` now: the admin shows exactly these buttons. */
export function availableActions(
  collection: WorkflowCollection,
  doc: WorkflowDoc,
  user: unknown,
): Action[] {
  return ACTIONS.filter((action) => {
    const result = refusal(collection, action, doc, user, 'x')
    // Publish stays visible without consent: pressing it explains what is missing.
    return result === null || (action === 'publish' && result.status === 400)
  })
}
