import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/breadcrumbs'
import { RelatedContent } from '@/components/related-content'
import { articlesWhere, listExemplars, movementBySlug } from '@/lib/cms'
import { pageMetadata } from '@/lib/seo'

export const revalidate = 600
export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const movement = await movementBySlug((await params).slug)
  if (!movement) return { title: 'Không tìm thấy trang' }
  return pageMetadata({
    title: movement.name,
    description: movement.description,
    path: `/phong-trao/${movement.slug}`,
  })
}

export default async function MovementPage({ params }: Props) {
  const { slug } = await params
  const movement = await movementBySlug(slug)
  if (!movement) notFound()
  const [exemplars, articles] = await Promise.all([
    listExemplars({ movementSlug: slug, page: 1 }),
    articlesWhere('movement', movement.id),
  ])
  return (
    <>
      <Breadcrumbs
        crumbs={[
          { name: 'Phong trào thi đua', path: '/phong-trao' },
          { name: movement.name, path: `/phong-trao/${movement.slug}` },
        ]}
      />
      <p className="meta">Phong trào thi đua</p>
      <h1 className="page-title">{movement.name}</h1>
      {movement.description ? <p>{movement.description}</p> : null}
      <RelatedContent
        exemplars={exemplars}
        allHref={`/guong-dien-hinh?phong-trao=${movement.slug}`}
        allLabel="gương điển hình của phong trào"
        articles={articles}
      />
    </>
  )
}
