import type { Metadata } from 'next'

import { ArticleCards } from '@/components/article-cards'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { Pagination, pageParam } from '@/components/pagination'
import { listArticles } from '@/lib/cms'
import { pageMetadata } from '@/lib/seo'

export const metadata: Metadata = pageMetadata({
  title: 'Tin tức',
  description: 'Tin bài tuyên truyền gương điển hình tiên tiến và phong trào thi đua',
  path: '/tin-tuc',
})

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function ArticleListPage({ searchParams }: Props) {
  const page = pageParam((await searchParams).trang)
  const result = await listArticles(page)
  return (
    <>
      <Breadcrumbs crumbs={[{ name: 'Tin tức', path: '/tin-tuc' }]} />
      <h1 className="page-title">Tin tức</h1>
      {result.docs.length ? (
        <ArticleCards articles={result.docs} heading="h2" />
      ) : (
        <p>Chưa có bài viết.</p>
      )}
      <Pagination
        page={page}
        totalPages={result.totalPages}
        href={(target) => (target > 1 ? `/tin-tuc?trang=${target}` : '/tin-tuc')}
      />
    </>
  )
}
