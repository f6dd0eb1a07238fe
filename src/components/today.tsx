'use client'

import { useSyncExternalStore } from 'react'

import { displayToday } from '@/lib/dates'

const noSubscription = () => () => {}

/**
 * Today's date in the banner. Rendered on the server for readers without script, then read in
 * the browser, so a page served from the cache never shows yesterday.
 */
export function Today({ rendered }: { rendered: string }) {
  const text = useSyncExternalStore(noSubscription, displayToday, () => rendered)
  return (
    <p className="today" suppressHydrationWarning>
      {text}
    </p>
  )
}
