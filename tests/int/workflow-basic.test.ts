import { beforeAll, describe, expect, it } from 'vitest'

import { performTransition } from '@/workflow/perform'

import { as, createFixtures, testPayload, validExemplar, type Fixtures } from '../helpers/payload'

let f: Fixtures

beforeAll(async () => {
  f = await createFixtures(await testPayload())
})

describe('a month of review, step by step', () => {
  it('runs draft → submitted → returned → submitted → published → proposed → selected', async () => {
    const run = (
      id: number | string,
      action: string,
      user: Parameters<typeof as>[0],
      note?: string,
    ) =>
      performTransition({
        payload: f.payload,
        collection: 'exemplars',
        id,
        action,
        note,
        user: as(user),
      })

    const draft = await f.payload.create({
      collection: 'exemplars',
      data: validExemplar({ name: 'Hoàng Thị Lan', consent: true }),
      user: as(f.contributorA),
      overrideAccess: false,
      draft: true,
    })
    const submitted = await run(draft.id, 'submit', f.contributorA)
    expect(submitted.reviewState).toBe('submitted')
    expect(submitted.submittedAt).toBeTruthy()

    await expect(run(draft.id, 'return', f.editor)).rejects.toMatchObject({ status: 400 })
    const returned = await run(draft.id, 'return', f.editor, 'Bổ sung ảnh chân dung.')
    expect(returned.reviewState).toBe('returned')
    expect(returned.reviewNotes?.at(-1)?.note).toContain('Bổ sung ảnh chân dung.')

    await f.payload.update({
      collection: 'exemplars',
      id: draft.id,
      data: { summary: 'Đã bổ sung thành tích năm 2022.' },
      user: as(f.contributorA),
      overrideAccess: false,
      draft: true,
    })
    await run(draft.id, 'submit', f.contributorA)
    await expect(run(draft.id, 'publish', f.contributorA)).rejects.toMatchObject({ status: 403 })
    const published = await run(draft.id, 'publish', f.editor)
    expect(published.reviewState).toBe('published')
    expect(published._status).toBe('published')

    const seen = await f.payload.findByID({
      collection: 'exemplars',
      id: draft.id,
      overrideAccess: false,
    })
    expect(seen.summary).toBe('Đã bổ sung thành tích năm 2022.')

    await expect(run(draft.id, 'select', f.editor)).rejects.toMatchObject({ status: 409 })
    const provincial = async (action: string, user: Parameters<typeof as>[0]) =>
      ((await run(draft.id, action, user)) as { provincialStatus?: string }).provincialStatus
    expect(await provincial('propose', f.editor)).toBe('proposed')
    expect(await provincial('select', f.admin)).toBe('selected')

    const log = await f.payload.find({
      collection: 'audit-log',
      where: { docId: { equals: String(draft.id) } },
      sort: 'at',
      user: as(f.editor),
      overrideAccess: false,
    })
    expect(log.docs.map((entry) => entry.action)).toEqual([
      'submit',
      'return',
      'submit',
      'publish',
      'propose',
      'select',
    ])
  })
})
