import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { asOfPeriod } from '@/lib/as-of'
import { fold } from '@/lib/vietnamese'
import { EXEMPLARS } from '@/seed/people'
import { dayOnly, timelineOf } from '@/seed/story'

/**
 * People who really hold office in the demo's place and time (the signer of the June 2022
 * letter the demo is modelled on). Demo people are fictional: none of these may appear.
 */
const REAL_OFFICIALS = ['Hoàng Thị Thúy']

function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? sources(path.join(dir, entry.name))
        : /\.(ts|tsx|json|md)$/.test(entry.name)
          ? [path.join(dir, entry.name)]
          : [],
    )
}

describe('demo content', () => {
  it('names no real official (exemplars, signers, persons responsible)', () => {
    const files = [...sources(path.resolve('src/seed')), path.resolve('README.md')]
    for (const file of files) {
      const text = fold(fs.readFileSync(file, 'utf8'))
      for (const name of REAL_OFFICIALS) expect(text, file).not.toContain(fold(name))
    }
  })

  it('opens on its own last month; a real deployment on today', () => {
    const last = EXEMPLARS.map((e) => e.period)
      .sort()
      .at(-1)
    expect(last).toBe('2022-12')
    expect(asOfPeriod({ demoMonth: '2022-12' }, new Date('2026-12-01T00:00:00Z'))).toBe('2022-12')
    expect(asOfPeriod({ demoMonth: null }, new Date('2026-11-30T18:00:00Z'))).toBe('2026-12')
    expect(asOfPeriod({ demoMonth: 'bogus' }, new Date('2026-11-30T10:00:00Z'))).toBe('2026-11')
  })
})

describe('demo publication dates', () => {
  const published = EXEMPLARS.filter((seed) => seed.state === 'published')

  it('publishes each profile a few days after its own month, not at the moment of seeding', () => {
    for (const seed of published) {
      const on = timelineOf(seed).publishedOn!
      const [year, month] = seed.period.split('-').map(Number)
      // From the month's own list (last week of M) to a week or so after the day-5 deadline.
      expect(on.getTime(), seed.name).toBeGreaterThan(Date.UTC(year, month - 1, 20))
      expect(on.getTime(), seed.name).toBeLessThan(Date.UTC(year, month + 1, 1))
    }
  })

  it('spreads them over the demo period, one date nearly each', () => {
    const days = new Set(published.map((seed) => dayOnly(timelineOf(seed).publishedOn!)))
    expect(published.length).toBeGreaterThan(20)
    expect(days.size).toBeGreaterThan(published.length * 0.75)
  })
})
