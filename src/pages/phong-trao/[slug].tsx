import type { GetStaticProps } from 'next'

import { Breadcrumbs } from '@/components/breadcrumbs'
import { PageHead } from '@/components/page-head'
import { PortalLayout } from '@/components/portal-layout'
import { RelatedContent, type RelatedProps } from '@/components/related-content'
import { articlesWhere } from '@/portal/articles'
import { listExemplars } from '@/portal/exemplars'
import { movementBySlug } from '@/portal/places'
import { pageMeta, type PageMeta } from '@/portal/seo'
import { getPortalSettings, type PortalSettings } from '@/portal/settings'
import { renderOnDemand, staticPage, type Tagged } from '@/portal/static-page'

export const config = { unstable_runtimeJS: false }

type Props = {
  settings: PortalSettings
  meta: PageMeta
  movement: { name: string; slug: string; description: string | null }
  related: RelatedProps
}

/** `/phong-trao/[slug]`: a movement's exemplars and articles. */
export default function MovementPage({ settings, meta, movement, related }: Tagged<Props>) {
  return (
    <PortalLayout settings={settings}>
      <PageHead meta={meta} />
      <Breadcrumbs
        crumbs={[
          { name: 'Phong trào thi đua', path: '/phong-trao' },
          { name: movement.name, path: `/phong-trao/${movement.slug}` },
        ]}
      />
      <p className="meta">Phong trào thi đua</p>
      <h1 className="page-title">{movement.name}</h1>
      {movement.description ? <p>{movement.description}</p> : null}
      <RelatedContent {...related} />
    </PortalLayout>
  )
}

export const getStaticPaths = renderOnDemand

export const getStaticProps: GetStaticProps<Tagged<Props>, { slug: string }> = ({ params }) =>
  staticPage(async () => {
    const slug = params?.slug ?? ''
    const movement = await movementBySlug(slug)
    if (!movement) return null
    const [settings, exemplars, articles] = await Promise.all([
      getPortalSettings(),
      listExemplars({ movementSlug: slug, page: 1 }),
      articlesWhere('movement', movement.id),
    ])
    return {
      settings,
      movement: {
        name: movement.name,
        slug: movement.slug ?? slug,
        description: movement.description ?? null,
      },
      related: {
        exemplars: exemplars ? { docs: exemplars.docs, totalDocs: exemplars.totalDocs } : null,
        allHref: `/guong-dien-hinh?phong-trao=${movement.slug}`,
        allLabel: 'gương điển hình của phong trào',
        articles,
      },
      meta: pageMeta({
        title: movement.name,
        siteName: settings.portalName,
        description: movement.description,
        path: `/phong-trao/${movement.slug}`,
      }),
    }
  })
