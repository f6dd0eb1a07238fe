import type { JsonBody } from './json'
import { expect } from 'vitest'

import type { Payload } from 'payload'

import type { User } from '@/payload-types'

import { as, validExemplar, type Fixtures } from './payload'

/** Collections that carry the review workflow. */
export type ContentSlug = 'exemplars' | 'articles'

/** A stored document, read loosely (the suites check fields of both content collections). */
export type Doc = { id: number } & Record<string, JsonBody>

/** The people a request can come from, as named in the matrices. */
export type Actor = 'anonymous' | 'contributorA' | 'contributorB' | 'editor' | 'admin'

export const ACTORS: Actor[] = ['anonymous', 'contributorA', 'contributorB', 'editor', 'admin']

export function userOf(f: Fixtures, actor: Actor): User | undefined {
  return actor === 'anonymous' ? undefined : f[actor]
}

/**
 * Options for a Local API call made as `actor`, with access control on — the way REST,
 * GraphQL and the admin UI call the operations. Anonymous: no user at all.
 */
export function asActor(f: Fixtures, actor: Actor) {
  const user = userOf(f, actor)
  return user
    ? { user: as(user), overrideAccess: false as const }
    : { overrideAccess: false as const }
}

/** Options for an authenticated user given directly. */
export const withUser = (user: User) => ({ user: as(user), overrideAccess: false as const })

/** At least one letter only Vietnamese uses (tone or vowel marks, đ). */
export const VIETNAMESE_LETTER =
  /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i

export function expectVietnamese(message: unknown): void {
  expect(typeof message).toBe('string')
  expect(message as string).toMatch(VIETNAMESE_LETTER)
}

/** The id of a relationship value, populated or not. */
export function idOf(value: unknown): number | string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') return (value as { id: number | string }).id
  return value as number | string
}

/** Waits for `promise` to fail and returns what it threw. Fails the test when it succeeds. */
export async function rejection(
  promise: Promise<unknown>,
): Promise<Error & Record<string, JsonBody>> {
  let outcome: unknown
  try {
    outcome = await promise
  } catch (error) {
    return error as Error & Record<string, JsonBody>
  }
  throw new Error(
    `expected the request to be refused, but it succeeded: ${JSON.stringify(outcome)?.slice(0, 300)}`,
  )
}

/** The request is refused as "not yours to see": 404 (NotFound) or 403 (Forbidden). */
export async function expectNotVisible(promise: Promise<unknown>): Promise<void> {
  const error = await rejection(promise)
  expect([403, 404]).toContain(error.status)
}

/** Data for a valid document of each content collection. */
export function contentData(slug: ContentSlug, overrides: Record<string, unknown> = {}) {
  if (slug === 'exemplars') return validExemplar(overrides)
  return {
    title: 'Xã Tú Đoạn ra quân làm đường giao thông nông thôn',
    excerpt: 'Nhân dân hiến đất, góp công làm 2 km đường bê tông.',
    byline: 'Phòng Nội vụ',
    ...overrides,
  }
}

/** The plain-text field each content collection's tests change in an ordinary edit. */
export const editableText: Record<ContentSlug, string> = {
  exemplars: 'summary',
  articles: 'excerpt',
}

export type ReviewSetup = {
  reviewState: 'draft' | 'submitted' | 'returned' | 'published'
  _status?: 'draft' | 'published'
  provincialStatus?: 'none' | 'proposed' | 'selected'
  consent?: boolean
}

/** Creates a document directly in a review state, the way the workflow endpoint would leave it. */
export async function createInState(
  payload: Payload,
  slug: ContentSlug,
  unit: number | string,
  state: ReviewSetup,
  overrides: Record<string, unknown> = {},
): Promise<Doc> {
  const published = state.reviewState === 'published'
  const data: Record<string, unknown> = {
    ...contentData(slug, overrides),
    unit,
    reviewState: state.reviewState,
    _status: state._status ?? (published ? 'published' : 'draft'),
  }
  if (slug === 'exemplars') {
    data.consent = state.consent ?? published
    if (state.provincialStatus) data.provincialStatus = state.provincialStatus
  }
  return (await payload.create({
    collection: slug,
    data: data as never,
    overrideAccess: true,
    context: { workflowTransition: true },
  })) as unknown as Doc
}

/** Moves a document to a review state as the workflow would (setup only). */
export async function forceState(
  payload: Payload,
  slug: ContentSlug,
  id: number | string,
  data: Partial<ReviewSetup>,
): Promise<Doc> {
  return (await payload.update({
    collection: slug,
    id,
    data: data as never,
    overrideAccess: true,
    context: { workflowTransition: true },
  })) as unknown as Doc
}

/** The stored document, read past every access rule. */
export async function stored(payload: Payload, slug: string, id: number | string): Promise<Doc> {
  return (await payload.findByID({
    collection: slug as ContentSlug,
    id,
    depth: 0,
    overrideAccess: true,
  })) as unknown as Doc
}

/** Whether a stored document still exists, read past every access rule. */
export async function exists(
  payload: Payload,
  slug: string,
  id: number | string,
): Promise<boolean> {
  const doc = await payload.findByID({
    collection: slug as ContentSlug,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  return Boolean(doc)
}
