import type { GetServerSideProps } from 'next'
import Link from 'next/link'

import { PageHead } from '@/components/page-head'
import { PortalLayout } from '@/components/portal-layout'
import { pageMeta, type PageMeta } from '@/portal/seo'
import { getPortalSettings, type PortalSettings } from '@/portal/settings'

export const config = { unstable_runtimeJS: false }

type Props = { settings: PortalSettings; meta: PageMeta }

/**
 * The portal's 404, complete without script: addresses nothing serves are rewritten here
 * (next.config.mjs), unknown slugs are sent here (src/portal/static-page.ts). Next's own 404
 * rendering always uses the App Router's `/_not-found` once an app directory exists (a document
 * that needs the framework's script), so the status is set here instead.
 */
export default function NotFoundPage({ settings, meta }: Props) {
  return (
    <PortalLayout settings={settings}>
      <PageHead meta={meta} />
      <section className="not-found">
        <h1 className="page-title">Không tìm thấy trang</h1>
        <p>Trang bạn tìm không tồn tại hoặc đã được gỡ xuống.</p>
        <ul>
          <li>
            <Link href="/">Về trang chủ</Link>
          </li>
          <li>
            <Link href="/tim-kiem">Tìm kiếm trên cổng thông tin</Link>
          </li>
        </ul>
        <form action="/tim-kiem" method="get" role="search" className="search-form">
          <label htmlFor="q404">Tìm gương điển hình, tin bài</label>
          <input id="q404" name="q" type="search" maxLength={200} />
          <button type="submit">Tìm kiếm</button>
        </form>
      </section>
    </PortalLayout>
  )
}

export const getServerSideProps: GetServerSideProps<Props> = async ({ res }) => {
  res.statusCode = 404
  const settings = await getPortalSettings()
  return {
    props: {
      settings,
      meta: pageMeta({
        title: 'Không tìm thấy trang',
        siteName: settings.portalName,
        path: '/khong-tim-thay',
        noindex: true,
      }),
    },
  }
}
