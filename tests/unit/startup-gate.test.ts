import { afterEach, describe, expect, it } from 'vitest'

import { closeStartupGate, holdUntilStarted, openStartupGate } from '@/server/startup-gate'

afterEach(() => openStartupGate())

describe('the start-up gate (src/server/startup-gate.ts)', () => {
  it('lets requests through when nothing closed it (tests, next dev before register)', () => {
    expect(holdUntilStarted('/', () => {})).toBe(false)
  })

  it('holds requests while the server starts and lets them through in arrival order', () => {
    closeStartupGate()
    const resumed: string[] = []
    for (const url of ['/', '/guong-dien-hinh', '/api/exemplars']) {
      expect(holdUntilStarted(url, () => resumed.push(url))).toBe(true)
    }
    expect(resumed).toEqual([])
    openStartupGate()
    expect(resumed).toEqual(['/', '/guong-dien-hinh', '/api/exemplars'])
    // Once open, nothing waits and nothing is resumed twice.
    expect(holdUntilStarted('/tin-tuc', () => resumed.push('/tin-tuc'))).toBe(false)
    openStartupGate()
    expect(resumed).toHaveLength(3)
  })

  it('does not hold health and readiness, which only report the state', () => {
    closeStartupGate()
    expect(holdUntilStarted('/api/health', () => {})).toBe(false)
    expect(holdUntilStarted('/api/ready?x=1', () => {})).toBe(false)
    expect(holdUntilStarted('/api/healthy', () => {})).toBe(true)
  })
})
