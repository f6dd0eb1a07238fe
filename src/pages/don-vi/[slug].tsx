import type { GetStaticProps } from 'next'
import Link from 'next/link'

import { UNIT_KIND_LABELS } from '@/collections/units'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { PageHead } from '@/components/page-head'
import { PortalLayout } from '@/components/portal-layout'
import { RelatedContent, type RelatedProps } from '@/components/related-content'
import { displayDate } from '@/lib/dates'
import { articlesWhere } from '@/portal/articles'
import { listExemplars } from '@/portal/exemplars'
import { unitBySlug } from '@/portal/places'
import { pageMeta, type PageMeta } from '@/portal/seo'
import { getPortalSettings, type PortalSettings } from '@/portal/settings'
import { renderOnDemand, staticPage, type Tagged } from '@/portal/static-page'

export const config = { unstable_runtimeJS: false }

type Props = {
  settings: PortalSettings
  meta: PageMeta
  unit: {
    name: string
    slug: string
    kindLabel: string
    closedOn: string | null
    successor: { name: string; slug: string } | null
  }
  related: RelatedProps
}

/** `/don-vi/[slug]`: a unit's exemplars and articles; a merged unit names its successor. */
export default function UnitPage({ settings, meta, unit, related }: Tagged<Props>) {
  return (
    <PortalLayout settings={settings}>
      <PageHead meta={meta} />
      <Breadcrumbs crumbs={[{ name: unit.name, path: `/don-vi/${unit.slug}` }]} />
      <p className="meta">{unit.kindLabel}</p>
      <h1 className="page-title">{unit.name}</h1>
      {unit.closedOn ? (
        <p className="notice">
          {`Đơn vị đã thôi hoạt động từ ${displayDate(unit.closedOn)}`}
          {unit.successor ? (
            <>
              ; kế thừa: <Link href={`/don-vi/${unit.successor.slug}`}>{unit.successor.name}</Link>
            </>
          ) : null}
          . Các hồ sơ dưới đây giữ tên đơn vị tại thời điểm giới thiệu.
        </p>
      ) : null}
      <RelatedContent {...related} />
    </PortalLayout>
  )
}

export const getStaticPaths = renderOnDemand

export const getStaticProps: GetStaticProps<Tagged<Props>, { slug: string }> = ({ params }) =>
  staticPage(async () => {
    const slug = params?.slug ?? ''
    const unit = await unitBySlug(slug)
    if (!unit) return null
    const [settings, exemplars, articles] = await Promise.all([
      getPortalSettings(),
      listExemplars({ unitSlug: slug, page: 1 }),
      articlesWhere('unit', unit.id),
    ])
    const successor = typeof unit.successor === 'object' && unit.successor ? unit.successor : null
    return {
      settings,
      unit: {
        name: unit.name,
        slug: unit.slug ?? slug,
        kindLabel: UNIT_KIND_LABELS[unit.kind] ?? '',
        // A merged unit's notice; the page re-renders at least every PAGE_REVALIDATE_SECONDS.
        closedOn: unit.validTo && new Date(unit.validTo) <= new Date() ? unit.validTo : null,
        successor: successor ? { name: successor.name, slug: successor.slug ?? '' } : null,
      },
      related: {
        exemplars: exemplars ? { docs: exemplars.docs, totalDocs: exemplars.totalDocs } : null,
        allHref: `/guong-dien-hinh?don-vi=${unit.slug}`,
        allLabel: 'gương điển hình do đơn vị giới thiệu',
        articles,
      },
      meta: pageMeta({
        title: unit.name,
        siteName: settings.portalName,
        description: `Gương điển hình tiên tiến và tin bài của ${unit.name}`,
        path: `/don-vi/${unit.slug}`,
      }),
    }
  })
