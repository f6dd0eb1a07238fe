import { beforeAll, describe, expect, it } from 'vitest'

import { as, createFixtures, testPayload, validExemplar, type Fixtures } from '../helpers/payload'

let f: Fixtures

beforeAll(async () => {
  f = await createFixtures(await testPayload())
})

describe('foundation smoke', () => {
  it('makes the first user an admin and files a contributor draft under its own unit', async () => {
    expect(f.admin.role).toBe('admin')
    const doc = await f.payload.create({
      collection: 'exemplars',
      data: validExemplar({ unit: f.unitB.id }),
      user: as(f.contributorA),
      overrideAccess: false,
      draft: true,
    })
    expect(doc.unit && typeof doc.unit === 'object' ? doc.unit.id : doc.unit).toBe(f.unitA.id)
    expect(doc.slug).toBe('nguyen-van-an')
    expect(doc.reviewState).toBe('draft')
    expect(doc._status).toBe('draft')
  })
})
