import { REVIEW_STATE_LABELS, type ReviewState } from '@/workflow/states'

export function ReviewStateBadge({ state }: { state?: string | null }) {
  const value = (state ?? 'draft') as ReviewState
  return (
    <span className={`lt-badge lt-badge--${value}`}>{REVIEW_STATE_LABELS[value] ?? value}</span>
  )
}
