import Link from 'next/link'

import type { ExemplarCard } from '@/portal/exemplars'
import { CATEGORY_LABELS, EXEMPLAR_KIND_LABELS } from '@/lib/labels'
import { displayPeriod } from '@/lib/period'
import { exemplarPath } from '@/lib/routes'

import { Picture } from './picture'

type Props = {
  exemplars: ExemplarCard[]
  /** Keeps headings in order: h2 under the page title, h3 under a section heading. */
  heading?: 'h2' | 'h3'
  /** The first row is above the fold on the list and home pages. */
  eager?: number
}

/** The card grid used by the home, list, movement and unit pages. */
export function ExemplarCards({ exemplars, heading: Heading = 'h3', eager = 0 }: Props) {
  return (
    <ul className="card-list">
      {exemplars.map((exemplar, index) => (
        <li key={exemplar.id} className="card">
          <Picture
            image={exemplar.portrait}
            sizes="(max-width: 600px) 100vw, (max-width: 1100px) 50vw, 340px"
            priority={index < eager}
            className="card-image"
          />
          <div className="card-body">
            <p className="card-kicker">{CATEGORY_LABELS[exemplar.category]}</p>
            <Heading className="card-title">
              <Link href={exemplarPath(exemplar.slug)}>{exemplar.name}</Link>
            </Heading>
            {exemplar.position ? <p className="card-position">{exemplar.position}</p> : null}
            <p className="meta">
              {EXEMPLAR_KIND_LABELS[exemplar.kind]}
              {typeof exemplar.unit === 'object' && exemplar.unit ? ` · ${exemplar.unit.name}` : ''}
              {` · Tháng ${displayPeriod(exemplar.period)}`}
            </p>
          </div>
        </li>
      ))}
    </ul>
  )
}
