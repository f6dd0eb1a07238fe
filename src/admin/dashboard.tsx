import { Card } from '@payloadcms/ui'
import type { Payload, Where } from 'payload'

import { isStaffUser, unitOf } from '@/access/roles'
import { readAsOfPeriod } from '@/lib/as-of'
import { displayDate } from '@/lib/dates'
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

/**
 * The counts as the admin's own collection cards (the same classes as Payload's dashboard), so
 * they sit beside "Gương điển hình", "Bài viết"… without a style of their own.
 */
function Cards({ cards }: { cards: Array<{ title: string; href: string }> }) {
  return (
    <ul className="collections__card-list lt-cards">
      {cards.map((card) => (
        <li key={card.href}>
          <Card title={card.title} href={card.href} />
        </li>
      ))}
    </ul>
  )
}

/** The first screen of the admin: editors see the review pile, unit staff their unit's month. */
export async function Dashboard({ payload, user }: Props) {
  const admin = `${payload.config.routes.admin}/collections`
  if (isStaffUser(user)) {
    const submitted: Where = { reviewState: { equals: 'submitted' } }
    const [exemplars, articles] = await Promise.all([
      find(payload, 'exemplars', submitted),
      find(payload, 'articles', submitted, 0),
    ])
    return (
      <section className="collections__group lt-dashboard" aria-labelledby="lt-queue">
        <h2 id="lt-queue" className="collections__label">
          Chờ duyệt
        </h2>
        <Cards
          cards={[
            {
              title: `${exemplars.total} gương điển hình`,
              href: `${admin}/exemplars${QUEUE_QUERY}`,
            },
            { title: `${articles.total} bài viết`, href: `${admin}/articles${QUEUE_QUERY}` },
          ]}
        />
        {exemplars.docs.length ? (
          <div className="lt-scroll" role="region" tabIndex={0} aria-labelledby="lt-queue">
            <table className="lt-table">
              <caption className="lt-sr-only">Hồ sơ chờ duyệt, cũ nhất trước</caption>
              <thead>
                <tr>
                  <th scope="col">Gương điển hình</th>
                  <th scope="col">Đơn vị</th>
                  <th scope="col">Kỳ</th>
                  <th scope="col">Ngày gửi</th>
                </tr>
              </thead>
              <tbody>
                {exemplars.docs.map((doc) => (
                  <tr key={doc.id}>
                    <th scope="row">
                      <a href={`${admin}/exemplars/${doc.id}`}>{doc.name}</a>
                    </th>
                    <td>{unitName(doc.unit)}</td>
                    <td>{doc.period ? displayPeriod(doc.period) : ''}</td>
                    <td>{displayDate(doc.submittedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="lt-report__hint">Không có hồ sơ nào đang chờ duyệt.</p>
        )}
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
  const list = `${admin}/exemplars?where`
  return (
    <section className="collections__group lt-dashboard" aria-labelledby="lt-unit">
      <h2 id="lt-unit" className="collections__label">
        Đơn vị của tôi
      </h2>
      <Cards
        cards={[
          { title: `${drafts.total} hồ sơ nháp`, href: `${list}[reviewState][equals]=draft` },
          {
            title: `${sent.total} hồ sơ đã gửi duyệt trong tháng ${displayPeriod(thisMonth)}`,
            href: `${list}[submittedAt][greater_than_equal]=${encodeURIComponent(monthStart)}`,
          },
          {
            title: `${returned.total} hồ sơ bị trả lại cần bổ sung`,
            href: `${list}[reviewState][equals]=returned`,
          },
        ]}
      />
      {returned.docs.length ? (
        <div className="lt-scroll" role="region" tabIndex={0} aria-labelledby="lt-unit">
          <table className="lt-table">
            <caption className="lt-sr-only">Hồ sơ bị trả lại và ý kiến gần nhất</caption>
            <thead>
              <tr>
                <th scope="col">Hồ sơ bị trả lại</th>
                <th scope="col">Ý kiến gần nhất</th>
              </tr>
            </thead>
            <tbody>
              {returned.docs.map((doc) => (
                <tr key={doc.id}>
                  <th scope="row">
                    <a href={`${admin}/exemplars/${doc.id}`}>{doc.name}</a>
                  </th>
                  <td>{doc.reviewNotes?.at(-1)?.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  )
}
