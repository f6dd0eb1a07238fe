import type { GetStaticProps } from 'next'
import Head from 'next/head'
import Link from 'next/link'

import { Picture } from '@/components/picture'
import { PortalLayout } from '@/components/portal-layout'
import { QrCode, qrSvg } from '@/components/qr-code'
import { PrintButton } from '@/components/share-tools'
import { CATEGORY_LABELS } from '@/lib/labels'
import { displayPeriod } from '@/lib/period'
import type { Exemplar } from '@/payload-types'
import { exemplarBySlug } from '@/portal/exemplars'
import { exemplarPath } from '@/lib/routes'
import { absoluteUrl } from '@/portal/seo'
import { getPortalSettings, type PortalSettings } from '@/portal/settings'
import { renderOnDemand, staticPage, type Tagged } from '@/portal/static-page'

export const config = { unstable_runtimeJS: false }

const AWARDS_ON_POSTER = 4

type Props = {
  settings: PortalSettings
  exemplar: Pick<
    Exemplar,
    'name' | 'slug' | 'category' | 'period' | 'position' | 'summary' | 'awards' | 'portrait'
  > & { unitName: string | null }
  qr: string
}

/** An A4 sheet for a unit's bulletin board: portrait, name, unit, achievements, QR to the profile. */
export default function PosterPage({ settings, exemplar, qr }: Tagged<Props>) {
  const path = exemplarPath(exemplar.slug)
  const url = absoluteUrl(path)
  return (
    <PortalLayout settings={settings}>
      <Head>
        <title>{`Bản in bảng tin: ${exemplar.name} — ${settings.portalName}`}</title>
        <meta name="robots" content="noindex" />
        <link rel="canonical" href={url} />
      </Head>
      <p className="poster-tools">
        <Link href={path}>‹ Về trang giới thiệu</Link>
        <PrintButton label="In bản A4" />
      </p>
      <article className="poster" aria-label={`Bản in bảng tin: ${exemplar.name}`}>
        <header className="poster-head">
          <p>{settings.authorityName ?? settings.portalName}</p>
          <p className="poster-kicker">Gương điển hình tiên tiến</p>
          <p className="poster-category">
            {CATEGORY_LABELS[exemplar.category]} · Tháng {displayPeriod(exemplar.period)}
          </p>
        </header>
        <div className="poster-body">
          <Picture
            image={exemplar.portrait}
            shape="card"
            sizes="80mm"
            priority
            className="poster-portrait"
          />
          <div>
            <h1 className="poster-name">{exemplar.name}</h1>
            {exemplar.position ? <p className="poster-position">{exemplar.position}</p> : null}
            {exemplar.unitName ? (
              <p className="poster-unit">Đơn vị giới thiệu: {exemplar.unitName}</p>
            ) : null}
          </div>
        </div>
        <h2 className="poster-heading">Thành tích tiêu biểu</h2>
        <p className="poster-summary">{exemplar.summary}</p>
        {exemplar.awards?.length ? (
          <>
            <h2 className="poster-heading">Khen thưởng</h2>
            <ul className="poster-awards">
              {exemplar.awards.slice(0, AWARDS_ON_POSTER).map((award) => (
                <li key={award.id ?? award.title}>
                  {award.title}
                  {award.year ? ` (${award.year})` : ''}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <footer className="poster-foot">
          <QrCode svg={qr} label={`Mã QR dẫn đến trang ${exemplar.name}`} size={150} />
          <p>
            Đọc toàn bộ câu chuyện tại
            <br />
            <strong className="poster-url">{url}</strong>
            <br />
            {settings.portalName}
          </p>
        </footer>
      </article>
    </PortalLayout>
  )
}

export const getStaticPaths = renderOnDemand

export const getStaticProps: GetStaticProps<Tagged<Props>, { slug: string }> = ({ params }) =>
  staticPage(async () => {
    const exemplar = await exemplarBySlug(params?.slug ?? '')
    if (!exemplar) return null
    const settings = await getPortalSettings()
    const unit = typeof exemplar.unit === 'object' ? exemplar.unit : null
    return {
      settings,
      exemplar: {
        name: exemplar.name,
        slug: exemplar.slug,
        category: exemplar.category,
        period: exemplar.period,
        position: exemplar.position,
        summary: exemplar.summary,
        awards: exemplar.awards,
        portrait: exemplar.portrait,
        unitName: unit?.name ?? null,
      },
      qr: await qrSvg(absoluteUrl(exemplarPath(exemplar.slug))),
    }
  })
