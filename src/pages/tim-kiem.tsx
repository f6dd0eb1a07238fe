import type { GetServerSideProps } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'

import { PageHead } from '@/components/page-head'
import { Pagination, pageParam } from '@/components/pagination'
import { PortalLayout } from '@/components/portal-layout'
import { excerptSegments, searchTerms, type Segment } from '@/portal/search'
import { searchPublished, type SearchPage as Results } from '@/portal/search-index'
import { pageMeta, type PageMeta } from '@/portal/seo'
import { getPortalSettings, type PortalSettings } from '@/portal/settings'

export const config = { unstable_runtimeJS: false }

const RESULTS_PER_PAGE = 20
const BODY_LENGTH = 300

type Props = {
  settings: PortalSettings
  meta: PageMeta
  query: string
  terms: string[]
  page: number
  results: Results
}

/** Matched words in `<mark>`; every segment is text, escaped by React, never HTML. */
function Marked({ segments }: { segments: Segment[] }): ReactNode {
  return segments.map((segment, i) =>
    segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
  )
}

/** `/tim-kiem?q=`: the one dynamic public page (any string is a query: nothing is cached). */
export default function SearchPage({ settings, meta, query, terms, page, results }: Props) {
  const totalPages = Math.ceil(results.total / RESULTS_PER_PAGE)
  return (
    <PortalLayout settings={settings}>
      <PageHead meta={meta} />
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
          {results.total} kết quả cho “{query}”
        </p>
      )}
      <ol className="search-results">
        {results.hits.map((hit) => (
          <li key={hit.key}>
            <p className="meta">{hit.kind}</p>
            <h2 className="card-title">
              <Link href={hit.href}>
                <Marked segments={hit.marked.title} />
              </Link>
            </h2>
            {hit.body ? (
              <p>
                <Marked segments={excerptSegments(hit.marked.body, BODY_LENGTH)} />
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
    </PortalLayout>
  )
}

export const getServerSideProps: GetServerSideProps<Props> = async ({ query: params }) => {
  const raw = params.q
  const page = pageParam(params.trang, 100)
  const query = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200) ?? ''
  const terms = searchTerms(query)
  const [settings, results] = await Promise.all([
    getPortalSettings(),
    searchPublished(terms, page, RESULTS_PER_PAGE),
  ])
  return {
    props: {
      settings,
      query,
      terms,
      page,
      results,
      meta: pageMeta({
        title: 'Tìm kiếm',
        siteName: settings.portalName,
        path: '/tim-kiem',
        noindex: true,
      }),
    },
  }
}
