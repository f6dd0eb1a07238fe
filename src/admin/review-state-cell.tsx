'use client'

import { ReviewStateBadge } from './review-state-badge'

/** The review state as a coloured badge in list views. */
export function ReviewStateCell({ cellData }: { cellData?: string | null }) {
  return <ReviewStateBadge state={cellData} />
}
