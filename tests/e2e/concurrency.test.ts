/**
 * Two REST clients edit the same document (issue 7, item 5): each sends the `updatedAt` it read
 * in `If-Match`; the one who writes second gets 409 with a Vietnamese message and its change
 * is not saved — never a silent overwrite. (Payload's document lock, 423, for documents open in
 * the admin, is covered in workflow-rest.test.ts.)
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { api, login } from './http'

const EDITOR = 'bientap@lantoa.local'
const ADMIN = 'quantri@lantoa.local'

let editor: string
let admin: string

beforeAll(async () => {
  editor = await login(EDITOR)
  admin = await login(ADMIN)
})

async function freshExemplar(): Promise<{ id: number; updatedAt: string }> {
  const created = await api('/api/exemplars', {
    method: 'POST',
    token: editor,
    json: {
      kind: 'collective',
      name: `Hợp tác xã thử sửa đồng thời ${Date.now().toString(36)}`,
      category: 'good-model',
      sector: 'economy',
      summary: 'Bản gốc.',
      period: '2022-08',
      unit: (await api('/api/units?limit=1&depth=0', { token: admin })).body.docs[0].id,
    },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const read = await api(`/api/exemplars/${created.body.doc.id}?draft=true&depth=0`, {
    token: editor,
  })
  return { id: read.body.id, updatedAt: read.body.updatedAt }
}

const patch = (id: number, token: string, summary: string, ifMatch?: string) =>
  api(`/api/exemplars/${id}?draft=true`, {
    method: 'PATCH',
    token,
    json: { summary },
    headers: ifMatch ? { 'if-match': `"${ifMatch}"` } : {},
  })

const stored = async (id: number) =>
  (await api(`/api/exemplars/${id}?draft=true&depth=0`, { token: admin })).body

describe('If-Match: the updatedAt a client read', () => {
  it('one after the other: the second writer gets 409 and its change is not saved', async () => {
    const doc = await freshExemplar()
    const first = await patch(doc.id, editor, 'Biên tập viên sửa.', doc.updatedAt)
    expect(first.status, JSON.stringify(first.body)).toBe(200)

    const second = await patch(doc.id, admin, 'Quản trị sửa trên bản cũ.', doc.updatedAt)
    expect(second.status).toBe(409)
    expect(second.body.errors[0].message).toMatch(/đã được người khác cập nhật/)
    expect((await stored(doc.id)).summary).toBe('Biên tập viên sửa.')

    // Re-reading gives the current updatedAt, with which the write goes through.
    const current = await stored(doc.id)
    const retry = await patch(doc.id, admin, 'Quản trị sửa sau khi tải lại.', current.updatedAt)
    expect(retry.status, JSON.stringify(retry.body)).toBe(200)
    expect((await stored(doc.id)).summary).toBe('Quản trị sửa sau khi tải lại.')
  })

  it('at the same moment: exactly one wins, the other gets 409', async () => {
    const doc = await freshExemplar()
    const results = await Promise.all([
      patch(doc.id, editor, 'Bản của biên tập viên.', doc.updatedAt),
      patch(doc.id, admin, 'Bản của quản trị.', doc.updatedAt),
    ])
    const statuses = results.map((result) => result.status).sort()
    expect(statuses).toEqual([200, 409])
    const winner = results.find((result) => result.status === 200)!
    expect((await stored(doc.id)).summary).toBe(winner.body.doc.summary)
  })

  it('the workflow endpoint honours If-Match too', async () => {
    const doc = await freshExemplar()
    await patch(doc.id, editor, 'Đã sửa.', doc.updatedAt)
    const stale = await api(`/api/exemplars/${doc.id}/workflow`, {
      method: 'POST',
      token: admin,
      json: { action: 'submit' },
      headers: { 'if-match': doc.updatedAt },
    })
    expect(stale.status).toBe(409)
    expect((await stored(doc.id)).reviewState).toBe('draft')
  })

  it('a malformed If-Match is refused with 400', async () => {
    const doc = await freshExemplar()
    const result = await patch(doc.id, editor, 'x', 'hôm qua')
    expect(result.status).toBe(400)
    expect((await stored(doc.id)).summary).toBe('Bản gốc.')
  })
})
