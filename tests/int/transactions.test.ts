/**
 * A write and its side effects commit together or not at all: a hook that fails after the
 * audit entry was written leaves neither the document change, nor its version, nor the entry.
 * On SQLite this holds only because src/server/transactions.ts gives Payload real transactions
 * (the adapter ships with them switched off).
 */
import type { CollectionAfterChangeHook } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { performTransition } from '@/workflow/perform'

import { createInState, rejection, stored } from '../helpers/access'
import { createFixtures, testPayload, validExemplar, type Fixtures } from '../helpers/payload'

let f: Fixtures
let failNext = false

/** Appended after the collection's own afterChange hooks (the audit entry is already written). */
const failingHook: CollectionAfterChangeHook = ({ doc }) => {
  if (!failNext) return doc
  failNext = false
  throw new Error('injected failure after the side effects')
}

beforeAll(async () => {
  f = await createFixtures(await testPayload())
  for (const slug of ['exemplars', 'articles'] as const) {
    const hooks = f.payload.collections[slug].config.hooks
    hooks.afterChange = [...(hooks.afterChange ?? []), failingHook]
  }
})

afterAll(() => {
  for (const slug of ['exemplars', 'articles'] as const) {
    const hooks = f.payload.collections[slug].config.hooks
    hooks.afterChange = (hooks.afterChange ?? []).filter((hook) => hook !== failingHook)
  }
})

const auditCount = async () => (await f.payload.count({ collection: 'audit-log' })).totalDocs
const versionCount = async (id: number | string) =>
  (
    await f.payload.countVersions({
      collection: 'exemplars',
      where: { parent: { equals: id } },
    })
  ).totalDocs

describe('a hook failing mid-operation', () => {
  it('a workflow transition: no state change, no version, no audit entry', async () => {
    const doc = await createInState(f.payload, 'exemplars', f.unitA.id, { reviewState: 'draft' })
    const [audits, versions] = [await auditCount(), await versionCount(doc.id)]

    failNext = true
    const error = await rejection(
      performTransition({
        payload: f.payload,
        collection: 'exemplars',
        id: doc.id,
        action: 'submit',
        user: f.contributorA,
      }),
    )
    expect(error.message).toMatch(/injected failure/)

    const after = await stored(f.payload, 'exemplars', doc.id)
    expect(after.reviewState).toBe('draft')
    expect(after.submittedAt ?? null).toBeNull()
    expect(await versionCount(doc.id)).toBe(versions)
    expect(await auditCount()).toBe(audits)

    // The same transition without the failure goes through, with its audit entry.
    await performTransition({
      payload: f.payload,
      collection: 'exemplars',
      id: doc.id,
      action: 'submit',
      user: f.contributorA,
    })
    expect((await stored(f.payload, 'exemplars', doc.id)).reviewState).toBe('submitted')
    expect(await auditCount()).toBe(audits + 1)
  })

  it('moving to the trash: the document stays out of the trash and no entry is left', async () => {
    const doc = await createInState(f.payload, 'articles', f.unitA.id, { reviewState: 'draft' })
    const audits = await auditCount()
    failNext = true
    await rejection(
      f.payload.update({
        collection: 'articles',
        id: doc.id,
        data: { deletedAt: new Date().toISOString() } as never,
        user: { ...f.editor, collection: 'users' },
        overrideAccess: false,
      }),
    )
    expect((await stored(f.payload, 'articles', doc.id)).deletedAt ?? null).toBeNull()
    expect(await auditCount()).toBe(audits)
  })

  it('a create: neither the document nor its version row exists', async () => {
    const name = `Giao dịch hỏng ${Date.now()}`
    failNext = true
    await rejection(
      f.payload.create({
        collection: 'exemplars',
        data: { ...validExemplar({ name }), unit: f.unitA.id } as never,
      }),
    )
    const found = await f.payload.find({
      collection: 'exemplars',
      where: { name: { equals: name } },
      draft: true,
    })
    expect(found.totalDocs).toBe(0)
    const versions = await f.payload.findVersions({
      collection: 'exemplars',
      where: { 'version.name': { equals: name } },
    })
    expect(versions.totalDocs).toBe(0)
  })
})

describe('concurrent writes', () => {
  it('60 creates at once all succeed, each with exactly one version row', async () => {
    const marker = `dong-thoi-${Date.now().toString(36)}`
    const results = await Promise.allSettled(
      Array.from({ length: 60 }, (_, i) =>
        f.payload.create({
          collection: 'exemplars',
          data: { ...validExemplar({ name: `${marker} ${i}` }), unit: f.unitA.id } as never,
        }),
      ),
    )
    const failed = results.filter((result) => result.status === 'rejected')
    expect(failed.map((result) => String((result as PromiseRejectedResult).reason))).toEqual([])
    for (const result of results) {
      const doc = (result as PromiseFulfilledResult<{ id: number }>).value
      expect(await versionCount(doc.id)).toBe(1)
    }
  })
})
