import Link from 'next/link'

import { ArticleLinks } from '@/components/related-content'
import { getSiteSettings, latestArticles, latestExemplars } from '@/lib/cms'
import { CATEGORY_LABELS } from '@/lib/labels'
import { displayPeriod } from '@/lib/period'

export default async function HomePage() {
  const [settings, exemplars, articles] = await Promise.all([
    getSiteSettings(),
    latestExemplars(6),
    latestArticles(5),
  ])
  return (
    <>
      <h1 className="page-title">{settings.portalName}</h1>
      <section aria-labelledby="guong-dien-hinh">
        <h2 id="guong-dien-hinh">Gương điển hình tiên tiến</h2>
        {exemplars.length === 0 ? (
          <p>Chưa có gương điển hình nào được xuất bản.</p>
        ) : (
          <ul className="card-list">
            {exemplars.map((exemplar) => (
              <li key={exemplar.id} className="card">
                <h3>
                  <Link href={`/guong-dien-hinh/${exemplar.slug}`}>{exemplar.name}</Link>
                </h3>
                <p className="meta">
                  {CATEGORY_LABELS[exemplar.category]} · Tháng {displayPeriod(exemplar.period)}
                </p>
                {exemplar.position ? <p>{exemplar.position}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="tin-tuc">
        <h2 id="tin-tuc">Tin tức</h2>
        <ArticleLinks articles={articles} />
      </section>
    </>
  )
}
