import type { Metadata } from 'next'

import { getSiteSettings } from '@/lib/cms'
import { pageMetadata } from '@/lib/seo'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = pageMetadata({
  title: 'Liên hệ',
  description: 'Địa chỉ, điện thoại, thư điện tử và đầu mối tiếp nhận thông tin',
  path: '/lien-he',
})

export default async function ContactPage() {
  const settings = await getSiteSettings()
  return (
    <>
      <h1 className="page-title">Liên hệ</h1>
      <address className="contact">
        <p>
          <strong>{settings.authorityName}</strong>
        </p>
        {settings.compilingOffice ? (
          <p>Đầu mối tiếp nhận hồ sơ: {settings.compilingOffice}</p>
        ) : null}
        {settings.address ? <p>Địa chỉ: {settings.address}</p> : null}
        {settings.phone ? (
          <p>
            Điện thoại:{' '}
            <a href={`tel:${settings.phone.replace(/[^\d+]/g, '')}`}>{settings.phone}</a>
          </p>
        ) : null}
        {settings.email ? (
          <p>
            Thư điện tử: <a href={`mailto:${settings.email}`}>{settings.email}</a>
          </p>
        ) : null}
      </address>
    </>
  )
}
