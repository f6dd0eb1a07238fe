import type { Payload, Where } from 'payload'

import { isStaffUser, unitOf } from '@/access/roles'
import { readAsOfPeriod } from '@/lib/as-of'
import { displayPeriod } from '@/lib/period'

import { QUEUE_QUERY } from './queue-query'

type Props = { payload: Payload; user?: unknown }

type Row = {
  id: number | string
  name?: string | null
  title?: string | null
  period?: string | null
  submittedAt?: string | null
  unit?: unknown
  reviewNotes?: Array<{ note: string; at?: string | null }> | null
}

const dateVi = (value?: string | null) =>
  value
    ? new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short' }).format(
        new Date(value),
      )
    : ''

const unitName = (unit: unknown) =>
  unit && typeof unit === 'object' ? ((unit as { name?: string }).name ?? '') : ''

async function find(
  payload: Payload,
  collection: 'exemplars' | 'articles',
  where: Where,
  limit = 10,
): Promise<{ docs: Row[]; total: number }> {
  const common = { where, limit, sort: 'submittedAt', depth: 1, draft: true, overrideAccess: true }
  const listed = { period: true, submittedAt: true, unit: true, reviewNotes: true } as const
  const result =
    collection === 'exemplars'
      ? await payload.find({ ...common, collection, select: { ...listed, name: true } })
      : await payload.find({ ...common, collection, select: { ...listed, title: true } })
  return { docs: result.docs, total: result.totalDocs }
}

/** The first screen of the admin: editors see the review pile, unit staff their unit's month. */
export async function Dashboard({ payload, user }: Props) {
  const admin = '/admin/collections'
  if (isStaffUser(user)) {
    const submitted: Where = { reviewState: { equals: 'submitted' } }
    const [exemplars, articles] = await Promise.all([
      find(payload, 'exemplars', submitted),
      find(payload, 'articles', submitted, 0),
    ])
    return (
      <section className="lt-dashboard" aria-labelledby="lt-queue">
        <h2 id="lt-queue">Chờ duyệt</h2>
        <p>
          <a href={`${admin}/exemplars${QUEUE_QUERY}`}>{exemplars.total} gương điển hình</a> và{' '}
          <a href={`${admin}/articles${QUEUE_QUERY}`}>{articles.total} bài viết</a> đang chờ duyệt
          (cũ nhất trước).
        </p>
        {exemplars.docs.length ? (
          <table className="lt-table">
            <thead>
              <tr>
                <th>Gương điển hình</th>
                <th>Đơn vị</th>
                <th>Kỳ</th>
                <th>Ngày gửi</th>
              </tr>
            </thead>
            <tbody>
              {exemplars.docs.map((doc) => (
                <tr key={doc.id}>
                  <td>
                    <a href={`${admin}/exemplars/${doc.id}`}>{doc.name}</a>
                  </td>
                  <td>{unitName(doc.unit)}</td>
                  <td>{doc.period ? displayPeriod(doc.period) : ''}</td>
                  <td>{dateVi(doc.submittedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    )
  }

  const unit = unitOf(user)
  if (unit === null) return null
  const own: Where = { unit: { equals: unit } }
  const thisMonth = await readAsOfPeriod(payload)
  const monthStart = new Date(`${thisMonth}-01T00:00:00+07:00`).toISOString()
  const [drafts, returned, sent] = await Promise.all([
    find(payload, 'exemplars', { and: [own, { reviewState: { equals: 'draft' } }] }, 0),
    find(payload, 'exemplars', { and: [own, { reviewState: { equals: 'returned' } }] }),
    find(
      payload,
      'exemplars',
      { and: [own, { submittedAt: { greater_than_equal: monthStart } }] },
      0,
    ),
  ])
  return (
    <section className="lt-dashboard" aria-labelledby="lt-unit">
      <h2 id="lt-unit">Đơn vị của tôi</h2>
      <ul>
        <li>
          <a href={`${admin}/exemplars?where[reviewState][equals]=draft`}>
            {drafts.total} hồ sơ nháp
          </a>
        </li>
        <li>
          {sent.total} hồ sơ đã gửi duyệt trong tháng {displayPeriod(thisMonth)}
        </li>
        <li>{returned.total} hồ sơ bị trả lại cần bổ sung</li>
      </ul>
      {returned.docs.length ? (
        <table className="lt-table">
          <thead>
            <tr>
              <th>Hồ sơ bị trả lại</th>
              <th>Ý kiến gần nhất</th>
            </tr>
          </thead>
          <tbody>
            {returned.docs.map((doc) => (
              <tr key={doc.id}>
                <td>
                  <a href={`${admin}/exemplars/${doc.id}`}>{doc.name}</a>
                </td>
                <td>{doc.reviewNotes?.at(-1)?.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}
