import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { UNIT_KIND_LABELS } from '@/collections/units'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { RelatedContent } from '@/components/related-content'
import { articlesWhere, listExemplars, unitBySlug } from '@/lib/cms'
import { displayDate } from '@/lib/dates'
import { pageMetadata } from '@/lib/seo'

export const revalidate = 600
export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const unit = await unitBySlug((await params).slug)
  if (!unit) return { title: 'Không tìm thấy trang' }
  return pageMetadata({
    title: unit.name,
    description: `Gương điển hình tiên tiến và tin bài của ${unit.name}`,
    path: `/don-vi/${unit.slug}`,
  })
}

export default async function UnitPage({ params }: Props) {
  const { slug } = await params
  const unit = await unitBySlug(slug)
  if (!unit) notFound()
  const [exemplars, articles] = await Promise.all([
    listExemplars({ unitSlug: slug, page: 1 }),
    articlesWhere('unit', unit.id),
  ])
  return (
    <>
      <Breadcrumbs crumbs={[{ name: unit.name, path: `/don-vi/${unit.slug}` }]} />
      <p className="meta">{UNIT_KIND_LABELS[unit.kind]}</p>
      <h1 className="page-title">{unit.name}</h1>
      {unit.validTo && new Date(unit.validTo) <= new Date() ? (
        <p className="notice">
          {`Đơn vị đã thôi hoạt động từ ${displayDate(unit.validTo)}`}
          {typeof unit.successor === 'object' && unit.successor ? (
            <>
              ; kế thừa: <Link href={`/don-vi/${unit.successor.slug}`}>{unit.successor.name}</Link>
            </>
          ) : null}
          . Các hồ sơ dưới đây giữ tên đơn vị tại thời điểm giới thiệu.
        </p>
      ) : null}
      <RelatedContent
        exemplars={exemplars}
        allHref={`/guong-dien-hinh?don-vi=${unit.slug}`}
        allLabel="gương điển hình do đơn vị giới thiệu"
        articles={articles}
      />
    </>
  )
}
