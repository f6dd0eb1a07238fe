import '@fontsource/be-vietnam-pro/vietnamese-400.css'
import '@fontsource/be-vietnam-pro/latin-400.css'
import '@fontsource/be-vietnam-pro/vietnamese-700.css'
import '@fontsource/be-vietnam-pro/latin-700.css'
import '@fontsource/noto-serif/vietnamese-700.css'
import '@fontsource/noto-serif/latin-700.css'
import './styles.css'

import type { Metadata, Viewport } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'

import { DisplayToggles } from '@/components/display-toggles'
import { MainMenu } from '@/components/main-menu'
import { Today } from '@/components/today'
import { getSiteSettings } from '@/lib/cms'
import { displayToday } from '@/lib/dates'
import { siteUrl } from '@/lib/site-url'
import type { SiteSetting } from '@/payload-types'

/**
 * The logo uploaded in site settings, else a star. The original file: the resized variants are
 * 4:3 crops, which would cut a round emblem.
 */
function Emblem({ logo }: { logo: SiteSetting['logo'] }) {
  if (logo && typeof logo === 'object' && logo.url) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- one small fixed image, no optimiser
      <img
        className="emblem emblem--image"
        src={logo.url}
        alt=""
        width={logo.width ?? undefined}
        height={logo.height ?? undefined}
      />
    )
  }
  return (
    <span className="emblem" aria-hidden="true">
      ★
    </span>
  )
}

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return {
    metadataBase: new URL(`${siteUrl()}/`),
    title: { default: settings.portalName, template: `%s — ${settings.portalName}` },
    description: 'Tuyên truyền, nhân rộng gương điển hình tiên tiến, người tốt việc tốt',
    applicationName: settings.portalName,
    openGraph: { siteName: settings.portalName, locale: 'vi_VN', type: 'website' },
    alternates: {
      types: { 'application/rss+xml': [{ url: '/rss.xml', title: settings.portalName }] },
    },
  }
}

export const viewport: Viewport = { themeColor: '#9b1c1c', width: 'device-width', initialScale: 1 }

export default async function FrontendLayout({ children }: { children: ReactNode }) {
  const settings = await getSiteSettings()
  return (
    <html lang="vi">
      <body>
        <a className="skip-link" href="#noi-dung">
          Bỏ qua, đến nội dung chính
        </a>
        <div className="topbar">
          <div className="container topbar__inner">
            <Today rendered={displayToday()} />
            <DisplayToggles />
          </div>
        </div>
        <header className="site-header">
          <div className="container banner">
            <Emblem logo={settings.logo} />
            <div>
              {settings.parentBody ? <p className="site-parent">{settings.parentBody}</p> : null}
              <p className="site-name">
                <Link href="/">{settings.portalName}</Link>
              </p>
              {settings.authorityName ? (
                <p className="site-authority">{settings.authorityName}</p>
              ) : null}
            </div>
          </div>
          <MainMenu />
          {settings.slogans?.length ? (
            <p className="slogan-strip">{settings.slogans.map((s) => s.text).join(' • ')}</p>
          ) : null}
        </header>
        <main id="noi-dung" className="container main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="container footer-grid">
            <div>
              <p className="footer-title">{settings.portalName}</p>
              {settings.authorityName ? (
                <p>
                  <strong>Cơ quan chủ quản:</strong> {settings.authorityName}
                </p>
              ) : null}
              {settings.address ? <p>Địa chỉ: {settings.address}</p> : null}
              {settings.phone ? <p>Điện thoại: {settings.phone}</p> : null}
              {settings.email ? (
                <p>
                  Thư điện tử: <a href={`mailto:${settings.email}`}>{settings.email}</a>
                </p>
              ) : null}
              {settings.responsiblePerson ? (
                <p>Chịu trách nhiệm nội dung: {settings.responsiblePerson}</p>
              ) : null}
              {settings.licence ? <p>{settings.licence}</p> : null}
            </div>
            <nav aria-label="Liên kết cuối trang">
              <ul className="footer-links">
                <li>
                  <Link href="/gioi-thieu">Giới thiệu</Link>
                </li>
                <li>
                  <Link href="/lien-he">Liên hệ</Link>
                </li>
                <li>
                  <Link href="/van-ban">Văn bản chỉ đạo</Link>
                </li>
                <li>
                  <a href="/rss.xml">Tin RSS</a>
                </li>
                <li>
                  <a href="/sitemap.xml">Sơ đồ trang</a>
                </li>
              </ul>
            </nav>
          </div>
        </footer>
      </body>
    </html>
  )
}
