/**
 * The review workflow as a matrix (SPEC §3): every role × action × starting state, through
 * `performTransition` — the Local API door with a user — for exemplars and articles; then the
 * other doors (ordinary updates, bulk update, version restore) that must not move a state.
 *
 * The expected outcome of each cell comes from the small table below, written from SPEC §3 and
 * independent of src/workflow/transitions.ts (importing that would make the matrix unable to
 * fail). Each cell gets a fresh document, put into its starting state through the trusted
 * system path (context `workflowTransition`), so cells do not depend on one another.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { orgWords } from '@/globals/org-words'
import { performTransition } from '@/workflow/perform'
import { provincialStatusLabel, REVIEW_STATE_LABELS } from '@/workflow/states'

import {
  asActor,
  contentData,
  createInState,
  editableText,
  expectVietnamese,
  forceState,
  idOf,
  rejection,
  stored,
  withUser,
  type Actor,
  type ContentSlug,
  type Doc,
} from '../helpers/access'
import { as, createFixtures, testPayload, type Fixtures } from '../helpers/payload'
import {
  actionVariants,
  expected,
  SPEC_RULES,
  startLabel,
  type Action,
  type Owner,
  type Provincial,
  type SpecCell,
  type Start,
  type State,
} from '../helpers/workflow-spec'

let f: Fixtures

beforeAll(async () => {
  // Notifications of allowed cells go to the log, not to a mail server.
  delete process.env.SMTP_URL
  f = await createFixtures(await testPayload())
})

// ---------------------------------------------------------------------------------------------
// SPEC §3, written out
// ---------------------------------------------------------------------------------------------

type Cell = SpecCell & { name: string }

// ---------------------------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------------------------

const NOTE = 'Bổ sung ảnh chân dung và số quyết định khen thưởng năm 2022.'
const ACTOR_LIST: Actor[] = ['admin', 'editor', 'contributorA', 'contributorB', 'anonymous']
const SLUGS: ContentSlug[] = ['exemplars', 'articles']

const REVIEW_STARTS: Start[] = [
  { reviewState: 'draft' },
  { reviewState: 'submitted' },
  { reviewState: 'returned' },
  { reviewState: 'published' },
]
const PROVINCIAL_STARTS: Start[] = [
  { reviewState: 'draft' },
  { reviewState: 'submitted' },
  { reviewState: 'returned' },
  { reviewState: 'published', provincialStatus: 'none' },
  { reviewState: 'published', provincialStatus: 'proposed' },
  { reviewState: 'published', provincialStatus: 'selected' },
]

const VARIANTS = actionVariants(NOTE)

function describeOutcome(cell: Omit<Cell, 'name'>): string {
  const outcome = expected(cell as Cell)
  if (outcome.refused) return `${outcome.status}`
  return outcome.provincialStatus &&
    cell.slug === 'exemplars' &&
    SPEC_RULES[cell.action].to.provincialStatus
    ? `→ ${outcome.provincialStatus}`
    : `→ ${outcome.reviewState}`
}

function cell(base: Omit<Cell, 'name'>, label: string): Cell {
  const extra = [
    base.owner !== 'contributorA' ? `created by ${base.owner}` : '',
    base.slug === 'exemplars' && !base.consent ? 'no consent' : '',
  ]
    .filter(Boolean)
    .join(', ')
  return {
    ...base,
    name: `${base.actor} ${label} from ${startLabel(base.start)}${extra ? ` (${extra})` : ''}: ${describeOutcome(base)}`,
  }
}

function matrixCells(slug: ContentSlug): Cell[] {
  const cells: Cell[] = []
  for (const variant of VARIANTS) {
    const provincial = variant.action === 'propose' || variant.action === 'select'
    const starts = provincial && slug === 'exemplars' ? PROVINCIAL_STARTS : REVIEW_STARTS
    for (const start of starts) {
      for (const actor of ACTOR_LIST) {
        cells.push(
          cell(
            {
              slug,
              actor,
              action: variant.action,
              note: variant.note,
              start,
              owner: 'contributorA',
              consent: true,
            },
            variant.label,
          ),
        )
      }
    }
  }
  return cells
}

// ---------------------------------------------------------------------------------------------
// Running a cell
// ---------------------------------------------------------------------------------------------

let serial = 0

const userFor = (actor: Actor) => (actor === 'anonymous' ? null : as(f[actor]))

/**
 * A fresh unit-A document in the cell's starting state, written through the trusted system
 * path (as `createInState` does, with depth 0 to keep the 400 cells quick).
 */
async function setUp(c: Cell): Promise<Doc> {
  const n = ++serial
  const published = c.start.reviewState === 'published'
  const data: Record<string, unknown> = {
    ...contentData(
      c.slug,
      c.slug === 'exemplars' ? { name: `Nguyễn Văn An ${n}` } : { title: `Tin xã Tú Đoạn số ${n}` },
    ),
    unit: f.unitA.id,
    createdBy: f[c.owner].id,
    reviewState: c.start.reviewState,
    _status: published ? 'published' : 'draft',
  }
  if (c.slug === 'exemplars') {
    data.consent = c.consent
    data.provincialStatus = c.start.provincialStatus ?? 'none'
  }
  return (await f.payload.create({
    collection: c.slug,
    data: data as never,
    depth: 0,
    overrideAccess: true,
    context: { workflowTransition: true },
  })) as unknown as Doc
}

/** Audit entries about one document, read as an editor with access control on. */
async function auditOf(slug: ContentSlug, id: number | string) {
  const result = await f.payload.find({
    collection: 'audit-log',
    where: { and: [{ docId: { equals: String(id) } }, { targetCollection: { equals: slug } }] },
    sort: 'at',
    depth: 0,
    limit: 100,
    ...withUser(f.editor),
  })
  return result.docs
}

/** How the audit log may name a state: the value itself or its Vietnamese label. */
const reviewWords = (state: State) => [state, REVIEW_STATE_LABELS[state]]
// The fixtures keep the default settings: a district proposing to its province.
const provincialWords = (status: Provincial) => [status, provincialStatusLabel(status, orgWords())]

const withinRun = (iso: unknown, startedAt: number) => {
  expect(typeof iso).toBe('string')
  const t = new Date(iso as string).getTime()
  expect(t).toBeGreaterThanOrEqual(startedAt - 1000)
  expect(t).toBeLessThanOrEqual(Date.now() + 1000)
}

async function runCell(c: Cell): Promise<void> {
  const doc = await setUp(c)
  const before = await stored(f.payload, c.slug, doc.id)
  expect(before.reviewState).toBe(c.start.reviewState)

  const outcome = expected(c)
  const startedAt = Date.now()
  const attempt = performTransition({
    payload: f.payload,
    collection: c.slug,
    id: doc.id,
    action: c.action,
    note: c.note,
    user: userFor(c.actor),
  })

  if (outcome.refused) {
    const error = await rejection(attempt)
    expect(error.status).toBe(outcome.status)
    expectVietnamese(error.message)
    expect(await stored(f.payload, c.slug, doc.id)).toEqual(before)
    expect(await auditOf(c.slug, doc.id)).toEqual([])
    return
  }

  const result = (await attempt) as unknown as Doc
  const publishedNow = outcome.reviewState === 'published'
  expect(result.reviewState).toBe(outcome.reviewState)
  expect(result._status).toBe(publishedNow ? 'published' : 'draft')

  const saved = await stored(f.payload, c.slug, doc.id)
  expect(saved.reviewState).toBe(outcome.reviewState)
  expect(saved._status).toBe(publishedNow ? 'published' : 'draft')
  if (c.slug === 'exemplars') {
    expect(result.provincialStatus).toBe(outcome.provincialStatus)
    expect(saved.provincialStatus).toBe(outcome.provincialStatus)
  } else {
    expect(saved.provincialStatus).toBeUndefined()
  }
  // The content and ownership are not touched by a transition.
  const text = editableText[c.slug]
  expect(saved[text]).toBe(before[text])
  expect(idOf(saved.unit)).toBe(idOf(before.unit))
  expect(idOf(saved.createdBy)).toBe(f[c.owner].id)

  if (c.action === 'submit') {
    withinRun(saved.submittedAt, startedAt)
  } else {
    expect(saved.submittedAt ?? null).toEqual(before.submittedAt ?? null)
  }

  const notesBefore = (before.reviewNotes ?? []) as Array<Record<string, unknown>>
  const notes = (saved.reviewNotes ?? []) as Array<Record<string, unknown>>
  if (c.action === 'return') {
    expect(notes).toHaveLength(notesBefore.length + 1)
    const last = notes.at(-1)!
    expect(last.note).toContain(NOTE)
    expect(idOf(last.author)).toBe(f[c.actor as Owner].id)
    withinRun(last.at, startedAt)
  } else {
    expect(notes).toEqual(notesBefore)
  }

  const log = await auditOf(c.slug, doc.id)
  expect(log).toHaveLength(1)
  const entry = log[0]!
  expect(entry.action).toBe(c.action)
  expect(entry.targetCollection).toBe(c.slug)
  if (c.action === 'propose' || c.action === 'select') {
    expect(provincialWords(c.start.provincialStatus ?? 'none')).toContain(entry.from)
    expect(provincialWords(outcome.provincialStatus!)).toContain(entry.to)
  } else {
    expect(reviewWords(c.start.reviewState)).toContain(entry.from)
    expect(reviewWords(outcome.reviewState)).toContain(entry.to)
  }
  if (c.action === 'return') expect(entry.note).toContain(NOTE)
}

/** `it.each` rows whose first column is the cell's full name (printed untruncated by %s). */
const rows = (cells: Cell[]) => cells.map((c) => [c.name, c] as [string, Cell])

// ---------------------------------------------------------------------------------------------
// The matrix
// ---------------------------------------------------------------------------------------------

describe.each(SLUGS)('%s: role × action × state', (slug) => {
  it.each(rows(matrixCells(slug)))('%s', (_, c) => runCell(c))
})

describe.each(SLUGS)('%s: publish from draft only for staff’s own work', (slug) => {
  const cells: Cell[] = []
  for (const owner of ['editor', 'admin'] as const) {
    for (const actor of ['editor', 'admin'] as const) {
      cells.push(
        cell(
          { slug, actor, action: 'publish', start: { reviewState: 'draft' }, owner, consent: true },
          'publish',
        ),
      )
    }
  }
  it.each(rows(cells))('%s', (_, c) => runCell(c))
})

describe('exemplars: publish needs consent', () => {
  const cells: Cell[] = []
  for (const actor of ['editor', 'admin', 'contributorA'] as const) {
    cells.push(
      cell(
        {
          slug: 'exemplars',
          actor,
          action: 'publish',
          start: { reviewState: 'submitted' },
          owner: 'contributorA',
          consent: false,
        },
        'publish',
      ),
    )
  }
  for (const actor of ['editor', 'admin'] as const) {
    cells.push(
      cell(
        {
          slug: 'exemplars',
          actor,
          action: 'publish',
          start: { reviewState: 'draft' },
          owner: actor,
          consent: false,
        },
        'publish',
      ),
    )
  }
  it.each(rows(cells))('%s', (_, c) => runCell(c))
})

// ---------------------------------------------------------------------------------------------
// Invalid requests
// ---------------------------------------------------------------------------------------------

describe.each(SLUGS)('%s: invalid requests answer 400 and change nothing', (slug) => {
  const attempts: Array<{ what: string; actor: Owner; action: unknown; note?: unknown }> = [
    { what: "unknown action 'delete' by the editor", actor: 'editor', action: 'delete' },
    {
      what: "unknown action 'delete' by the unit's contributor",
      actor: 'contributorA',
      action: 'delete',
    },
    { what: 'a missing action', actor: 'editor', action: undefined },
    { what: 'return with a note that is a number', actor: 'editor', action: 'return', note: 42 },
    {
      what: 'return with a note that is an object',
      actor: 'editor',
      action: 'return',
      note: { text: NOTE },
    },
    { what: 'return with a blank note', actor: 'editor', action: 'return', note: '   \n ' },
  ]
  it.each(attempts)('$what', async ({ actor, action, note }) => {
    const doc = await setUp({
      name: '',
      slug,
      actor,
      action: 'return',
      start: { reviewState: 'submitted' },
      owner: 'contributorA',
      consent: true,
    })
    const before = await stored(f.payload, slug, doc.id)
    const error = await rejection(
      performTransition({
        payload: f.payload,
        collection: slug,
        id: doc.id,
        action,
        note,
        user: as(f[actor]),
      }),
    )
    expect(error.status).toBe(400)
    expectVietnamese(error.message)
    expect(await stored(f.payload, slug, doc.id)).toEqual(before)
    expect(await auditOf(slug, doc.id)).toEqual([])
  })

  it('an id that does not exist → 404', async () => {
    const error = await rejection(
      performTransition({
        payload: f.payload,
        collection: slug,
        id: 987654,
        action: 'submit',
        user: as(f.editor),
      }),
    )
    expect(error.status).toBe(404)
    expectVietnamese(error.message)
  })
})

describe('the audit log', () => {
  it('is read by editors and admins, not by contributors or anonymous readers', async () => {
    const doc = await createInState(f.payload, 'exemplars', f.unitA.id, { reviewState: 'draft' })
    await performTransition({
      payload: f.payload,
      collection: 'exemplars',
      id: doc.id,
      action: 'submit',
      user: as(f.contributorA),
    })
    const where = { docId: { equals: String(doc.id) } }
    for (const staff of [f.editor, f.admin]) {
      const seen = await f.payload.find({ collection: 'audit-log', where, ...withUser(staff) })
      expect(seen.docs.map((entry) => entry.action)).toEqual(['submit'])
    }
    for (const actor of ['contributorA', 'contributorB', 'anonymous'] as const) {
      const error = await rejection(
        f.payload.find({ collection: 'audit-log', where, ...asActor(f, actor) }),
      )
      expect([401, 403]).toContain(error.status)
    }
  })

  it.each(SLUGS)(
    '%s: each entry names who acted (actor), also when the transition comes through the Local API',
    async (slug) => {
      const doc = await createInState(
        f.payload,
        slug,
        f.unitA.id,
        { reviewState: 'draft', consent: true },
        { createdBy: f.contributorA.id },
      )
      const steps: Array<{ action: Action; actor: Owner; note?: string }> = [
        { action: 'submit', actor: 'contributorA' },
        { action: 'return', actor: 'editor', note: NOTE },
        { action: 'submit', actor: 'contributorA' },
        { action: 'publish', actor: 'admin' },
      ]
      for (const step of steps) {
        await performTransition({
          payload: f.payload,
          collection: slug,
          id: doc.id,
          action: step.action,
          note: step.note,
          user: as(f[step.actor]),
        })
      }
      const log = await auditOf(slug, doc.id)
      expect(log.map((entry) => entry.action)).toEqual(steps.map((step) => step.action))
      expect(log.map((entry) => idOf(entry.actor))).toEqual(steps.map((step) => f[step.actor].id))
    },
  )
})

// ---------------------------------------------------------------------------------------------
// The other doors (SPEC §3: the rules hold through every door)
// ---------------------------------------------------------------------------------------------

describe.each(SLUGS)('%s: other doors cannot move the review state', (slug) => {
  const text = editableText[slug]
  let n = 0
  const named = () =>
    slug === 'exemplars'
      ? { name: `Hoàng Thị Lan ${slug}-${++n}` }
      : { title: `Bản tin Mẫu Sơn ${++n}` }
  const make = (reviewState: State, unit = f.unitA.id) =>
    createInState(
      f.payload,
      slug,
      unit,
      { reviewState, consent: true },
      { ...named(), createdBy: unit === f.unitA.id ? f.contributorA.id : f.contributorB.id },
    )

  it.each(['draft', 'returned'] as const)(
    "the unit's contributor updating its %s document with _status 'published' → 403, unchanged",
    async (state) => {
      const doc = await make(state)
      const before = await stored(f.payload, slug, doc.id)
      const error = await rejection(
        f.payload.update({
          collection: slug,
          id: doc.id,
          data: { _status: 'published', [text]: 'Tự xuất bản' } as never,
          ...asActor(f, 'contributorA'),
        }),
      )
      expect(error.status).toBe(403)
      expectVietnamese(error.message)
      expect(await stored(f.payload, slug, doc.id)).toEqual(before)
    },
  )

  it.each([
    { from: 'draft', to: 'submitted' },
    { from: 'draft', to: 'published' },
    { from: 'returned', to: 'submitted' },
  ] as const)(
    "the unit's contributor setting reviewState $from → $to directly → 403, unchanged",
    async ({ from, to }) => {
      const doc = await make(from)
      const before = await stored(f.payload, slug, doc.id)
      const error = await rejection(
        f.payload.update({
          collection: slug,
          id: doc.id,
          data: { reviewState: to } as never,
          ...asActor(f, 'contributorA'),
        }),
      )
      expect(error.status).toBe(403)
      expectVietnamese(error.message)
      expect(await stored(f.payload, slug, doc.id)).toEqual(before)
    },
  )

  it.each(['editor', 'admin'] as const)(
    "%s setting reviewState 'returned' directly on a submitted document → 403, unchanged",
    async (actor) => {
      const doc = await make('submitted')
      const before = await stored(f.payload, slug, doc.id)
      const error = await rejection(
        f.payload.update({
          collection: slug,
          id: doc.id,
          data: { reviewState: 'returned' } as never,
          ...asActor(f, actor),
        }),
      )
      expect(error.status).toBe(403)
      expectVietnamese(error.message)
      expect(await stored(f.payload, slug, doc.id)).toEqual(before)
      expect(await auditOf(slug, doc.id)).toEqual([])
    },
  )

  it("a contributor's bulk update with _status 'published' publishes nothing", async () => {
    const own = [await make('draft'), await make('draft'), await make('returned')]
    const other = await make('draft', f.unitB.id)
    const all = [...own, other]
    const before = await Promise.all(all.map((doc) => stored(f.payload, slug, doc.id)))
    const result = await f.payload.update({
      collection: slug,
      where: { id: { in: all.map((doc) => doc.id) } },
      data: { _status: 'published' } as never,
      depth: 0,
      ...asActor(f, 'contributorA'),
    })
    expect(result.docs).toEqual([])
    // One refusal per document of its own unit; the other unit's is out of its sight.
    expect(result.errors.map((error) => String(error.id)).sort()).toEqual(
      own.map((doc) => String(doc.id)).sort(),
    )
    for (const error of result.errors) expectVietnamese(error.message)
    for (const [i, doc] of all.entries()) {
      expect(await stored(f.payload, slug, doc.id)).toEqual(before[i])
    }
    const seen = await f.payload.find({
      collection: slug,
      where: { id: { in: all.map((doc) => doc.id) } },
      ...asActor(f, 'anonymous'),
    })
    expect(seen.docs).toEqual([])
  })

  it("a contributor's restoreVersion of a published version does not publish (403)", async () => {
    const doc = await createInState(
      f.payload,
      slug,
      f.unitA.id,
      { reviewState: 'published', consent: true },
      { ...named(), createdBy: f.contributorA.id },
    )
    await forceState(f.payload, slug, doc.id, { reviewState: 'draft', _status: 'draft' })
    const versions = await f.payload.findVersions({
      collection: slug,
      where: {
        and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }],
      },
      depth: 0,
    })
    expect(versions.docs.length).toBeGreaterThan(0)
    const before = await stored(f.payload, slug, doc.id)
    expect(before._status).toBe('draft')
    const error = await rejection(
      f.payload.restoreVersion({
        collection: slug,
        id: versions.docs[0]!.id,
        ...asActor(f, 'contributorA'),
      }),
    )
    expect(error.status).toBe(403)
    const saved = await stored(f.payload, slug, doc.id)
    expect(saved).toEqual(before)
    expect(saved._status).toBe('draft')
    expect(saved.reviewState).toBe('draft')
    const seen = await f.payload.find({
      collection: slug,
      where: { id: { equals: doc.id } },
      ...asActor(f, 'anonymous'),
    })
    expect(seen.docs).toEqual([])
  })

  it.each([
    { state: 'submitted', draft: false },
    { state: 'submitted', draft: true },
    { state: 'published', draft: false },
    { state: 'published', draft: true },
  ] as const)(
    'the unit’s contributor editing its $state document (draft: $draft) is refused (403), unchanged',
    async ({ state, draft }) => {
      const doc = await make(state)
      const before = await stored(f.payload, slug, doc.id)
      const error = await rejection(
        f.payload.update({
          collection: slug,
          id: doc.id,
          data: { [text]: 'Sửa khi đang chờ duyệt' } as never,
          draft,
          ...asActor(f, 'contributorA'),
        }),
      )
      expect(error.status).toBe(403)
      expect(await stored(f.payload, slug, doc.id)).toEqual(before)
      const latest = (await f.payload.findByID({
        collection: slug,
        id: doc.id,
        draft: true,
        depth: 0,
        overrideAccess: true,
      })) as unknown as Doc
      expect(latest[text]).toBe(before[text])
    },
  )

  it('after publish, anonymous readers see the content the contributor last saved as a draft', async () => {
    const contributor = asActor(f, 'contributorA')
    const created = (await f.payload.create({
      collection: slug,
      data: contentData(slug, {
        ...named(),
        ...(slug === 'exemplars' ? { consent: true } : {}),
      }) as never,
      draft: true,
      ...contributor,
    })) as unknown as Doc
    const first = 'Bản sửa lần 1: bổ sung số liệu năm 2022.'
    const last = 'Bản sửa lần 2: đã bổ sung thành tích và số quyết định khen thưởng.'
    for (const value of [first, last]) {
      await f.payload.update({
        collection: slug,
        id: created.id,
        data: { [text]: value } as never,
        draft: true,
        ...contributor,
      })
    }
    const find = () =>
      f.payload.find({
        collection: slug,
        where: { id: { equals: created.id } },
        depth: 0,
        ...asActor(f, 'anonymous'),
      })
    expect((await find()).docs).toEqual([])

    await performTransition({
      payload: f.payload,
      collection: slug,
      id: created.id,
      action: 'submit',
      user: as(f.contributorA),
    })
    expect((await find()).docs).toEqual([])
    const published = (await performTransition({
      payload: f.payload,
      collection: slug,
      id: created.id,
      action: 'publish',
      user: as(f.editor),
    })) as unknown as Doc
    expect(published[text]).toBe(last)

    const seen = await find()
    expect(seen.docs).toHaveLength(1)
    const doc = seen.docs[0] as unknown as Doc
    expect(doc._status).toBe('published')
    expect(doc.reviewState).toBe('published')
    expect(doc[text]).toBe(last)
    const byId = (await f.payload.findByID({
      collection: slug,
      id: created.id,
      depth: 0,
      ...asActor(f, 'anonymous'),
    })) as unknown as Doc
    expect(byId[text]).toBe(last)
  })
})
