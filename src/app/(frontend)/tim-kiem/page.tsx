import type { Metadata } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'

import { Pagination, pageParam } from '@/components/pagination'
import { searchPublished } from '@/lib/cms'
import { highlight, searchTerms } from '@/lib/search'

export const metadata: Metadata = { title: 'Tìm kiếm', robots: { index: false } }

const RESULTS_PER_PAGE = 20

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

function Marked({ text, terms }: { text: string; terms: string[] }): ReactNode {
  return highlight(text, terms).map((segment, i) =>
    segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
  )
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams
  const raw = params.q
  const page = pageParam(params.trang, 100)
  const query = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200) ?? ''
  const terms = searchTerms(query)
  const { total, hits } = await searchPublished(terms, page, RESULTS_PER_PAGE)
  const totalPages = Math.ceil(total / RESULTS_PER_PAGE)

  return (
    <>
      <h1 className="page-title">Tìm kiếm</h1>
      <form method="get" action="/tim-kiem" role="search" className="search-form">
        <label htmlFor="q">Từ khóa (có thể gõ không dấu)</label>
        <input id="q" name="q" type="search" defaultValue={query} maxLength={200} />
        <button type="submit">Tìm</button>
      </form>
      {terms.length === 0 ? (
        <p>Nhập tên người, tập thể, đơn vị hoặc nội dung cần tìm.</p>
      ) : (
        <p className="meta" role="status">
          {total} kết quả cho “{query}”
        </p>
      )}
      <ol className="search-results">
        {hits.map((hit) => (
          <li key={hit.key}>
            <p className="meta">{hit.kind}</p>
            <h2 className="card-title">
              <Link href={hit.href}>
                <Marked text={hit.title} terms={terms} />
              </Link>
            </h2>
            {hit.body ? (
              <p>
                <Marked text={hit.body.slice(0, 300)} terms={terms} />
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      <Pagination
        page={page}
        totalPages={totalPages}
        href={(target) =>
          `/tim-kiem?${new URLSearchParams({ q: query, ...(target > 1 ? { trang: String(target) } : {}) })}`
        }
      />
    </>
  )
}
