'use client'

import { useEffect, useState } from 'react'

import { displayToday } from '@/lib/dates'

/**
 * Today's date in the banner. Rendered on the server for readers without script, then set by
 * the browser, so a page served from the cache never shows yesterday.
 */
export function Today({ rendered }: { rendered: string }) {
  const [text, setText] = useState(rendered)
  useEffect(() => setText(displayToday()), [])
  return (
    <p className="today" suppressHydrationWarning>
      {text}
    </p>
  )
}
