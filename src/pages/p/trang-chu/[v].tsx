import type { GetStaticProps } from 'next'
import Link from 'next/link'

import { ArticleCards } from '@/components/article-cards'
import { ExemplarCards } from '@/components/exemplar-cards'
import { JsonLd } from '@/components/json-ld'
import { asOfPeriod } from '@/lib/as-of'
import { ogImageOf } from '@/components/picture'
import { PageHead } from '@/components/page-head'
import { PortalLayout } from '@/components/portal-layout'
import { latestArticles, type ArticleCard } from '@/portal/articles'
import { latestExemplars, portalFigures, type ExemplarCard } from '@/portal/exemplars'
import { listMovements } from '@/portal/places'
import { absoluteUrl, pageMeta, type PageMeta } from '@/portal/seo'
import { getPortalSettings, type PortalSettings } from '@/portal/settings'
import { renderOnDemand, staticPage, type Tagged } from '@/portal/static-page'

export const config = { unstable_runtimeJS: false }

type Props = {
  settings: PortalSettings
  meta: PageMeta
  year: number
  exemplars: ExemplarCard[]
  articles: ArticleCard[]
  movements: { id: number; name: string; slug?: string | null }[]
  figures: { exemplars: number; exemplarsThisYear: number; articles: number; units: number }
}

const nf = new Intl.NumberFormat('vi-VN')

/** `/` (rewritten here by next.config.mjs): the home page. */
export default function HomePage(props: Tagged<Props>) {
  const { settings, meta, year, exemplars, articles, movements, figures } = props
  return (
    <PortalLayout settings={settings}>
      <PageHead meta={meta} />
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
        {exemplars.length ? (
          <ExemplarCards exemplars={exemplars} eager={1} />
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
    </PortalLayout>
  )
}

export const getStaticPaths = renderOnDemand

export const getStaticProps: GetStaticProps<Tagged<Props>, { v: string }> = ({ params }) =>
  staticPage(async () => {
    if (params?.v !== '-') return null
    // Today's year, or the demo's last year when the site runs on demo content.
    const settings = await getPortalSettings()
    const year = Number(asOfPeriod(settings).slice(0, 4))
    const [exemplars, articles, movements, figures] = await Promise.all([
      latestExemplars(8),
      latestArticles(4),
      listMovements(),
      portalFigures(year),
    ])
    // Link previews of the home page show the newest profile's portrait, else an article cover.
    const image =
      exemplars.map((e) => ogImageOf(e.portrait)).find(Boolean) ??
      articles.map((a) => ogImageOf(a.cover)).find(Boolean) ??
      null
    return {
      settings,
      meta: pageMeta({
        title: settings.portalName,
        siteName: settings.portalName,
        description:
          'Giới thiệu, tuyên truyền và nhân rộng gương điển hình tiên tiến, người tốt việc tốt',
        path: '/',
        image,
        bareTitle: true,
      }),
      year,
      exemplars,
      articles,
      movements: movements.map((m) => ({ id: m.id, name: m.name, slug: m.slug })),
      figures,
    }
  })
