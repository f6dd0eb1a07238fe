import Head from 'next/head'
import Link from 'next/link'
import type { ReactNode } from 'react'

import { displayToday } from '@/lib/dates'
import type { PortalSettings } from '@/portal/settings'

import { DisplayToggles } from './display-toggles'
import { MainMenu } from './main-menu'

type Props = { settings: PortalSettings; children: ReactNode }

/**
 * The logo uploaded in site settings, else a star. The original file: the resized variants are
 * 4:3 crops, which would cut a round emblem.
 */
function Emblem({ logo }: { logo: PortalSettings['logo'] }) {
  if (logo) {
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

/**
 * The frame of every public page: banner, menu, footer. Complete without JavaScript; the one
 * script (`/portal.js`, deferred) only adds the display toggles, today's date and sharing.
 */
export function PortalLayout({ settings, children }: Props) {
  return (
    <>
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="application-name" content={settings.portalName} />
        <link
          rel="alternate"
          type="application/rss+xml"
          href="/rss.xml"
          title={settings.portalName}
        />
        <script src="/portal.js" defer />
      </Head>
      <a className="skip-link" href="#noi-dung">
        Bỏ qua, đến nội dung chính
      </a>
      <div className="topbar">
        <div className="container topbar__inner">
          <p className="today" data-today="">
            {displayToday()}
          </p>
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
        {settings.slogans.length ? (
          <p className="slogan-strip">{settings.slogans.join(' • ')}</p>
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
    </>
  )
}
