import type { GetStaticProps } from 'next'

import { ArticleCards } from '@/components/article-cards'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { PageHead } from '@/components/page-head'
import { Pagination } from '@/components/pagination'
import { PortalLayout } from '@/components/portal-layout'
import { listArticles, type ArticleCard } from '@/portal/articles'
import { listPagePath } from '@/lib/routes'
import { pagedListProps, type PagedListProps } from '@/portal/paged-list'
import { renderOnDemand, type Tagged } from '@/portal/static-page'

export const config = { unstable_runtimeJS: false }

type Props = PagedListProps<ArticleCard>

/** `/tin-tuc?trang=` */
export default function ArticleListPage({ settings, meta, page, totalPages, docs }: Tagged<Props>) {
  return (
    <PortalLayout settings={settings}>
      <PageHead meta={meta} />
      <Breadcrumbs crumbs={[{ name: 'Tin tức', path: '/tin-tuc' }]} />
      <h1 className="page-title">Tin tức</h1>
      {docs.length ? <ArticleCards articles={docs} heading="h2" /> : <p>Chưa có bài viết.</p>}
      <Pagination page={page} totalPages={totalPages} href={listPagePath('tin-tuc')} />
    </PortalLayout>
  )
}

export const getStaticPaths = renderOnDemand

export const getStaticProps: GetStaticProps<Tagged<Props>, { v: string }> = ({ params }) =>
  pagedListProps('tin-tuc', params?.v, {
    title: 'Tin tức',
    description: 'Tin bài tuyên truyền gương điển hình tiên tiến và phong trào thi đua',
    load: listArticles,
  })
