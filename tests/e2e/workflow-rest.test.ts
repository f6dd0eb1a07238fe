/**
 * The review workflow over REST against the built server (SPEC §3): every role × action ×
 * starting state through `POST /api/{exemplars|articles}/:id/workflow`, for both collections,
 * then the other REST doors that must not move a state, and document locking.
 *
 * Expected outcomes come from the table below, written from SPEC §3 and independent of
 * src/workflow (importing that would make the matrix unable to fail). Each cell gets its own
 * fresh document, created by the Tú Đoạn contributor over REST and moved to its starting state
 * through the real workflow endpoint only. Cells run a few at a time: the server is SQLite with
 * a single writer.
 */
import type { JsonBody } from '../helpers/json'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launch } from '../helpers/browser'
import {
  actionVariants,
  expected,
  SPEC_RULES,
  startLabel,
  type Action,
  type Actor,
  type Owner,
  type SpecCell,
  type Start,
  type WorkflowSlug,
} from '../helpers/workflow-spec'

import { api, baseURL, login } from './http'

// ---------------------------------------------------------------------------------------------
// Accounts: each logs in once for the whole file (repeated logins race in Payload's sessions)
// ---------------------------------------------------------------------------------------------

type Account = Exclude<Actor, 'anonymous'>

const EMAILS: Record<Account, string> = {
  admin: 'quantri@lantoa.local',
  editor: 'bientap@lantoa.local',
  contributorA: 'canbo.tu-doan@lantoa.local',
  contributorB: 'canbo.mau-son@lantoa.local',
}

const tokens = {} as Record<Account, string>
let unitA: number | string

beforeAll(async () => {
  for (const account of Object.keys(EMAILS) as Account[]) {
    tokens[account] = await login(EMAILS[account])
  }
  const me = await api('/api/users/me?depth=0', { token: tokens.contributorA })
  expect(me.status).toBe(200)
  const unit = me.body.user.unit
  unitA = unit && typeof unit === 'object' ? unit.id : unit
  expect(unitA).toBeTruthy()
})

const tokenOf = (actor: Actor) => (actor === 'anonymous' ? undefined : tokens[actor])

// ---------------------------------------------------------------------------------------------
// SPEC §3, written out
// ---------------------------------------------------------------------------------------------

type Slug = WorkflowSlug
type Cell = SpecCell

// ---------------------------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------------------------

const NOTE = 'Đề nghị bổ sung số quyết định khen thưởng năm 2022.'
const ACTORS: Actor[] = ['admin', 'editor', 'contributorA', 'contributorB', 'anonymous']
const SLUGS: Slug[] = ['exemplars', 'articles']
const REVIEW_STARTS: Start[] = [
  { reviewState: 'draft' },
  { reviewState: 'submitted' },
  { reviewState: 'returned' },
  { reviewState: 'published' },
]
const PROVINCIAL_STARTS: Start[] = [
  ...REVIEW_STARTS.slice(0, 3),
  { reviewState: 'published', provincialStatus: 'none' },
  { reviewState: 'published', provincialStatus: 'proposed' },
  { reviewState: 'published', provincialStatus: 'selected' },
]
const VARIANTS = actionVariants(NOTE)

function nameOf(c: Cell, label: string): string {
  const o = expected(c)
  const result = o.refused
    ? String(o.status)
    : SPEC_RULES[c.action].to.provincialStatus
      ? `→ ${o.provincialStatus}`
      : `→ ${o.reviewState}`
  const extra = [
    c.owner !== 'contributorA' ? `created by ${c.owner}` : '',
    c.consent ? '' : 'no consent',
  ]
    .filter(Boolean)
    .join(', ')
  return `${c.actor} ${label} from ${startLabel(c.start)}${extra ? ` (${extra})` : ''}: ${result}`
}

function matrix(slug: Slug): Array<[string, Cell]> {
  const rows: Array<[string, Cell]> = []
  for (const v of VARIANTS) {
    const provincial = v.action === 'propose' || v.action === 'select'
    for (const start of provincial && slug === 'exemplars' ? PROVINCIAL_STARTS : REVIEW_STARTS) {
      for (const actor of ACTORS) {
        const c: Cell = {
          slug,
          actor,
          action: v.action,
          note: v.note,
          start,
          owner: 'contributorA',
          consent: true,
        }
        rows.push([nameOf(c, v.label), c])
      }
    }
  }
  return rows
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/** At most 4 cells talk to the server at once. */
const LIMIT = 4
let running = 0
const waiting: Array<() => void> = []
async function limited<T>(work: () => Promise<T>): Promise<T> {
  if (running >= LIMIT) await new Promise<void>((resolve) => waiting.push(resolve))
  running++
  try {
    return await work()
  } finally {
    running--
    waiting.shift()?.()
  }
}

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i

function expectVietnameseError(body: JsonBody) {
  expect(body?.errors?.[0]?.message, JSON.stringify(body)).toMatch(VIETNAMESE)
}

let serial = 0
const tag = () => `${Date.now().toString(36)}-${++serial}`

type Doc = Record<string, JsonBody>

/** A small, complete document in draft, created over REST by `creator`. */
async function createDoc(
  slug: Slug,
  creator: Owner,
  opts: { consent?: boolean } = {},
): Promise<Doc> {
  const n = tag()
  const data: Record<string, unknown> =
    slug === 'exemplars'
      ? {
          kind: 'individual',
          name: `Nông Văn Hùng ${n}`,
          category: 'good-deeds',
          sector: 'agriculture',
          summary: 'Giúp bà con trồng hồi.',
          period: '2022-09',
          consent: opts.consent ?? true,
        }
      : { title: `Tú Đoạn làm đường ${n}`, excerpt: 'Nhân dân góp công làm đường.' }
  if (creator !== 'contributorA') data.unit = unitA
  const created = await api(`/api/${slug}?draft=true&depth=0`, {
    method: 'POST',
    token: tokens[creator],
    json: data,
  })
  if (created.status !== 201)
    throw new Error(
      `create ${slug} as ${creator}: ${created.status} ${JSON.stringify(created.body)}`,
    )
  return created.body.doc
}

async function workflow(
  slug: Slug,
  id: number | string,
  actor: Actor,
  action: unknown,
  note?: unknown,
) {
  const json: Record<string, unknown> = { action }
  if (note !== undefined) json.note = note
  return api(`/api/${slug}/${id}/workflow`, { method: 'POST', token: tokenOf(actor), json })
}

/** Setup step through the real endpoint; anything but 200 aborts the cell. */
async function step(slug: Slug, id: number | string, actor: Actor, action: Action, note?: string) {
  const result = await workflow(slug, id, actor, action, note)
  if (result.status !== 200) {
    throw new Error(`setup ${action} by ${actor}: ${result.status} ${JSON.stringify(result.body)}`)
  }
  return result.body as Doc
}

/** A fresh Tú Đoạn document in `start`, moved there only through the workflow endpoint. */
async function docIn(
  slug: Slug,
  start: Start,
  owner: Owner = 'contributorA',
  consent = true,
): Promise<Doc> {
  const doc = await createDoc(slug, owner, { consent })
  const id = doc.id
  if (start.reviewState === 'draft') return doc
  await step(slug, id, owner === 'contributorA' ? 'contributorA' : owner, 'submit')
  if (start.reviewState === 'submitted') return doc
  if (start.reviewState === 'returned') {
    await step(slug, id, 'editor', 'return', 'Cần bổ sung thêm số liệu.')
    return doc
  }
  await step(slug, id, 'editor', 'publish')
  const provincial = start.provincialStatus ?? 'none'
  if (provincial === 'proposed' || provincial === 'selected')
    await step(slug, id, 'editor', 'propose')
  if (provincial === 'selected') await step(slug, id, 'editor', 'select')
  return doc
}

/** The stored document (latest version) as the editor sees it. */
async function stored(slug: Slug, id: number | string): Promise<Doc> {
  const { status, body } = await api(`/api/${slug}/${id}?draft=true&depth=0`, {
    token: tokens.editor,
  })
  if (status !== 200) throw new Error(`read ${slug}/${id}: ${status}`)
  return body
}

const text = (slug: Slug) => (slug === 'exemplars' ? 'summary' : 'excerpt')
const title = (slug: Slug) => (slug === 'exemplars' ? 'name' : 'title')
const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id: unknown }).id : value

// ---------------------------------------------------------------------------------------------
// Running a cell
// ---------------------------------------------------------------------------------------------

async function runCell(c: Cell) {
  const outcome = expected(c)
  const { doc, before, result } = await limited(async () => {
    const doc = await docIn(c.slug, c.start, c.owner, c.consent)
    const before = await stored(c.slug, doc.id)
    // Starting state as the cell believes it to be.
    expect(before.reviewState).toBe(c.start.reviewState)
    if (c.slug === 'exemplars')
      expect(before.provincialStatus ?? 'none').toBe(c.start.provincialStatus ?? 'none')
    const result = await workflow(c.slug, doc.id, c.actor, c.action, c.note)
    return { doc, before, result }
  })
  const after = await stored(c.slug, doc.id)

  if (outcome.refused) {
    expect(result.status, JSON.stringify(result.body)).toBe(outcome.status)
    expectVietnameseError(result.body)
    expect(after).toEqual(before)
    return
  }

  expect(result.status, JSON.stringify(result.body)).toBe(200)
  const published = outcome.reviewState === 'published'
  for (const seen of [result.body as Doc, after]) {
    expect(seen.id).toBe(doc.id)
    expect(seen.reviewState).toBe(outcome.reviewState)
    expect(seen._status).toBe(published ? 'published' : 'draft')
    if (c.slug === 'exemplars') expect(seen.provincialStatus).toBe(outcome.provincialStatus)
  }
  // The content itself and its unit stay as they were.
  expect(after[title(c.slug)]).toBe(before[title(c.slug)])
  expect(after[text(c.slug)]).toBe(before[text(c.slug)])
  expect(idOf(after.unit)).toBe(idOf(before.unit))
  const notesBefore = (before.reviewNotes ?? []) as Doc[]
  const notes = (after.reviewNotes ?? []) as Doc[]
  if (c.action === 'return') {
    expect(notes).toHaveLength(notesBefore.length + 1)
    expect(notes.at(-1)!.note).toContain(NOTE)
  } else {
    expect(notes.map((note) => note.note)).toEqual(notesBefore.map((note) => note.note))
  }
  // Anonymous readers see it exactly when it is published.
  const anon = await api(`/api/${c.slug}?depth=0&where[id][equals]=${doc.id}`)
  expect(anon.status).toBe(200)
  expect(anon.body.docs.length).toBe(published ? 1 : 0)
}

// ---------------------------------------------------------------------------------------------
// The matrix
// ---------------------------------------------------------------------------------------------

describe.each(SLUGS)('%s: role × action × state over REST', (slug) => {
  it.concurrent.each(matrix(slug))('%s', async (_, c) => runCell(c))
})

describe.each(SLUGS)('%s: publish from draft only for staff’s own work', (slug) => {
  const rows: Array<[string, Cell]> = []
  for (const owner of ['editor', 'admin', 'contributorA'] as const) {
    for (const actor of ['editor', 'admin'] as const) {
      const c: Cell = {
        slug,
        actor,
        action: 'publish',
        start: { reviewState: 'draft' },
        owner,
        consent: true,
      }
      rows.push([nameOf(c, 'publish'), c])
    }
  }
  it.concurrent.each(rows)('%s', async (_, c) => runCell(c))
})

describe('exemplars: publish needs consent', () => {
  const rows: Array<[string, Cell]> = []
  for (const actor of ['editor', 'admin'] as const) {
    const c: Cell = {
      slug: 'exemplars',
      actor,
      action: 'publish',
      start: { reviewState: 'submitted' },
      owner: 'contributorA',
      consent: false,
    }
    rows.push([nameOf(c, 'publish'), c])
  }
  it.concurrent.each(rows)('%s', async (_, c) => runCell(c))
})

// ---------------------------------------------------------------------------------------------
// Invalid requests to the endpoint
// ---------------------------------------------------------------------------------------------

describe.each(SLUGS)('%s: invalid workflow requests answer 400 and change nothing', (slug) => {
  it('a malformed JSON body → 400', async () => {
    const doc = await docIn(slug, { reviewState: 'submitted' })
    const before = await stored(slug, doc.id)
    const result = await api(`/api/${slug}/${doc.id}/workflow`, {
      method: 'POST',
      token: tokens.editor,
      headers: { 'content-type': 'application/json' },
      body: '{oops',
    })
    expect(result.status).toBe(400)
    expectVietnameseError(result.body)
    expect(await stored(slug, doc.id)).toEqual(before)
  })

  it.each(['editor', 'contributorA'] as const)(
    "an unknown action 'delete' by the %s → 400",
    async (actor) => {
      const doc = await docIn(slug, { reviewState: 'submitted' })
      const before = await stored(slug, doc.id)
      const result = await workflow(slug, doc.id, actor, 'delete')
      expect(result.status).toBe(400)
      expectVietnameseError(result.body)
      expect(await stored(slug, doc.id)).toEqual(before)
    },
  )

  it('a missing action → 400', async () => {
    const doc = await docIn(slug, { reviewState: 'submitted' })
    const before = await stored(slug, doc.id)
    const result = await api(`/api/${slug}/${doc.id}/workflow`, {
      method: 'POST',
      token: tokens.editor,
      json: {},
    })
    expect(result.status).toBe(400)
    expectVietnameseError(result.body)
    expect(await stored(slug, doc.id)).toEqual(before)
  })

  it('a blank note on return → 400', async () => {
    const doc = await docIn(slug, { reviewState: 'submitted' })
    const before = await stored(slug, doc.id)
    const result = await workflow(slug, doc.id, 'editor', 'return', '   \n ')
    expect(result.status).toBe(400)
    expectVietnameseError(result.body)
    expect(await stored(slug, doc.id)).toEqual(before)
  })
})

// ---------------------------------------------------------------------------------------------
// The other REST doors (SPEC §3: the rules hold through every door)
// ---------------------------------------------------------------------------------------------

describe('other REST doors cannot move the review state', () => {
  it.each(['draft', 'returned'] as const)(
    "the unit's contributor PATCHing its %s exemplar with _status 'published' → 403, unchanged",
    async (state) => {
      const doc = await docIn('exemplars', { reviewState: state })
      const before = await stored('exemplars', doc.id)
      const result = await api(`/api/exemplars/${doc.id}`, {
        method: 'PATCH',
        token: tokens.contributorA,
        json: { _status: 'published' },
      })
      expect(result.status, JSON.stringify(result.body)).toBe(403)
      expectVietnameseError(result.body)
      expect(await stored('exemplars', doc.id)).toEqual(before)
      const anon = await api(`/api/exemplars?depth=0&where[id][equals]=${doc.id}`)
      expect(anon.body.docs).toEqual([])
    },
  )

  it.each([
    { state: 'draft', to: 'published' },
    { state: 'draft', to: 'submitted' },
    { state: 'returned', to: 'submitted' },
  ] as const)(
    "the unit's contributor PATCHing reviewState $state → $to directly → 403, unchanged",
    async ({ state, to }) => {
      const doc = await docIn('exemplars', { reviewState: state })
      const before = await stored('exemplars', doc.id)
      const result = await api(`/api/exemplars/${doc.id}`, {
        method: 'PATCH',
        token: tokens.contributorA,
        json: { reviewState: to },
      })
      expect(result.status, JSON.stringify(result.body)).toBe(403)
      expectVietnameseError(result.body)
      expect(await stored('exemplars', doc.id)).toEqual(before)
    },
  )

  it.each(SLUGS)(
    "the unit's contributor PATCHing its own submitted %s → 403, unchanged",
    async (slug) => {
      const doc = await docIn(slug, { reviewState: 'submitted' })
      const before = await stored(slug, doc.id)
      for (const query of ['', '?draft=true']) {
        const result = await api(`/api/${slug}/${doc.id}${query}`, {
          method: 'PATCH',
          token: tokens.contributorA,
          json: { [text(slug)]: 'Sửa khi đang chờ duyệt' },
        })
        expect(result.status, `${query}: ${JSON.stringify(result.body)}`).toBe(403)
        expectVietnameseError(result.body)
      }
      expect(await stored(slug, doc.id)).toEqual(before)
    },
  )

  it("the unit's contributor may still edit its own draft (control for the refusals above)", async () => {
    const doc = await docIn('exemplars', { reviewState: 'draft' })
    const result = await api(`/api/exemplars/${doc.id}?draft=true`, {
      method: 'PATCH',
      token: tokens.contributorA,
      json: { summary: 'Giúp bà con trồng 5 ha hồi.' },
    })
    expect(result.status, JSON.stringify(result.body)).toBe(200)
    expect((await stored('exemplars', doc.id)).summary).toBe('Giúp bà con trồng 5 ha hồi.')
  })

  it.each(SLUGS)('a contributor listing /api/%s/versions → 403', async (slug) => {
    const result = await api(`/api/${slug}/versions?limit=5`, { token: tokens.contributorA })
    expect(result.status).toBe(403)
    expectVietnameseError(result.body)
  })

  it.each(SLUGS)(
    'an anonymous GET /api/%s/:id?draft=true of a draft → 404 or 403, nothing shown',
    async (slug) => {
      const doc = await docIn(slug, { reviewState: 'draft' })
      const result = await api(`/api/${slug}/${doc.id}?draft=true&depth=0`)
      expect([403, 404]).toContain(result.status)
      expectVietnameseError(result.body)
      expect(JSON.stringify(result.body)).not.toContain(doc[title(slug)])
    },
  )

  it('after publish, anonymous readers find the exemplar by slug and its page answers 200', async () => {
    const doc = await docIn('exemplars', { reviewState: 'submitted' })
    const slug = (await stored('exemplars', doc.id)).slug
    expect(slug).toBeTruthy()
    const page = () => fetch(`${baseURL()}/guong-dien-hinh/${encodeURIComponent(slug)}`)
    const find = () => api(`/api/exemplars?depth=0&where[slug][equals]=${encodeURIComponent(slug)}`)
    expect((await find()).body.docs).toEqual([])
    expect((await page()).status).toBe(404)

    await step('exemplars', doc.id, 'editor', 'publish')
    const found = await find()
    expect(found.status).toBe(200)
    expect(found.body.docs.map((d: Doc) => d.id)).toEqual([doc.id])
    const response = await page()
    expect(response.status).toBe(200)
    expect(await response.text()).toContain(doc.name)
  })
})

// ---------------------------------------------------------------------------------------------
// Document locking
// ---------------------------------------------------------------------------------------------

describe('document locking', () => {
  let browser: Browser | undefined
  let refusal: { status: number; body: JsonBody } | undefined

  afterAll(async () => {
    await browser?.close()
  })

  it('while the editor has a draft open in the admin, the admin’s REST PATCH is refused (423), unchanged', async () => {
    const doc = await docIn('exemplars', { reviewState: 'draft' }, 'editor')
    const me = await api('/api/users/me?depth=0', { token: tokens.editor })
    const editorId = me.body.user.id
    browser = await launch()
    const context = await browser.newContext({
      locale: 'vi-VN',
      viewport: { width: 1400, height: 1000 },
    })
    await context.addCookies([{ name: 'payload-token', value: tokens.editor, url: baseURL() }])
    const page = await context.newPage()
    await page.goto(`${baseURL()}/admin/collections/exemplars/${doc.id}`)
    await page.locator('#field-name').waitFor({ timeout: 30_000 })
    expect(await page.locator('#field-name').inputValue()).toBe(doc.name)

    // Payload writes the lock when the editor starts editing (the form's change round-trip),
    // not on load: type into a field, without saving, and wait for the lock to exist.
    // Typing before React has hydrated the form is lost: retype until the form counts as changed.
    await page.getByTestId('workflow-actions').waitFor({ timeout: 30_000 })
    const save = page.getByRole('button', { name: 'Lưu bản nháp' })
    await expect
      .poll(
        async () => {
          await page.locator('#field-summary').fill(`${doc.summary} Đang sửa ${Date.now()}`)
          return save.isEnabled()
        },
        { timeout: 20_000, interval: 500 },
      )
      .toBe(true)
    const lockOf = async () => {
      const locks = await api('/api/payload-locked-documents?depth=0&limit=100', {
        token: tokens.admin,
      })
      expect(locks.status, JSON.stringify(locks.body)).toBe(200)
      return (locks.body.docs as Doc[]).filter(
        (lock) =>
          lock.document?.relationTo === 'exemplars' && idOf(lock.document?.value) === doc.id,
      )
    }
    await expect.poll(async () => (await lockOf()).length, { timeout: 20_000 }).toBe(1)
    expect(idOf((await lockOf())[0]!.user?.value)).toBe(editorId)

    const before = await stored('exemplars', doc.id)
    const result = await api(`/api/exemplars/${doc.id}?draft=true`, {
      method: 'PATCH',
      token: tokens.admin,
      json: { summary: 'Quản trị sửa khi biên tập đang mở.' },
    })
    refusal = result
    expect(result.status, JSON.stringify(result.body)).toBe(423)
    expect(await stored('exemplars', doc.id)).toEqual(before)
    expect((await stored('exemplars', doc.id)).summary).toBe(doc.summary)
    await context.close()
  })

  // SPEC §3: a refused request answers with a clear Vietnamese message. Uses the refusal above.
  it('the 423 refusal explains itself in Vietnamese', () => {
    expect(refusal, 'the locking test above produced no refusal').toBeDefined()
    expect(refusal!.status).toBe(423)
    expectVietnameseError(refusal!.body)
  })
})
