import Link from 'next/link'

import { CATEGORY_LABELS, EXEMPLAR_KIND_LABELS } from '@/lib/labels'
import { displayPeriod } from '@/lib/period'
import type { Exemplar } from '@/payload-types'

/** The card grid used by the list, movement and unit pages. */
type Props = {
  exemplars: Exemplar[]
  /** Keeps headings in order: h2 under the page title, h3 under a section heading. */
  heading?: 'h2' | 'h3'
}

export function ExemplarCards({ exemplars, heading: Heading = 'h3' }: Props) {
  return (
    <ul className="card-list">
      {exemplars.map((exemplar) => (
        <li key={exemplar.id} className="card">
          <Heading className="card-title">
            <Link href={`/guong-dien-hinh/${exemplar.slug}`}>{exemplar.name}</Link>
          </Heading>
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
