import type { GetStaticProps } from 'next'

import { ArticleCards } from '@/components/article-cards'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { PageHead } from '@/components/page-head'
import { Pagination } from '@/components/pagination'
import { PortalLayout } from '@/components/portal-layout'
import { listArticles, type ArticleCard } from '@/portal/articles'
import { pageMeta, type PageMeta } from '@/portal/seo'
import { getPortalSettings, type PortalSettings } from '@/portal/settings'
import { renderOnDemand, staticPage, type Tagged } from '@/portal/static-page'
import { isCanonical, pageOf, variantParams } from '@/portal/variants'

export const config = { unstable_runtimeJS: false }

type Props = {
  settings: PortalSettings
  meta: PageMeta
  page: number
  totalPages: number
  docs: ArticleCard[]
}

/** `/tin-tuc?trang=` */
export default function ArticleListPage({ settings, meta, page, totalPages, docs }: Tagged<Props>) {
  return (
    <PortalLayout settings={settings}>
      <PageHead meta={meta} />
      <Breadcrumbs crumbs={[{ name: 'Tin tức', path: '/tin-tuc' }]} />
      <h1 className="page-title">Tin tức</h1>
      {docs.length ? <ArticleCards articles={docs} heading="h2" /> : <p>Chưa có bài viết.</p>}
      <Pagination
        page={page}
        totalPages={totalPages}
        href={(target) => (target > 1 ? `/tin-tuc?trang=${target}` : '/tin-tuc')}
      />
    </PortalLayout>
  )
}

export const getStaticPaths = renderOnDemand

export const getStaticProps: GetStaticProps<Tagged<Props>, { v: string }> = ({ params }) =>
  staticPage(async () => {
    const variant = params?.v ?? ''
    if (!isCanonical('tin-tuc', variant)) return null
    const page = pageOf(variantParams(variant))
    const [settings, result] = await Promise.all([getPortalSettings(), listArticles(page)])
    return {
      settings,
      meta: pageMeta({
        title: 'Tin tức',
        siteName: settings.portalName,
        description: 'Tin bài tuyên truyền gương điển hình tiên tiến và phong trào thi đua',
        path: page > 1 ? `/tin-tuc?trang=${page}` : '/tin-tuc',
      }),
      page,
      totalPages: result.totalPages,
      docs: result.docs,
    }
  })
