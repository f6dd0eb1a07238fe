import { RichText } from '@/components/rich-text'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { exemplarBySlug } from '@/lib/cms'
import { CATEGORY_LABELS, EXEMPLAR_KIND_LABELS, SECTOR_LABELS } from '@/lib/labels'
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
  const movement = typeof exemplar.movement === 'object' ? exemplar.movement : null
  const portrait = typeof exemplar.portrait === 'object' ? exemplar.portrait : null
  return (
    <article className="profile">
      <p className="meta">
        {EXEMPLAR_KIND_LABELS[exemplar.kind]} · {CATEGORY_LABELS[exemplar.category]} ·{' '}
        {SECTOR_LABELS[exemplar.sector]} · Tháng {displayPeriod(exemplar.period)}
      </p>
      <h1 className="page-title">{exemplar.name}</h1>
      {portrait?.url ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img
          className="portrait"
          src={portrait.sizes?.card?.url ?? portrait.url}
          alt={portrait.alt}
          width={portrait.sizes?.card?.width ?? 640}
          height={portrait.sizes?.card?.height ?? 480}
        />
      ) : null}
      {exemplar.position ? <p>{exemplar.position}</p> : null}
      {unit ? <p>Đơn vị giới thiệu: {unit.name}</p> : null}
      {movement ? <p>Phong trào thi đua: {movement.name}</p> : null}
      <h2>Thành tích tiêu biểu</h2>
      <p>{exemplar.summary}</p>
      {exemplar.awards?.length ? (
        <>
          <h2>Hình thức khen thưởng đã đạt</h2>
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
        </>
      ) : null}
      {exemplar.story ? (
        <section className="story" aria-label="Nội dung bài giới thiệu">
          <RichText data={exemplar.story} />
        </section>
      ) : null}
    </article>
  )
}
