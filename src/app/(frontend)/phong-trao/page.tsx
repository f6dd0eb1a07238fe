import type { Metadata } from 'next'
import Link from 'next/link'

import { Breadcrumbs } from '@/components/breadcrumbs'
import { listMovements } from '@/lib/cms'
import { pageMetadata } from '@/lib/seo'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = pageMetadata({
  title: 'Phong trào thi đua',
  description: 'Các phong trào thi đua và gương điển hình tiên tiến của từng phong trào',
  path: '/phong-trao',
})

export default async function MovementsPage() {
  const movements = await listMovements()
  return (
    <>
      <Breadcrumbs crumbs={[{ name: 'Phong trào thi đua', path: '/phong-trao' }]} />
      <h1 className="page-title">Phong trào thi đua</h1>
      <ul className="movement-cards">
        {movements.map((movement) => (
          <li key={movement.id} className="card card-body">
            <h2 className="card-title">
              <Link href={`/phong-trao/${movement.slug}`}>{movement.name}</Link>
            </h2>
            {movement.startYear ? (
              <p className="meta">
                Từ năm {movement.startYear}
                {movement.endYear ? ` đến năm ${movement.endYear}` : ''}
              </p>
            ) : null}
            {movement.description ? <p>{movement.description}</p> : null}
          </li>
        ))}
      </ul>
    </>
  )
}
