import os from 'node:os'
import path from 'node:path'

import {
  formatNames,
  toWords,
  type FlattenedField,
  type SanitizedCollectionConfig,
  type SanitizedConfig,
} from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { changedValue } from '../helpers/field-values'
import type { JsonBody } from '../helpers/json'
import { api, login } from './http'

/**
 * Door coverage over HTTP: the same enumeration as tests/int/doors.test.ts (every collection
 * and field of the config, so a new one is covered without editing this file), tried through
 * REST and GraphQL against the built server, as a visitor and as a unit's contributor. The
 * expectations are SPEC §2–3, written here rather than read from the workflow plugin.
 */

/** What a visitor never reads of exemplars and articles (SPEC §2: private and review record). */
const PRIVATE = new Set([
  'contactPhone',
  'address',
  'consent',
  'reviewNotes',
  'createdBy',
  'submittedAt',
])
/** Collections a visitor may read at all (the rest answer nothing to anonymous requests). */
const PUBLIC_COLLECTIONS = new Set([
  'exemplars',
  'articles',
  'media',
  'documents',
  'document-files',
  'units',
  'clusters',
  'movements',
])
const REVIEWED = ['exemplars', 'articles'] as const
type Reviewed = (typeof REVIEWED)[number]
const OPEN_AFTER_PUBLISH: Record<Reviewed, string[]> = { exemplars: ['coverage'], articles: [] }
/** Never written through the API by anyone (SPEC §3); `deletedAt` has its own trash test. */
const SYSTEM = ['createdAt', 'updatedAt', 'createdBy', 'submittedAt'] as const
/** Moved by the workflow (its matrix tests them) or system fields (tested apart below). */
const NOT_EDITS = new Set([
  'id',
  'reviewState',
  'provincialStatus',
  '_status',
  'deletedAt',
  ...SYSTEM,
  ...PRIVATE,
])

let config: SanitizedConfig
let contributor: string
let editor: string
let admin: string
let ownUnit: number
const size = { collections: 0, fields: 0, requests: 0 }

beforeAll(async () => {
  // The config is only read here, never connected: its database and secret are placeholders.
  process.env.PAYLOAD_SECRET ||= 'doors-http-reads-the-config-only'
  process.env.DATABASE_URI = `file:${path.join(os.tmpdir(), 'lantoa-doors-http-unused.db')}`
  config = await (await import('@payload-config')).default
  ;[contributor, editor, admin] = await Promise.all([
    login('canbo.tu-doan@lantoa.local'),
    login('bientap@lantoa.local'),
    login('quantri@lantoa.local'),
  ])
  const me = (await call('/api/users/me', { token: contributor })).body.user
  ownUnit = typeof me.unit === 'object' ? me.unit.id : me.unit
})

/**
 * Each request from its own documentation address (the server trusts X-Forwarded-For in these
 * tests): hundreds of GraphQL calls would otherwise meet the per-address limit, and refusals
 * for that reason would pass for the rule's.
 */
async function call(path: string, init: Parameters<typeof api>[1] = {}) {
  size.requests++
  const headers = new Headers(init.headers)
  headers.set('x-forwarded-for', `203.0.113.${(size.requests % 250) + 1}`)
  return api(path, { ...init, headers })
}

const collectionOf = (slug: string): SanitizedCollectionConfig =>
  config.collections.find((c) => c.slug === slug) as SanitizedCollectionConfig

const dataFields = (slug: string): FlattenedField[] =>
  collectionOf(slug).flattenedFields.filter(
    (field) => field.name !== 'id' && !('virtual' in field && field.virtual),
  )

/** The GraphQL names Payload gives a collection (the way its schema builder names them). */
function graphqlNames(slug: string): { one: string; many: string } {
  const gql = collectionOf(slug).graphQL
  const fromSlug = formatNames(slug)
  const one = gql && gql.singularName ? toWords(gql.singularName, true) : fromSlug.singular
  const many = gql && gql.pluralName ? toWords(gql.pluralName, true) : fromSlug.plural
  return { one, many: one === many ? `all${one}` : many }
}

/** The selection that reads `field` in GraphQL: sub-fields need at least one leaf. */
function selection(field: FlattenedField): string | null {
  switch (field.type) {
    case 'array':
      return `${field.name} { id }`
    case 'group': {
      const leaf = field.flattenedFields.find((f) => !['array', 'group', 'blocks'].includes(f.type))
      return leaf ? `${field.name} { ${leaf.name} }` : null
    }
    case 'relationship':
    case 'upload':
      return Array.isArray(field.relationTo)
        ? `${field.name} { relationTo }`
        : `${field.name} { id }`
    case 'blocks':
    case 'join':
      return null
    default:
      return field.name
  }
}

async function graphql(query: string, variables: JsonBody = {}, token?: string) {
  return call('/api/graphql', { method: 'POST', token, json: { query, variables } })
}

/** GraphQL enum names are Payload's formatted option values (`good-deeds` → `good_deeds`). */
const asGraphqlValue = (field: FlattenedField, value: unknown) =>
  field.type === 'select' && typeof value === 'string' ? value.replace(/[-/.]/g, '_') : value

const comparable = (doc: JsonBody) => {
  const { updatedAt: _u, ...rest } = doc
  return JSON.stringify(rest)
}

const storedAsEditor = async (slug: string, id: number) =>
  (await call(`/api/${slug}/${id}?depth=0&draft=true`, { token: editor })).body as JsonBody

const contentData = (slug: Reviewed, tag: string): JsonBody =>
  slug === 'exemplars'
    ? {
        kind: 'individual',
        name: `Hoàng Thị Cửa ${tag}`,
        category: 'good-deeds',
        sector: 'other',
        summary: 'Hồ sơ dùng để thử mọi cửa qua HTTP.',
        period: '2018-06',
        consent: true,
        contactPhone: '0912345678',
        address: 'Thôn Bản Cáu, xã Tú Đoạn',
      }
    : { title: `Tin thử cửa ${tag}`, excerpt: 'Bài dùng để thử mọi cửa qua HTTP.' }

/** A document of the contributor's unit taken to `state` through the workflow endpoint. */
async function inState(slug: Reviewed, state: 'draft' | 'submitted' | 'published') {
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
  const created = await call(`/api/${slug}`, {
    method: 'POST',
    token: contributor,
    json: contentData(slug, tag),
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const id = created.body.doc.id as number
  const steps: Array<[string, string]> =
    state === 'draft'
      ? []
      : state === 'submitted'
        ? [['submit', contributor]]
        : [
            ['submit', contributor],
            ['publish', editor],
          ]
  for (const [action, token] of steps) {
    const moved = await call(`/api/${slug}/${id}/workflow`, {
      method: 'POST',
      token,
      json: { action },
    })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
  }
  return id
}

describe('door coverage over HTTP (collections × fields × REST/GraphQL, from the config)', () => {
  it('a visitor creates, changes and deletes nothing in any collection, through REST or GraphQL', async () => {
    for (const collection of config.collections) {
      size.collections++
      const { slug } = collection
      const created = await call(`/api/${slug}`, { method: 'POST', json: {} })
      expect(created.status, `POST /api/${slug}`).toBeGreaterThanOrEqual(400)
      expect(created.status, `POST /api/${slug}`).toBeLessThan(500)
      const any = (await call(`/api/${slug}?limit=1&depth=0`, { token: admin })).body
      const doc = any?.docs?.[0] as JsonBody | undefined
      if (!doc) continue
      const before = (await call(`/api/${slug}/${doc.id}?depth=0`, { token: admin })).body
      for (const method of ['PATCH', 'DELETE']) {
        const answer = await call(`/api/${slug}/${doc.id}`, { method, json: {} })
        expect([401, 403, 404], `${method} /api/${slug}/${doc.id}`).toContain(answer.status)
      }
      if (collection.graphQL !== false) {
        const { one } = graphqlNames(slug)
        const changed = await graphql(`mutation { update${one}(id: ${doc.id}, data: {}) { id } }`)
        const deleted = await graphql(`mutation { delete${one}(id: ${doc.id}) { id } }`)
        for (const answer of [changed, deleted]) {
          expect(answer.status, slug).toBeLessThan(500)
          expect(
            answer.body.errors?.length ?? 0,
            `${slug}: ${JSON.stringify(answer.body)}`,
          ).toBeGreaterThan(0)
        }
      }
      const after = (await call(`/api/${slug}/${doc.id}?depth=0`, { token: admin })).body
      expect(comparable(after), slug).toBe(comparable(before))
    }
  })

  it('a visitor lists nothing from a collection that is not public', async () => {
    for (const { slug } of config.collections) {
      if (PUBLIC_COLLECTIONS.has(slug)) continue
      const listed = await call(`/api/${slug}?limit=5&depth=0`)
      expect(listed.status, slug).toBeLessThan(500)
      if (listed.status === 200) expect(listed.body.docs, slug).toEqual([])
    }
  })

  for (const slug of REVIEWED) {
    it(`a visitor reads only published ${slug}, and no private field by read, where, sort or select`, async () => {
      await inState(slug, 'published')
      await inState(slug, 'draft')
      const visibleDocs = (body: JsonBody, door: string) => {
        for (const doc of (body.docs ?? []) as JsonBody[]) {
          for (const name of PRIVATE)
            expect(doc, `${door}: ${slug}.${name}`).not.toHaveProperty(name)
          if ('_status' in doc) expect(doc._status, door).toBe('published')
        }
      }
      const all = await call(`/api/${slug}?limit=100&depth=0`)
      expect(all.status).toBe(200)
      expect(all.body.docs.length).toBeGreaterThan(0)
      visibleDocs(all.body, 'list')
      const one = await call(`/api/${slug}/${all.body.docs[0].id}?depth=1`)
      for (const name of PRIVATE) expect(one.body, `read ${slug}.${name}`).not.toHaveProperty(name)

      const checkField = async (field: FlattenedField) => {
        size.fields++
        const name = field.name
        const filtered = await call(`/api/${slug}?where[${name}][exists]=true&limit=100&depth=0`)
        expect(filtered.status, `where ${name}`).toBeLessThan(500)
        if (filtered.status === 200) {
          visibleDocs(filtered.body, `where ${name}`)
          if (PRIVATE.has(name)) expect(filtered.body.docs, `where ${name}`).toEqual([])
        }
        const selected = await call(`/api/${slug}?select[${name}]=true&limit=100&depth=0`)
        expect(selected.status, `select ${name}`).toBeLessThan(500)
        if (selected.status === 200) visibleDocs(selected.body, `select ${name}`)

        // A private field may not order the answer: sorting by it is refused, or ignored (both
        // directions give the same order). A public one orders it (the check can see a sort).
        // Every document in one page: other suites may have published more than a hundred.
        const [up, down] = await Promise.all(
          [name, `-${name}`].map((sort) =>
            call(`/api/${slug}?sort=${sort}&limit=5000&depth=0&select[_status]=true`),
          ),
        )
        for (const sorted of [up, down]) {
          expect(sorted.status, `sort ${name}`).toBeLessThan(500)
          if (sorted.status === 200) visibleDocs(sorted.body, `sort ${name}`)
        }
        const order = (answer: JsonBody) => answer.body.docs.map((d: JsonBody) => d.id)
        if (PRIVATE.has(name) && up.status === 200 && down.status === 200) {
          expect(order(up), `sort ${name}`).toEqual(order(down))
        }
        if (name === 'createdAt') expect(order(up)).toEqual([...order(down)].reverse())

        const read = selection(field)
        if (!read) return
        const { many } = graphqlNames(slug)
        const answer = await graphql(`{ ${many}(limit: 100) { docs { id ${read} } } }`)
        expect(answer.status, `GraphQL ${name}`).toBeLessThan(500)
        const docs = (answer.body.data?.[many]?.docs ?? []) as JsonBody[]
        if (PRIVATE.has(name)) {
          for (const doc of docs) expect(doc[name] ?? null, `GraphQL ${slug}.${name}`).toBeNull()
        } else {
          // The query itself is right: public fields come back without errors.
          expect(answer.body.errors, `GraphQL ${slug}.${name}`).toBeUndefined()
          expect(docs.length, `GraphQL ${slug}.${name}`).toBeGreaterThan(0)
        }
        const where = await graphql(
          `{ ${many}(where: { ${name}: { exists: true } }, limit: 100) { docs { id } } }`,
        )
        expect(where.status, `GraphQL where ${name}`).toBeLessThan(500)
        if (PRIVATE.has(name))
          expect(where.body.data?.[many]?.docs ?? [], `GraphQL where ${name}`).toEqual([])
      }
      // A few fields at a time: the server answers while the next request is on its way.
      const fields = dataFields(slug)
      for (let at = 0; at < fields.length; at += 4) {
        await Promise.all(fields.slice(at, at + 4).map(checkField))
      }
    })
  }

  const relationIds = async (): Promise<Record<string, unknown>> => {
    const ids: Record<string, unknown> = {}
    const targets = new Set<string>()
    for (const slug of REVIEWED) {
      for (const field of dataFields(slug)) {
        if (
          (field.type === 'relationship' || field.type === 'upload') &&
          !Array.isArray(field.relationTo)
        ) {
          targets.add(field.relationTo)
        }
      }
    }
    for (const target of targets) {
      const notOwn = target === 'units' ? `&where[id][not_equals]=${ownUnit}` : ''
      const found = await call(`/api/${target}?limit=1&depth=0${notOwn}`, { token: admin })
      ids[target] = found.body.docs?.[0]?.id
    }
    return ids
  }

  for (const slug of REVIEWED) {
    for (const state of ['submitted', 'published'] as const) {
      it(`a unit changes no frozen field of its ${state} ${slug}, through REST or GraphQL`, async () => {
        const ids = await relationIds()
        const id = await inState(slug, state)
        const { one } = graphqlNames(slug)
        const open = state === 'published' ? OPEN_AFTER_PUBLISH[slug] : []
        let tried = 0
        // Read once: the first write that changes anything fails the test there.
        const before = await storedAsEditor(slug, id)
        for (const field of dataFields(slug)) {
          if (NOT_EDITS.has(field.name) || open.includes(field.name)) continue
          const value = changedValue(field, before[field.name], ids)
          if (value === undefined) continue
          tried++
          const rest = await call(`/api/${slug}/${id}`, {
            method: 'PATCH',
            token: contributor,
            json: { [field.name]: value },
          })
          // Refused, or (the unit, which a unit's documents always take from the account)
          // accepted as a no-op: either way nothing may change.
          expect(rest.status, `PATCH ${slug}.${field.name}`).toBeLessThan(500)
          expect(comparable(await storedAsEditor(slug, id)), `PATCH ${field.name}`).toBe(
            comparable(before),
          )
          const gql = await graphql(
            `mutation ($data: mutation${one}UpdateInput!) { update${one}(id: ${id}, data: $data) { id } }`,
            { data: { [field.name]: asGraphqlValue(field, value) } },
            contributor,
          )
          expect(gql.status, `GraphQL ${slug}.${field.name}`).toBeLessThan(500)
          expect(comparable(await storedAsEditor(slug, id)), `GraphQL ${field.name}`).toBe(
            comparable(before),
          )
        }
        expect(tried).toBeGreaterThan(3)
      })
    }

    it(`the same ${slug} writes change a draft, through REST and GraphQL (the refusals are the rule's)`, async () => {
      const ids = await relationIds()
      const { one } = graphqlNames(slug)
      const unchanged: string[] = []
      const expected: string[] = []
      for (const door of ['REST', 'GraphQL']) {
        // One draft per door: each write starts from the same values as the refused ones.
        const id = await inState(slug, 'draft')
        let before = await storedAsEditor(slug, id)
        for (const field of dataFields(slug)) {
          if (NOT_EDITS.has(field.name)) continue
          const value = changedValue(field, before[field.name], ids)
          if (value === undefined) continue
          // A unit's document always belongs to the account's unit; hidden fields are
          // derived by hooks (the folded search text), whatever a client sends.
          if (field.name === 'unit' || field.admin?.hidden) expected.push(`${door} ${field.name}`)
          if (door === 'REST') {
            await call(`/api/${slug}/${id}`, {
              method: 'PATCH',
              token: contributor,
              json: { [field.name]: value },
            })
          } else {
            await graphql(
              `mutation ($data: mutation${one}UpdateInput!) { update${one}(id: ${id}, data: $data) { id } }`,
              { data: { [field.name]: asGraphqlValue(field, value) } },
              contributor,
            )
          }
          const after = await storedAsEditor(slug, id)
          if (JSON.stringify(after[field.name]) === JSON.stringify(before[field.name])) {
            unchanged.push(`${door} ${field.name}`)
          }
          before = after
        }
      }
      expect(unchanged).toEqual(expected)
    })

    it(`system fields of ${slug} are written by nobody, through REST or GraphQL`, async () => {
      const id = await inState(slug, 'draft')
      const { one } = graphqlNames(slug)
      const forged: Record<(typeof SYSTEM)[number], unknown> = {
        createdAt: '2001-01-01T00:00:00.000Z',
        updatedAt: '2001-01-01T00:00:00.000Z',
        submittedAt: '2001-01-01T00:00:00.000Z',
        createdBy: (await call('/api/users/me', { token: editor })).body.user.id,
      }
      const present = SYSTEM.filter((name) => dataFields(slug).some((f) => f.name === name))
      expect(present).toEqual(expect.arrayContaining(['createdAt', 'updatedAt']))
      for (const token of [contributor, editor]) {
        for (const name of present) {
          const before = await storedAsEditor(slug, id)
          await call(`/api/${slug}/${id}`, {
            method: 'PATCH',
            token,
            json: { [name]: forged[name] },
          })
          await graphql(
            `mutation ($data: mutation${one}UpdateInput!) { update${one}(id: ${id}, data: $data) { id } }`,
            { data: { [name]: forged[name] } },
            token,
          )
          const after = await storedAsEditor(slug, id)
          expect(after[name] ?? null, `${slug}.${name}`).toEqual(
            name === 'updatedAt' ? expect.not.stringMatching(/^2001-/) : (before[name] ?? null),
          )
        }
      }
      // A write the unit may make goes through the same GraphQL shape: the refusals above are
      // the rule's, not a malformed mutation's.
      const text = slug === 'exemplars' ? 'summary' : 'excerpt'
      const allowed = await graphql(
        `mutation ($data: mutation${one}UpdateInput!) { update${one}(id: ${id}, data: $data) { id } }`,
        { data: { [text]: 'Sửa khi còn là bản nháp.' } },
        contributor,
      )
      expect(allowed.body.errors, JSON.stringify(allowed.body)).toBeUndefined()
      expect((await storedAsEditor(slug, id))[text]).toBe('Sửa khi còn là bản nháp.')
    })
  }

  it('covers every collection of the config', () => {
    expect(size.collections).toBe(config.collections.length)
    expect(size.fields).toBeGreaterThan(30)
    console.log(
      `[doors-http] ${size.collections} collections, ${size.fields} fields read as a visitor, ${size.requests} requests`,
    )
  })
})
