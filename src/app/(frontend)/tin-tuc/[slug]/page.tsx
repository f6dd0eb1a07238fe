import { RichText } from '@/components/rich-text'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { articleBySlug } from '@/lib/cms'
import { displayDate } from '@/lib/dates'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await articleBySlug((await params).slug)
  return article ? { title: article.title, description: article.excerpt ?? undefined } : {}
}

export default async function ArticlePage({ params }: Props) {
  const article = await articleBySlug((await params).slug)
  if (!article) notFound()
  const related = (article.exemplars ?? []).filter((item) => typeof item === 'object' && item)
  return (
    <article className="article">
      <h1 className="page-title">{article.title}</h1>
      <p className="meta">
        {displayDate(article.publishedAt)}
        {article.byline ? ` · ${article.byline}` : ''}
      </p>
      {article.excerpt ? <p className="lead">{article.excerpt}</p> : null}
      {article.content ? <RichText data={article.content} /> : null}
      {related.length ? (
        <section aria-labelledby="lien-quan">
          <h2 id="lien-quan">Gương điển hình liên quan</h2>
          <ul>
            {related.map((item) =>
              typeof item === 'object' && item ? (
                <li key={item.id}>
                  <Link href={`/guong-dien-hinh/${item.slug}`}>{item.name}</Link>
                </li>
              ) : null,
            )}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
