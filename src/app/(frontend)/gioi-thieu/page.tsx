import type { Metadata } from 'next'

import { getSiteSettings } from '@/lib/cms'
import { pageMetadata } from '@/lib/seo'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = pageMetadata({
  title: 'Giới thiệu',
  description: 'Giới thiệu cơ quan chủ quản, chức năng, nhiệm vụ và cơ cấu tổ chức',
  path: '/gioi-thieu',
})

export default async function AboutPage() {
  const settings = await getSiteSettings()
  return (
    <>
      <h1 className="page-title">Giới thiệu</h1>
      {settings.introduction
        ? settings.introduction.split(/\n+/).map((paragraph, i) => <p key={i}>{paragraph}</p>)
        : null}
      <h2>Cơ quan chủ quản</h2>
      <p>
        {settings.authorityName}
        {settings.parentBody ? ` — ${settings.parentBody}` : ''}
      </p>
      {settings.compilingOffice ? <p>Cơ quan tổng hợp: {settings.compilingOffice}</p> : null}
      {settings.responsiblePerson ? (
        <p>Người chịu trách nhiệm nội dung: {settings.responsiblePerson}</p>
      ) : null}
      {settings.licence ? <p>{settings.licence}</p> : null}
    </>
  )
}
