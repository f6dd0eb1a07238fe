import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Picture } from '@/components/picture'
import { PrintButton } from '@/components/print-button'
import { QrCode } from '@/components/qr-code'
import { exemplarBySlug, getSiteSettings } from '@/lib/cms'
import { CATEGORY_LABELS } from '@/lib/labels'
import { displayPeriod } from '@/lib/period'
import { exemplarPath } from '@/lib/profile'
import { absoluteUrl } from '@/lib/seo'

export const revalidate = 600
export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const exemplar = await exemplarBySlug((await params).slug)
  if (!exemplar) return { title: 'Không tìm thấy trang' }
  return {
    title: `Bản in bảng tin: ${exemplar.name}`,
    alternates: { canonical: exemplarPath(exemplar.slug) },
    robots: { index: false },
  }
}

const AWARDS_ON_POSTER = 4

/** An A4 sheet for a unit's bulletin board: portrait, name, unit, achievements, QR to the profile. */
export default async function PosterPage({ params }: Props) {
  const [exemplar, settings] = await Promise.all([
    exemplarBySlug((await params).slug),
    getSiteSettings(),
  ])
  if (!exemplar) notFound()
  const unit = typeof exemplar.unit === 'object' ? exemplar.unit : null
  const path = exemplarPath(exemplar.slug)
  const url = absoluteUrl(path)
  return (
    <>
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
            {unit ? <p className="poster-unit">Đơn vị giới thiệu: {unit.name}</p> : null}
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
          <QrCode url={url} label={`Mã QR dẫn đến trang ${exemplar.name}`} size={150} />
          <p>
            Đọc toàn bộ câu chuyện tại
            <br />
            <strong className="poster-url">{url}</strong>
            <br />
            {settings.portalName}
          </p>
        </footer>
      </article>
    </>
  )
}
