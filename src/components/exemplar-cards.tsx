import Link from 'next/link'

import { CATEGORY_LABELS, EXEMPLAR_KIND_LABELS } from '@/lib/labels'
import { displayPeriod } from '@/lib/period'
import type { Exemplar } from '@/payload-types'

/** The card grid used by the list, movement and unit pages. */
export function ExemplarCards({ exemplars }: { exemplars: Exemplar[] }) {
  return (
    <ul className="card-list">
      {exemplars.map((exemplar) => (
        <li key={exemplar.id} className="card">
          <h3 className="card-title">
            <Link href={`/guong-dien-hinh/${exemplar.slug}`}>{exemplar.name}</Link>
          </h3>
          <p className="meta">
            {EXEMPLAR_KIND_LABELS[exemplar.kind]} · {CATEGORY_LABELS[exemplar.category]} · Tháng{' '}
            {displayPeriod(exemplar.period)}
          </p>
          {exemplar.position ? <p>{exemplar.position}</p> : null}
          {typeof exemplar.unit === 'object' && exemplar.unit ? (
            <p className="meta">{exemplar.unit.name}</p>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
