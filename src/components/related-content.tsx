import Link from 'next/link'

import type { ExemplarCard } from '@/portal/exemplars'
import type { Article } from '@/payload-types'

import { ExemplarCards } from './exemplar-cards'

type ArticleLink = Pick<Article, 'id' | 'slug' | 'title'>

export function ArticleLinks({ articles }: { articles: ArticleLink[] }) {
  return (
    <ul>
      {articles.map((article) => (
        <li key={article.id}>
          <Link href={`/tin-tuc/${article.slug}`}>{article.title}</Link>
        </li>
      ))}
    </ul>
  )
}

export type RelatedProps = {
  exemplars: { docs: ExemplarCard[]; totalDocs: number } | null
  /** The full list, filtered: `/guong-dien-hinh?…`. */
  allHref: string
  allLabel: string
  articles: ArticleLink[]
}

/** A movement's or a unit's exemplars and articles. */
export function RelatedContent({ exemplars, allHref, allLabel, articles }: RelatedProps) {
  return (
    <>
      <h2>Gương điển hình</h2>
      {exemplars?.docs.length ? (
        <>
          <ExemplarCards exemplars={exemplars.docs} />
          <p>
            <Link href={allHref}>{`Xem tất cả ${exemplars.totalDocs} ${allLabel}`}</Link>
          </p>
        </>
      ) : (
        <p>Chưa có gương điển hình nào được xuất bản.</p>
      )}
      {articles.length ? (
        <>
          <h2>Tin tức</h2>
          <ArticleLinks articles={articles} />
        </>
      ) : null}
    </>
  )
}
