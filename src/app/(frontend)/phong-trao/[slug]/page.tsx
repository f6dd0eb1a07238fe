import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { ExemplarCards } from '@/components/exemplar-cards'
import { articlesWhere, listExemplars, movementBySlug } from '@/lib/cms'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const movement = await movementBySlug((await params).slug)
  return movement ? { title: movement.name, description: movement.description ?? undefined } : {}
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
      <p className="meta">Phong trào thi đua</p>
      <h1 className="page-title">{movement.name}</h1>
      {movement.description ? <p>{movement.description}</p> : null}
      <h2>Gương điển hình</h2>
      {exemplars?.docs.length ? (
        <>
          <ExemplarCards exemplars={exemplars.docs} />
          <p>
            <Link href={`/guong-dien-hinh?phong-trao=${movement.slug}`}>
              Xem tất cả {exemplars.totalDocs} gương điển hình của phong trào
            </Link>
          </p>
        </>
      ) : (
        <p>Chưa có gương điển hình nào được xuất bản.</p>
      )}
      {articles.length ? (
        <>
          <h2>Tin tức</h2>
          <ul>
            {articles.map((article) => (
              <li key={article.id}>
                <Link href={`/tin-tuc/${article.slug}`}>{article.title}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  )
}
