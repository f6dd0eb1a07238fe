import type { Metadata } from 'next'
import Link from 'next/link'

import { listArticles } from '@/lib/cms'
import { displayDate } from '@/lib/dates'

export const metadata: Metadata = { title: 'Tin tức' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function ArticleListPage({ searchParams }: Props) {
  const raw = (await searchParams).trang
  const value = Number(Array.isArray(raw) ? raw[0] : raw)
  const page = Number.isInteger(value) && value >= 1 && value <= 10_000 ? value : 1
  const result = await listArticles(page)
  return (
    <>
      <h1 className="page-title">Tin tức</h1>
      <ul className="article-list">
        {result.docs.map((article) => (
          <li key={article.id}>
            <h2 className="card-title">
              <Link href={`/tin-tuc/${article.slug}`}>{article.title}</Link>
            </h2>
            <p className="meta">{displayDate(article.publishedAt)}</p>
            {article.excerpt ? <p>{article.excerpt}</p> : null}
          </li>
        ))}
      </ul>
      {result.totalPages > 1 ? (
        <nav className="pagination" aria-label="Phân trang">
          {result.hasPrevPage ? <Link href={`/tin-tuc?trang=${page - 1}`}>‹ Trang trước</Link> : null}
          <span>
            Trang {page}/{result.totalPages}
          </span>
          {result.hasNextPage ? <Link href={`/tin-tuc?trang=${page + 1}`}>Trang sau ›</Link> : null}
        </nav>
      ) : null}
    </>
  )
}
