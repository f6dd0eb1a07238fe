import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { exemplarBySlug } from '@/lib/cms'
import { CATEGORY_LABELS, EXEMPLAR_KIND_LABELS } from '@/lib/labels'
import { displayPeriod } from '@/lib/period'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const exemplar = await exemplarBySlug((await params).slug)
  return exemplar ? { title: exemplar.name, description: exemplar.summary } : {}
}

export default async function ExemplarPage({ params }: Props) {
  const exemplar = await exemplarBySlug((await params).slug)
  if (!exemplar) notFound()
  const unit = typeof exemplar.unit === 'object' ? exemplar.unit : null
  return (
    <article className="profile">
      <p className="meta">
        {EXEMPLAR_KIND_LABELS[exemplar.kind]} · {CATEGORY_LABELS[exemplar.category]} · Tháng{' '}
        {displayPeriod(exemplar.period)}
      </p>
      <h1 className="page-title">{exemplar.name}</h1>
      {exemplar.position ? <p>{exemplar.position}</p> : null}
      {unit ? <p>Đơn vị giới thiệu: {unit.name}</p> : null}
      <h2>Thành tích tiêu biểu</h2>
      <p>{exemplar.summary}</p>
    </article>
  )
}
