import type { GetStaticProps } from 'next'
import Link from 'next/link'

import { Breadcrumbs } from '@/components/breadcrumbs'
import { PageHead } from '@/components/page-head'
import { PortalLayout } from '@/components/portal-layout'
import { listMovements } from '@/portal/places'
import { pageMeta, type PageMeta } from '@/portal/seo'
import { getPortalSettings, type PortalSettings } from '@/portal/settings'
import { renderOnDemand, staticPage, type Tagged } from '@/portal/static-page'

export const config = { unstable_runtimeJS: false }

type Movement = Awaited<ReturnType<typeof listMovements>>[number]
type Props = { settings: PortalSettings; meta: PageMeta; movements: Movement[] }

/** `/phong-trao`: every emulation movement. */
export default function MovementsPage({ settings, meta, movements }: Tagged<Props>) {
  return (
    <PortalLayout settings={settings}>
      <PageHead meta={meta} />
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
    </PortalLayout>
  )
}

export const getStaticPaths = renderOnDemand

export const getStaticProps: GetStaticProps<Tagged<Props>, { v: string }> = ({ params }) =>
  staticPage(async () => {
    if (params?.v !== '-') return null
    const [settings, movements] = await Promise.all([getPortalSettings(), listMovements()])
    return {
      settings,
      movements,
      meta: pageMeta({
        title: 'Phong trào thi đua',
        siteName: settings.portalName,
        description: 'Các phong trào thi đua và gương điển hình tiên tiến của từng phong trào',
        path: '/phong-trao',
      }),
    }
  })
