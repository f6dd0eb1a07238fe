import Link from 'next/link'

import type { ArticleCard } from '@/portal/articles'
import { displayDate } from '@/lib/dates'
import { articlePath } from '@/lib/routes'

import { Picture } from './picture'

type Props = { articles: ArticleCard[]; heading?: 'h2' | 'h3' }

/** Article teasers: cover, title, date and the excerpt. */
export function ArticleCards({ articles, heading: Heading = 'h3' }: Props) {
  return (
    <ul className="article-cards">
      {articles.map((article) => (
        <li key={article.id} className="article-card">
          <Picture image={article.cover} sizes="(max-width: 600px) 40vw, 200px" />
          <div>
            <Heading className="card-title">
              <Link href={articlePath(article.slug)}>{article.title}</Link>
            </Heading>
            <p className="meta">{displayDate(article.publishedAt)}</p>
            {article.excerpt ? <p className="excerpt">{article.excerpt}</p> : null}
          </div>
        </li>
      ))}
    </ul>
  )
}
