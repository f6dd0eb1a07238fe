import type { GetStaticProps } from 'next'

import { PageHead } from '@/components/page-head'
import { PortalLayout } from '@/components/portal-layout'
import { pageMeta, type PageMeta } from '@/portal/seo'
import { getPortalSettings, type PortalSettings } from '@/portal/settings'
import { renderOnDemand, staticPage, type Tagged } from '@/portal/static-page'

export const config = { unstable_runtimeJS: false }

type Props = { settings: PortalSettings; meta: PageMeta }

/** `/lien-he`: contact points. */
export default function ContactPage({ settings, meta }: Tagged<Props>) {
  return (
    <PortalLayout settings={settings}>
      <PageHead meta={meta} />
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
    </PortalLayout>
  )
}

export const getStaticPaths = renderOnDemand

export const getStaticProps: GetStaticProps<Tagged<Props>, { v: string }> = ({ params }) =>
  staticPage(async () => {
    if (params?.v !== '-') return null
    const settings = await getPortalSettings()
    return {
      settings,
      meta: pageMeta({
        title: 'Liên hệ',
        siteName: settings.portalName,
        description: 'Địa chỉ, điện thoại, thư điện tử và đầu mối tiếp nhận thông tin',
        path: '/lien-he',
      }),
    }
  })
