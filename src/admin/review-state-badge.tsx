import { Pill } from '@payloadcms/ui'
import type { ComponentProps } from 'react'

import { REVIEW_STATE_LABELS, type ReviewState } from '@/workflow/states'

/** The admin's own pill colours: waiting amber, returned red, published green. */
const STYLES: Record<ReviewState, NonNullable<ComponentProps<typeof Pill>['pillStyle']>> = {
  draft: 'light-gray',
  submitted: 'warning',
  returned: 'error',
  published: 'success',
}

export function ReviewStateBadge({ state }: { state?: string | null }) {
  const value = (state ?? 'draft') as ReviewState
  return (
    <Pill className={`lt-badge lt-badge--${value}`} pillStyle={STYLES[value]} size="small">
      {REVIEW_STATE_LABELS[value] ?? value}
    </Pill>
  )
}
