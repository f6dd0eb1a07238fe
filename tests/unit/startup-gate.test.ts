import { afterEach, describe, expect, it } from 'vitest'

import { closeStartupGate, holdUntilStarted, openStartupGate } from '@/server/startup-gate'

/** A request as the HTTP edge hands it over: resumed, and told when its response ended. */
function request(url: string, log: string[]) {
  let finish: (() => void) | null = null
  const held = holdUntilStarted(
    url,
    () => log.push(url),
    (done) => (finish = done),
  )
  if (!held) log.push(url)
  return { held, end: () => finish?.() }
}

afterEach(() => {
  // Leave the gate open for other tests: a closed one would hold nothing here, but be tidy.
  closeStartupGate()
  openStartupGate()
  holdUntilStarted(
    '/',
    () => {},
    (done) => done(),
  )
})

describe('the start-up gate (src/server/startup-gate.ts)', () => {
  it('holds requests while the server starts, then lets one page through alone', () => {
    closeStartupGate()
    const log: string[] = []
    const home = request('/', log)
    const list = request('/guong-dien-hinh', log)
    const api = request('/api/exemplars', log)
    const robots = request('/robots.txt', log)
    expect([home.held, list.held, api.held, robots.held]).toEqual([true, true, true, true])
    expect(log).toEqual([])
    openStartupGate()
    // The first page and everything that is not a page go on; the other page waits.
    expect(log).toEqual(['/', '/api/exemplars', '/robots.txt'])
    const later = request('/tin-tuc', log)
    expect(later.held).toBe(true)
    home.end()
    expect(log).toEqual(['/', '/api/exemplars', '/robots.txt', '/guong-dien-hinh', '/tin-tuc'])
    // Open for good: nothing waits, nothing is resumed twice.
    expect(request('/thu-vien-anh', log).held).toBe(false)
    home.end()
    expect(log).toHaveLength(6)
  })

  it('makes the first page after start-up the one that goes alone when none was held', () => {
    closeStartupGate()
    openStartupGate()
    const log: string[] = []
    const first = request('/guong-dien-hinh/hua-van-dinh', log)
    expect(first.held).toBe(false)
    expect(request('/', log).held).toBe(true)
    expect(request('/api/health', log).held).toBe(false)
    first.end()
    expect(log).toEqual(['/guong-dien-hinh/hua-van-dinh', '/api/health', '/'])
  })

  it('never holds health and readiness, and holds nothing when never closed', () => {
    closeStartupGate()
    const log: string[] = []
    expect(request('/api/health', log).held).toBe(false)
    expect(request('/api/ready?x=1', log).held).toBe(false)
    expect(request('/api/healthy', log).held).toBe(true)
  })
})
