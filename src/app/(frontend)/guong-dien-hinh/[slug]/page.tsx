import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/breadcrumbs'
import { ArticleCards } from '@/components/article-cards'
import { JsonLd } from '@/components/json-ld'
import { ogImageOf, Picture } from '@/components/picture'
import { QrCode } from '@/components/qr-code'
import { RichText } from '@/components/rich-text'
import { ShareTools } from '@/components/share-tools'
import { articlesAbout, exemplarBySlug } from '@/lib/cms'
import { CATEGORY_LABELS, EXEMPLAR_KIND_LABELS, SECTOR_LABELS } from '@/lib/labels'
import { displayPeriod } from '@/lib/period'
import { exemplarLd, exemplarPath } from '@/lib/profile'
import { absoluteUrl, pageMetadata } from '@/lib/seo'
import type { Media } from '@/payload-types'

export const revalidate = 600
// Profiles render on first visit and stay cached until their data changes (src/lib/cache-tags).
export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const exemplar = await exemplarBySlug((await params).slug)
  if (!exemplar) return { title: 'Không tìm thấy trang' }
  return pageMetadata({
    title: exemplar.name,
    description: exemplar.summary,
    path: exemplarPath(exemplar.slug),
    image: ogImageOf(exemplar.portrait),
    type: exemplar.kind === 'individual' ? 'profile' : 'website',
  })
}

export default async function ExemplarPage({ params }: Props) {
  const exemplar = await exemplarBySlug((await params).slug)
  if (!exemplar) notFound()
  const articles = await articlesAbout(exemplar.id, 6)
  const unit = typeof exemplar.unit === 'object' ? exemplar.unit : null
  const movement = typeof exemplar.movement === 'object' ? exemplar.movement : null
  const gallery = (exemplar.gallery ?? []).filter(
    (image): image is Media => typeof image === 'object' && image !== null,
  )
  const path = exemplarPath(exemplar.slug)
  const url = absoluteUrl(path)

  return (
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
          <QrCode url={url} label={`Mã QR dẫn đến trang ${exemplar.name}`} size={132} />
        </div>
      </section>
    </article>
  )
}
