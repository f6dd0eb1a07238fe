import type { CollectionSlug, FlattenedField, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { changedValue } from '../helpers/field-values'
import { picture, upload } from '../helpers/images'
import type { JsonBody } from '../helpers/json'
import { asActor, createInState, stored, withUser, type ContentSlug } from '../helpers/access'
import { createFixtures, testPayload, type Fixtures } from '../helpers/payload'

/**
 * Door coverage, enumerated from the running config so that a new collection or field is
 * covered without editing this file. The expectations come from SPEC §2–3 (written here, not
 * read from the workflow plugin):
 * - a visitor creates, changes and deletes nothing, anywhere;
 * - a visitor reads exemplars and articles only when published, and never the private or
 *   internal fields, not even by filtering on them;
 * - a unit changes no field of its submitted documents, and of its published exemplars only the
 *   coverage log.
 */

const PRIVATE_OR_INTERNAL = new Set([
  'contactPhone',
  'address',
  'consent',
  'reviewNotes',
  'createdBy',
  'submittedAt',
])
/** Open to the unit after publication (SPEC §3): the coverage log of exemplars. */
const OPEN_AFTER_PUBLISH: Record<ContentSlug, string[]> = { exemplars: ['coverage'], articles: [] }
/** Moved only by the workflow, checked by the workflow matrix; system fields by their own test. */
const NOT_EDITS = new Set([
  'id',
  'reviewState',
  'provincialStatus',
  '_status',
  'createdAt',
  'updatedAt',
  'deletedAt',
  ...PRIVATE_OR_INTERNAL,
])

let f: Fixtures
let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
  f = await createFixtures(payload)
})

afterAll(async () => {
  await payload?.destroy()
})

const collections = () => payload.config.collections
const size = { collections: 0, fields: 0, operations: 0 }

const dataFieldsOf = (slug: string): FlattenedField[] =>
  payload.collections[slug as CollectionSlug].config.flattenedFields.filter(
    (field) => field.name !== 'id',
  )

const comparable = (doc: JsonBody) => {
  const { updatedAt: _u, ...rest } = doc
  return JSON.stringify(rest)
}

describe('door coverage (collections × fields × operations, from the config)', () => {
  it('a visitor creates, updates and deletes nothing in any collection', async () => {
    for (const { slug } of collections()) {
      size.collections++
      const s = slug as CollectionSlug
      await expect(
        payload.create({ collection: s, data: {} as JsonBody, ...asActor(f, 'anonymous') }),
      ).rejects.toMatchObject({ status: expect.any(Number) })
      const any = await payload.find({ collection: s, limit: 1, depth: 0, overrideAccess: true })
      size.operations += 3
      const doc = any.docs[0] as JsonBody
      if (!doc) continue
      const before = comparable(
        await payload.findByID({ collection: s, id: doc.id, depth: 0, overrideAccess: true }),
      )
      await payload
        .update({ collection: s, id: doc.id, data: {} as JsonBody, ...asActor(f, 'anonymous') })
        .then(
          () => expect.fail(`${slug}: a visitor's update was accepted`),
          (error) => expect([401, 403, 404], slug).toContain(error.status),
        )
      await payload.delete({ collection: s, id: doc.id, ...asActor(f, 'anonymous') }).then(
        () => expect.fail(`${slug}: a visitor's delete was accepted`),
        (error) => expect([401, 403, 404], slug).toContain(error.status),
      )
      const after = await payload.findByID({
        collection: s,
        id: doc.id,
        depth: 0,
        overrideAccess: true,
      })
      expect(comparable(after), slug).toBe(before)
    }
  })

  it('a visitor reads no draft and no private or internal field, not even by filtering', async () => {
    const draft = await createInState(payload, 'exemplars', f.unitA.id, { reviewState: 'draft' })
    await createInState(
      payload,
      'exemplars',
      f.unitA.id,
      { reviewState: 'published' },
      {
        contactPhone: '0912345678',
      },
    )
    for (const slug of ['exemplars', 'articles'] as const) {
      const { docs } = await payload.find({
        collection: slug,
        depth: 0,
        limit: 100,
        ...asActor(f, 'anonymous'),
      })
      for (const doc of docs as JsonBody[]) {
        expect(doc._status, `${slug} ${doc.id}`).toBe('published')
        for (const name of PRIVATE_OR_INTERNAL)
          expect(doc, `${slug}.${name}`).not.toHaveProperty(name)
      }
      for (const field of dataFieldsOf(slug)) {
        size.fields++
        size.operations++
        const query = payload.find({
          collection: slug,
          depth: 0,
          where: { [field.name]: { exists: true } },
          ...asActor(f, 'anonymous'),
        })
        if (PRIVATE_OR_INTERNAL.has(field.name)) {
          await query.then(
            (result) => expect(result.docs, `${slug}.${field.name} filter`).toEqual([]),
            (error) => expect(error.status, `${slug}.${field.name}`).toBeLessThan(500),
          )
        } else {
          await query.then(
            (result) => {
              for (const doc of result.docs as JsonBody[]) expect(doc._status).toBe('published')
            },
            // Some fields cannot be filtered on at all (arrays): a 4xx, never a 5xx.
            (error) => expect(error.status, `${slug}.${field.name}`).toBeLessThan(500),
          )
        }
      }
    }
    await expect(
      payload.findByID({ collection: 'exemplars', id: draft.id, ...asActor(f, 'anonymous') }),
    ).rejects.toMatchObject({ status: 404 })
  })

  for (const slug of ['exemplars', 'articles'] as const) {
    for (const state of ['submitted', 'published'] as const) {
      it(`a unit changes no frozen field of its ${state} ${slug}`, async () => {
        const movement = await payload.create({
          collection: 'movements',
          data: { name: `Phong trào ${Date.now()}` },
        })
        const image = await payload.create({
          collection: 'media',
          data: { alt: 'Ảnh khác' },
          file: upload(await picture('png', 320, 240), `khac-${Date.now()}.png`, 'image/png'),
          overrideAccess: true,
        })
        const ids: Record<string, unknown> = {
          media: image.id,
          units: f.unitB.id,
          movements: movement.id,
          users: f.editor.id,
          exemplars: (
            await createInState(payload, 'exemplars', f.unitA.id, { reviewState: 'draft' })
          ).id,
        }
        const doc = await createInState(payload, slug, f.unitA.id, { reviewState: state })
        const open = state === 'published' ? OPEN_AFTER_PUBLISH[slug] : []
        let tried = 0
        for (const field of dataFieldsOf(slug)) {
          if (NOT_EDITS.has(field.name) || open.includes(field.name)) continue
          const before = await stored(payload, slug, doc.id)
          const value = changedValue(field as FlattenedField, before[field.name], ids)
          if (value === undefined) continue
          tried++
          size.operations++
          await payload
            .update({
              collection: slug,
              id: doc.id,
              data: { [field.name]: value } as JsonBody,
              ...withUser(f.contributorA),
            })
            // Refused, or (the unit, which a unit's documents always take from the account)
            // accepted as a no-op: either way nothing may change.
            .catch((error) => expect([403, 404], `${slug}.${field.name}`).toContain(error.status))
          expect(comparable(await stored(payload, slug, doc.id)), field.name).toBe(
            comparable(before),
          )
        }
        expect(tried).toBeGreaterThan(5)
      })
    }
  }

  it('covers every collection and field of the config', () => {
    expect(size.collections).toBe(payload.config.collections.length)
    expect(size.fields).toBeGreaterThan(30)
    console.log(
      `[doors] ${size.collections} collections, ${size.fields} fields filtered as a visitor, ${size.operations} operations`,
    )
  })
})
