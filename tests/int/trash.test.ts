/**
 * Trash (soft delete) for exemplars and articles: who may move a document to the trash, restore
 * it or delete it for good, and that a trashed document leaves every public read.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { performTransition } from '@/workflow/perform'

import {
  asActor,
  createInState,
  expectNotVisible,
  rejection,
  type ContentSlug,
} from '../helpers/access'
import { createFixtures, testPayload, type Fixtures } from '../helpers/payload'

let f: Fixtures

beforeAll(async () => {
  f = await createFixtures(await testPayload())
})

/** What the public site asks (src/lib/cms.ts): anonymous, published, no trash parameter. */
async function publicIds(slug: ContentSlug): Promise<number[]> {
  const { docs } = await f.payload.find({
    collection: slug,
    where: { _status: { equals: 'published' } },
    overrideAccess: false,
    draft: false,
    depth: 0,
    pagination: false,
  })
  return docs.map((doc) => doc.id as number)
}

async function auditActions(slug: ContentSlug, id: number | string): Promise<string[]> {
  const { docs } = await f.payload.find({
    collection: 'audit-log',
    where: { and: [{ targetCollection: { equals: slug } }, { docId: { equals: String(id) } }] },
    sort: 'at',
    pagination: false,
  })
  return docs.map((doc) => doc.action)
}

const trash = (slug: ContentSlug, id: number | string, actor: Parameters<typeof asActor>[1]) =>
  f.payload.update({
    collection: slug,
    id,
    data: { deletedAt: new Date().toISOString() } as never,
    ...asActor(f, actor),
  })

const restore = (slug: ContentSlug, id: number | string, actor: Parameters<typeof asActor>[1]) =>
  f.payload.update({
    collection: slug,
    id,
    trash: true,
    data: { deletedAt: null } as never,
    ...asActor(f, actor),
  })

describe.each(['exemplars', 'articles'] as const)('%s', (slug) => {
  it('an editor trashes a published document: it leaves the public site; restoring brings it back', async () => {
    const doc = await createInState(f.payload, slug, f.unitA.id, { reviewState: 'published' })
    expect(await publicIds(slug)).toContain(doc.id)

    await trash(slug, doc.id, 'editor')
    expect(await publicIds(slug)).not.toContain(doc.id)
    await expectNotVisible(
      f.payload.findByID({ collection: slug, id: doc.id, ...asActor(f, 'anonymous') }),
    )
    // Staff find it in the trash.
    const inTrash = await f.payload.find({
      collection: slug,
      trash: true,
      where: { deletedAt: { exists: true } },
      ...asActor(f, 'editor'),
    })
    expect(inTrash.docs.map((item) => item.id)).toContain(doc.id)
    // A trashed document is out of the workflow's reach too.
    const moved = await rejection(
      performTransition({
        payload: f.payload,
        collection: slug,
        id: doc.id,
        action: 'unpublish',
        user: f.editor,
      }),
    )
    expect(moved.status).toBe(404)

    await restore(slug, doc.id, 'editor')
    expect(await publicIds(slug)).toContain(doc.id)
    expect(await auditActions(slug, doc.id)).toEqual(['trash', 'restore'])
  })

  it("a contributor trashes and restores its unit's draft, not a submitted one nor another unit's", async () => {
    const draft = await createInState(f.payload, slug, f.unitA.id, { reviewState: 'draft' })
    const submitted = await createInState(f.payload, slug, f.unitA.id, { reviewState: 'submitted' })

    expect([403, 404]).toContain((await rejection(trash(slug, draft.id, 'contributorB'))).status)
    expect([403, 404]).toContain((await rejection(trash(slug, draft.id, 'anonymous'))).status)
    expect([403, 404]).toContain(
      (await rejection(trash(slug, submitted.id, 'contributorA'))).status,
    )

    await trash(slug, draft.id, 'contributorA')
    const trashed = await f.payload.findByID({ collection: slug, id: draft.id, trash: true })
    expect(trashed.deletedAt).toBeTruthy()
    await restore(slug, draft.id, 'contributorA')
    const back = await f.payload.findByID({ collection: slug, id: draft.id })
    expect(back.deletedAt ?? null).toBeNull()
  })

  it('only an admin deletes for good', async () => {
    const doc = await createInState(f.payload, slug, f.unitA.id, { reviewState: 'draft' })
    await trash(slug, doc.id, 'editor')
    for (const actor of ['contributorA', 'editor'] as const) {
      const error = await rejection(
        f.payload.delete({ collection: slug, id: doc.id, trash: true, ...asActor(f, actor) }),
      )
      expect([403, 404]).toContain(error.status)
    }
    await f.payload.delete({ collection: slug, id: doc.id, trash: true, ...asActor(f, 'admin') })
    const gone = await f.payload.findByID({
      collection: slug,
      id: doc.id,
      trash: true,
      disableErrors: true,
    })
    expect(gone).toBeNull()
  })
})

it('a trashed exemplar disappears from a published article that links to it', async () => {
  const exemplar = await createInState(f.payload, 'exemplars', f.unitA.id, {
    reviewState: 'published',
  })
  const article = await createInState(
    f.payload,
    'articles',
    f.unitA.id,
    { reviewState: 'published' },
    { exemplars: [exemplar.id] },
  )
  await trash('exemplars', exemplar.id, 'editor')
  const read = await f.payload.findByID({
    collection: 'articles',
    id: article.id,
    depth: 1,
    ...asActor(f, 'anonymous'),
  })
  const linked = (read.exemplars ?? []).filter((item) => item && typeof item === 'object')
  expect(linked).toEqual([])
})
