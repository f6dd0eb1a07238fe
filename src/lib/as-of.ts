import type { Payload } from 'payload'

import { isPeriod, periodOf } from './period'

type WithDemoMonth = { demoMonth?: string | null } | null | undefined

/**
 * The month the home figures, the report's default range and the dashboard's "Tháng này" open
 * on: today's, unless the site runs on demo content, whose last month is recorded in site
 * settings (`demoMonth`, set by the seed) so a newcomer sees the demo's own months.
 */
export function asOfPeriod(settings: WithDemoMonth, now = new Date()): string {
  const demo = settings?.demoMonth
  return isPeriod(demo) ? demo : periodOf(now)
}

export async function readAsOfPeriod(payload: Payload, now = new Date()): Promise<string> {
  const settings = await payload
    .findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
    .catch(() => null)
  return asOfPeriod(settings, now)
}
