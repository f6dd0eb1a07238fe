import type { Metadata } from 'next'

import { getSiteSettings } from '@/lib/cms'

export const metadata: Metadata = { title: 'Liên hệ' }

export default async function ContactPage() {
  const settings = await getSiteSettings()
  return (
    <>
      <h1 className="page-title">Liên hệ</h1>
      <address className="contact">
        <p>
          <strong>{settings.authorityName}</strong>
        </p>
        {settings.compilingOffice ? <p>Đầu mối tiếp nhận hồ sơ: {settings.compilingOffice}</p> : null}
        {settings.address ? <p>Địa chỉ: {settings.address}</p> : null}
        {settings.phone ? (
          <p>
            Điện thoại: <a href={`tel:${settings.phone.replace(/[^\d+]/g, '')}`}>{settings.phone}</a>
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
