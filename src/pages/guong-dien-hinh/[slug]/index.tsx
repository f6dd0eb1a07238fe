import type { GetStaticProps } from 'next'
import Link from 'next/link'

import { ArticleCards } from '@/components/article-cards'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { JsonLd } from '@/components/json-ld'
import { PageHead } from '@/components/page-head'
import { ogImageOf, Picture } from '@/components/picture'
import { PortalLayout } from '@/components/portal-layout'
import { QrCode, qrSvg } from '@/components/qr-code'
import { RichText } from '@/components/rich-text'
import { ShareTools } from '@/components/share-tools'
import { CATEGORY_LABELS, EXEMPLAR_KIND_LABELS, SECTOR_LABELS } from '@/lib/labels'
import { displayPeriod } from '@/lib/period'
import type { Exemplar, Media } from '@/payload-types'
import { articlesAbout, type ArticleCard } from '@/portal/articles'
import { exemplarBySlug } from '@/portal/exemplars'
import { exemplarPath } from '@/lib/routes'
import { exemplarLd } from '@/portal/profile'
import { absoluteUrl, pageMeta, type PageMeta } from '@/portal/seo'
import { getPortalSettings, type PortalSettings } from '@/portal/settings'
import { renderOnDemand, staticPage, type Tagged } from '@/portal/static-page'

export const config = { unstable_runtimeJS: false }

type Props = {
  settings: PortalSettings
  meta: PageMeta
  exemplar: Exemplar
  articles: ArticleCard[]
  qr: string
}

/** `/guong-dien-hinh/[slug]`: a profile. */
export default function ExemplarPage({ settings, meta, exemplar, articles, qr }: Tagged<Props>) {
  const unit = typeof exemplar.unit === 'object' ? exemplar.unit : null
  const movement = typeof exemplar.movement === 'object' ? exemplar.movement : null
  const gallery = (exemplar.gallery ?? []).filter(
    (image): image is Media => typeof image === 'object' && image !== null,
  )
  const path = exemplarPath(exemplar.slug)
  const url = absoluteUrl(path)

  return (
    <PortalLayout settings={settings}>
      <PageHead meta={meta} />
      <article className="profile">
        <Breadcrumbs
          crumbs={[
            { name: 'Gương điển hình', path: '/guong-dien-hinh' },
            { name: exemplar.name, path },
          ]}
        />
        <JsonLd data={exemplarLd(exemplar, url)} />
        <header className="profile-head">
          <Picture
            image={exemplar.portrait}
            sizes="(max-width: 700px) 100vw, 320px"
            priority
            className="profile-portrait"
          />
          <div>
            <p className="badges">
              <Link className="badge" href={`/guong-dien-hinh?nhom=${exemplar.category}`}>
                {CATEGORY_LABELS[exemplar.category]}
              </Link>
              <Link className="badge badge--quiet" href={`/guong-dien-hinh?loai=${exemplar.kind}`}>
                {EXEMPLAR_KIND_LABELS[exemplar.kind]}
              </Link>
            </p>
            <h1 className="page-title">{exemplar.name}</h1>
            {exemplar.position ? <p className="profile-position">{exemplar.position}</p> : null}
            <dl className="facts">
              {unit ? (
                <>
                  <dt>Đơn vị giới thiệu</dt>
                  <dd>
                    <Link href={`/don-vi/${unit.slug}`}>{unit.name}</Link>
                  </dd>
                </>
              ) : null}
              {movement ? (
                <>
                  <dt>Phong trào thi đua</dt>
                  <dd>
                    <Link href={`/phong-trao/${movement.slug}`}>{movement.name}</Link>
                  </dd>
                </>
              ) : null}
              <dt>Lĩnh vực</dt>
              <dd>
                <Link href={`/guong-dien-hinh?linh-vuc=${exemplar.sector}`}>
                  {SECTOR_LABELS[exemplar.sector]}
                </Link>
              </dd>
              <dt>Tháng giới thiệu</dt>
              <dd>{displayPeriod(exemplar.period)}</dd>
            </dl>
          </div>
        </header>

        <section aria-labelledby="thanh-tich">
          <h2 id="thanh-tich">Thành tích tiêu biểu</h2>
          <p className="summary">{exemplar.summary}</p>
        </section>

        {exemplar.awards?.length ? (
          <section aria-labelledby="khen-thuong">
            <h2 id="khen-thuong">Hình thức khen thưởng đã đạt</h2>
            <div className="table-wrap">
              <table className="awards">
                <thead>
                  <tr>
                    <th scope="col">Danh hiệu/Hình thức</th>
                    <th scope="col">Số quyết định</th>
                    <th scope="col">Năm</th>
                    <th scope="col">Cơ quan khen thưởng</th>
                  </tr>
                </thead>
                <tbody>
                  {exemplar.awards.map((award) => (
                    <tr key={award.id ?? award.title}>
                      <td>{award.title}</td>
                      <td>{award.decisionNo}</td>
                      <td>{award.year}</td>
                      <td>{award.issuer}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ) : null}

        {exemplar.story ? (
          <section className="story" aria-labelledby="cau-chuyen">
            <h2 id="cau-chuyen">Câu chuyện điển hình</h2>
            <RichText data={exemplar.story} />
          </section>
        ) : null}

        {gallery.length ? (
          <section aria-labelledby="hinh-anh">
            <h2 id="hinh-anh">Hình ảnh</h2>
            <ul className="gallery-grid">
              {gallery.map((image) => (
                <li key={image.id}>
                  <figure>
                    <a href={image.sizes?.hero?.url ?? image.url ?? '#'}>
                      <Picture image={image} sizes="(max-width: 700px) 50vw, 260px" />
                    </a>
                    {image.caption ? <figcaption>{image.caption}</figcaption> : null}
                  </figure>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {articles.length ? (
          <section aria-labelledby="bai-viet">
            <h2 id="bai-viet">Bài viết liên quan</h2>
            <ArticleCards articles={articles} />
          </section>
        ) : null}

        <section className="share" aria-labelledby="chia-se">
          <h2 id="chia-se">Chia sẻ, in và lưu</h2>
          <div className="share-row">
            <ShareTools url={url} title={exemplar.name} posterHref={`${path}/in`} />
            <QrCode svg={qr} label={`Mã QR dẫn đến trang ${exemplar.name}`} size={132} />
          </div>
        </section>
      </article>
    </PortalLayout>
  )
}

export const getStaticPaths = renderOnDemand

export const getStaticProps: GetStaticProps<Tagged<Props>, { slug: string }> = ({ params }) =>
  staticPage(async () => {
    const exemplar = await exemplarBySlug(params?.slug ?? '')
    if (!exemplar) return null
    const [settings, articles] = await Promise.all([
      getPortalSettings(),
      articlesAbout(exemplar.id, 6),
    ])
    const path = exemplarPath(exemplar.slug)
    return {
      settings,
      exemplar: publicExemplar(exemplar),
      articles,
      qr: await qrSvg(absoluteUrl(path)),
      meta: pageMeta({
        title: exemplar.name,
        siteName: settings.portalName,
        description: exemplar.summary,
        path,
        image: ogImageOf(exemplar.portrait),
        type: exemplar.kind === 'individual' ? 'profile' : 'website',
      }),
    }
  })

/**
 * What a profile page keeps of the document in its cached props: access control already hides
 * the private fields from a visitor; the review record is dropped here too, so no cache holds it.
 */
function publicExemplar(exemplar: Exemplar): Exemplar {
  const { reviewNotes: _notes, contactPhone: _phone, address: _address, ...rest } = exemplar
  return rest as Exemplar
}
