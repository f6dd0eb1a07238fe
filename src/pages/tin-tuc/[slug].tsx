import type { GetStaticProps } from 'next'
import Link from 'next/link'

import { Breadcrumbs } from '@/components/breadcrumbs'
import { JsonLd } from '@/components/json-ld'
import { PageHead } from '@/components/page-head'
import { ogImageOf, Picture } from '@/components/picture'
import { PortalLayout } from '@/components/portal-layout'
import { QrCode, qrSvg } from '@/components/qr-code'
import { RichText } from '@/components/rich-text'
import { ShareTools } from '@/components/share-tools'
import { displayDate } from '@/lib/dates'
import type { Article, Exemplar } from '@/payload-types'
import { articleBySlug } from '@/portal/articles'
import { articlePath, exemplarPath } from '@/lib/routes'
import { articleLd } from '@/portal/profile'
import { absoluteUrl, pageMeta, type PageMeta } from '@/portal/seo'
import { getPortalSettings, type PortalSettings } from '@/portal/settings'
import { renderOnDemand, staticPage, type Tagged } from '@/portal/static-page'

export const config = { unstable_runtimeJS: false }

type Props = { settings: PortalSettings; meta: PageMeta; article: Article; qr: string }

/** `/tin-tuc/[slug]`: an article. */
export default function ArticlePage({ settings, meta, article, qr }: Tagged<Props>) {
  const related = (article.exemplars ?? []).filter(
    (item): item is Exemplar =>
      typeof item === 'object' && item !== null && item._status === 'published',
  )
  const cover = typeof article.cover === 'object' ? article.cover : null
  const path = articlePath(article.slug)
  const url = absoluteUrl(path)
  return (
    <PortalLayout settings={settings}>
      <PageHead meta={meta} />
      <article className="article">
        <Breadcrumbs
          crumbs={[
            { name: 'Tin tức', path: '/tin-tuc' },
            { name: article.title, path },
          ]}
        />
        <JsonLd data={articleLd(article, url, settings.portalName)} />
        <h1 className="page-title">{article.title}</h1>
        <p className="meta">
          {displayDate(article.publishedAt)}
          {article.byline ? ` · ${article.byline}` : ''}
        </p>
        {article.excerpt ? <p className="lead">{article.excerpt}</p> : null}
        {cover ? (
          <figure className="article-cover">
            <Picture image={cover} shape="full" sizes="(max-width: 800px) 100vw, 760px" priority />
            {cover.caption ? <figcaption>{cover.caption}</figcaption> : null}
          </figure>
        ) : null}
        {article.content ? <RichText data={article.content} className="article-body" /> : null}
        {related.length ? (
          <section aria-labelledby="lien-quan">
            <h2 id="lien-quan">Gương điển hình trong bài</h2>
            <ul>
              {related.map((item) => (
                <li key={item.id}>
                  <Link href={exemplarPath(item.slug)}>{item.name}</Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <section className="share" aria-labelledby="chia-se">
          <h2 id="chia-se">Chia sẻ, in và lưu</h2>
          <div className="share-row">
            <ShareTools url={url} title={article.title} />
            <QrCode svg={qr} label={`Mã QR dẫn đến bài ${article.title}`} size={132} />
          </div>
        </section>
      </article>
    </PortalLayout>
  )
}

export const getStaticPaths = renderOnDemand

export const getStaticProps: GetStaticProps<Tagged<Props>, { slug: string }> = ({ params }) =>
  staticPage(async () => {
    const [article, settings] = await Promise.all([
      articleBySlug(params?.slug ?? ''),
      getPortalSettings(),
    ])
    if (!article) return null
    const path = articlePath(article.slug)
    return {
      settings,
      article,
      qr: await qrSvg(absoluteUrl(path)),
      meta: pageMeta({
        title: article.title,
        siteName: settings.portalName,
        description: article.excerpt,
        path,
        image: ogImageOf(article.cover),
        type: 'article',
        publishedTime: article.publishedAt,
        modifiedTime: article.updatedAt,
      }),
    }
  })
