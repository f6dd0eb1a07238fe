import type { GetStaticProps } from 'next'

import { DocumentsRegister } from '@/components/documents-register'
import { PageHead } from '@/components/page-head'
import { PortalLayout } from '@/components/portal-layout'
import { listDocuments, type PortalDocument } from '@/portal/documents'
import { pageMeta, type PageMeta } from '@/portal/seo'
import { getPortalSettings, type PortalSettings } from '@/portal/settings'
import { renderOnDemand, staticPage, type Tagged } from '@/portal/static-page'

export const config = { unstable_runtimeJS: false }

type Props = { settings: PortalSettings; meta: PageMeta; documents: PortalDocument[] }

/** `/van-ban`: the whole register (a search, `?q=`, is src/pages/p/tra-cuu-van-ban.tsx). */
export default function DocumentsPage({ settings, meta, documents }: Tagged<Props>) {
  return (
    <PortalLayout settings={settings}>
      <PageHead meta={meta} />
      <DocumentsRegister documents={documents} query="" />
    </PortalLayout>
  )
}

export const getStaticPaths = renderOnDemand

export const getStaticProps: GetStaticProps<Tagged<Props>, { v: string }> = ({ params }) =>
  staticPage(async () => {
    if (params?.v !== '-') return null
    const [settings, documents] = await Promise.all([getPortalSettings(), listDocuments()])
    return {
      settings,
      documents,
      meta: pageMeta({
        title: 'Văn bản chỉ đạo',
        siteName: settings.portalName,
        description:
          'Văn bản chỉ đạo, hướng dẫn về công tác thi đua, khen thưởng và nhân rộng điển hình',
        path: '/van-ban',
      }),
    }
  })
