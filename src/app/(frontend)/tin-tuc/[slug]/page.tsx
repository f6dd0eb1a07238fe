import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/breadcrumbs'
import { JsonLd } from '@/components/json-ld'
import { ogImageOf, Picture } from '@/components/picture'
import { QrCode } from '@/components/qr-code'
import { RichText } from '@/components/rich-text'
import { ShareTools } from '@/components/share-tools'
import { articleBySlug, getSiteSettings } from '@/lib/cms'
import { displayDate } from '@/lib/dates'
import { articleLd, articlePath, exemplarPath } from '@/lib/profile'
import { absoluteUrl, pageMetadata } from '@/lib/seo'
import type { Exemplar } from '@/payload-types'

export const revalidate = 600
export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await articleBySlug((await params).slug)
  if (!article) return { title: 'Không tìm thấy trang' }
  return pageMetadata({
    title: article.title,
    description: article.excerpt,
    path: articlePath(article.slug),
    image: ogImageOf(article.cover),
    type: 'article',
    publishedTime: article.publishedAt,
    modifiedTime: article.updatedAt,
  })
}

export default async function ArticlePage({ params }: Props) {
  const [article, settings] = await Promise.all([
    articleBySlug((await params).slug),
    getSiteSettings(),
  ])
  if (!article) notFound()
  const related = (article.exemplars ?? []).filter(
    (item): item is Exemplar =>
      typeof item === 'object' && item !== null && item._status === 'published',
  )
  const cover = typeof article.cover === 'object' ? article.cover : null
  const path = articlePath(article.slug)
  const url = absoluteUrl(path)
  return (
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
          <QrCode url={url} label={`Mã QR dẫn đến bài ${article.title}`} size={132} />
        </div>
      </section>
    </article>
  )
}
