import '@fontsource/be-vietnam-pro/vietnamese-400.css'
import '@fontsource/be-vietnam-pro/latin-400.css'
import '@fontsource/be-vietnam-pro/vietnamese-700.css'
import '@fontsource/be-vietnam-pro/latin-700.css'
import './styles.css'

import type { Metadata } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'

import { getSiteSettings } from '@/lib/cms'
import { displayToday } from '@/lib/dates'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return {
    title: { default: settings.portalName, template: `%s — ${settings.portalName}` },
    description: 'Tuyên truyền, nhân rộng gương điển hình tiên tiến',
  }
}

export default async function FrontendLayout({ children }: { children: ReactNode }) {
  const settings = await getSiteSettings()
  return (
    <html lang="vi">
      <body>
        <a className="skip-link" href="#noi-dung">
          Bỏ qua, đến nội dung chính
        </a>
        <header className="site-header">
          <div className="container">
            {settings.parentBody ? <p className="site-parent">{settings.parentBody}</p> : null}
            <p className="site-name">
              <Link href="/">{settings.portalName}</Link>
            </p>
            {settings.authorityName ? <p className="site-authority">{settings.authorityName}</p> : null}
          </div>
          <nav className="main-nav" aria-label="Chuyên mục">
            <div className="container main-nav__inner">
              <ul>
                <li><Link href="/">Trang chủ</Link></li>
                <li><Link href="/guong-dien-hinh">Gương điển hình</Link></li>
                <li><Link href="/tin-tuc">Tin tức</Link></li>
                <li><Link href="/van-ban">Văn bản</Link></li>
                <li><Link href="/gioi-thieu">Giới thiệu</Link></li>
                <li><Link href="/lien-he">Liên hệ</Link></li>
              </ul>
              <form action="/tim-kiem" method="get" role="search" className="nav-search">
                <label htmlFor="nav-q" className="visually-hidden">Tìm kiếm</label>
                <input id="nav-q" name="q" type="search" placeholder="Tìm kiếm (gõ không dấu được)" maxLength={200} />
                <button type="submit">Tìm</button>
              </form>
            </div>
          </nav>
          <p className="today container">{displayToday()}</p>
          {settings.slogans?.length ? (
            <p className="slogan-strip">{settings.slogans.map((s) => s.text).join(' • ')}</p>
          ) : null}
        </header>
        <main id="noi-dung" className="container">
          {children}
        </main>
        <footer className="site-footer">
          <div className="container">
            {settings.authorityName ? (
              <p>
                <strong>Cơ quan chủ quản:</strong> {settings.authorityName}
              </p>
            ) : null}
            {settings.address ? <p>Địa chỉ: {settings.address}</p> : null}
            {settings.phone || settings.email ? (
              <p>
                {settings.phone ? `Điện thoại: ${settings.phone}` : null}
                {settings.phone && settings.email ? ' — ' : null}
                {settings.email ? `Thư điện tử: ${settings.email}` : null}
              </p>
            ) : null}
            {settings.responsiblePerson ? (
              <p>Chịu trách nhiệm nội dung: {settings.responsiblePerson}</p>
            ) : null}
          </div>
        </footer>
      </body>
    </html>
  )
}
