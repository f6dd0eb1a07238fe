import type { GetStaticProps } from 'next'

import { PageHead } from '@/components/page-head'
import { PortalLayout } from '@/components/portal-layout'
import { pageMeta, type PageMeta } from '@/portal/seo'
import { getPortalSettings, type PortalSettings } from '@/portal/settings'
import { renderOnDemand, staticPage, type Tagged } from '@/portal/static-page'

export const config = { unstable_runtimeJS: false }

type Props = { settings: PortalSettings; meta: PageMeta }

/** `/gioi-thieu`: the authority and its organisation (Decree 42/2022 art. 4). */
export default function AboutPage({ settings, meta }: Tagged<Props>) {
  return (
    <PortalLayout settings={settings}>
      <PageHead meta={meta} />
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
        title: 'Giới thiệu',
        siteName: settings.portalName,
        description: 'Giới thiệu cơ quan chủ quản, chức năng, nhiệm vụ và cơ cấu tổ chức',
        path: '/gioi-thieu',
      }),
    }
  })
