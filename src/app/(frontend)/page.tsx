import type { Metadata } from 'next'
import Link from 'next/link'

import { ArticleCards } from '@/components/article-cards'
import { ExemplarCards } from '@/components/exemplar-cards'
import { JsonLd } from '@/components/json-ld'
import {
  getSiteSettings,
  latestArticles,
  latestExemplars,
  listMovements,
  portalFigures,
} from '@/lib/cms'
import { asOfPeriod } from '@/lib/as-of'
import { absoluteUrl, pageMetadata } from '@/lib/seo'

// Rendered per request from cached reads: a build has no database to prerender from.
export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return {
    ...pageMetadata({
      title: settings.portalName,
      description:
        'Giới thiệu, tuyên truyền và nhân rộng gương điển hình tiên tiến, người tốt việc tốt',
      path: '/',
    }),
    title: { absolute: settings.portalName },
  }
}

const nf = new Intl.NumberFormat('vi-VN')

export default async function HomePage() {
  // Today's year, or the demo's last year when the site runs on demo content.
  const year = Number(asOfPeriod(await getSiteSettings()).slice(0, 4))
  const [settings, exemplars, articles, movements, figures] = await Promise.all([
    getSiteSettings(),
    latestExemplars(8),
    latestArticles(4),
    listMovements(),
    portalFigures(year),
  ])
  const [featured, ...others] = exemplars
  return (
    <>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'WebSite',
          name: settings.portalName,
          url: absoluteUrl('/'),
          inLanguage: 'vi',
          potentialAction: {
            '@type': 'SearchAction',
            target: `${absoluteUrl('/tim-kiem')}?q={search_term_string}`,
            'query-input': 'required name=search_term_string',
          },
        }}
      />
      <h1 className="visually-hidden">{settings.portalName}</h1>

      <section className="figures" aria-labelledby="so-lieu">
        <h2 id="so-lieu" className="visually-hidden">
          Số liệu
        </h2>
        <dl>
          <div>
            <dt>Gương điển hình đã giới thiệu</dt>
            <dd>{nf.format(figures.exemplars)}</dd>
          </div>
          <div>
            <dt>Giới thiệu trong năm {year}</dt>
            <dd>{nf.format(figures.exemplarsThisYear)}</dd>
          </div>
          <div>
            <dt>Đơn vị tham gia</dt>
            <dd>{nf.format(figures.units)}</dd>
          </div>
          <div>
            <dt>Bài viết tuyên truyền</dt>
            <dd>{nf.format(figures.articles)}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="guong-dien-hinh" className="home-section">
        <div className="section-head">
          <h2 id="guong-dien-hinh">Gương điển hình tiên tiến</h2>
          <Link href="/guong-dien-hinh">Xem tất cả</Link>
        </div>
        {featured ? (
          <ExemplarCards exemplars={[featured, ...others]} eager={1} />
        ) : (
          <p>Chưa có gương điển hình nào được xuất bản.</p>
        )}
      </section>

      <div className="home-columns">
        <section aria-labelledby="tin-tuc" className="home-section">
          <div className="section-head">
            <h2 id="tin-tuc">Tin tức</h2>
            <Link href="/tin-tuc">Xem tất cả</Link>
          </div>
          {articles.length ? <ArticleCards articles={articles} /> : <p>Chưa có bài viết.</p>}
        </section>
        <section aria-labelledby="phong-trao" className="home-section">
          <div className="section-head">
            <h2 id="phong-trao">Phong trào thi đua</h2>
            <Link href="/phong-trao">Xem tất cả</Link>
          </div>
          <ul className="movement-list">
            {movements.slice(0, 6).map((movement) => (
              <li key={movement.id}>
                <Link href={`/phong-trao/${movement.slug}`}>{movement.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  )
}
