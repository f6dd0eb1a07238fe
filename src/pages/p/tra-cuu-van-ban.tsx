import type { GetServerSideProps } from 'next'

import { DocumentsRegister } from '@/components/documents-register'
import { PageHead } from '@/components/page-head'
import { PortalLayout } from '@/components/portal-layout'
import { searchDocuments, type PortalDocument } from '@/portal/documents'
import { searchTerms } from '@/portal/search'
import { pageMeta, type PageMeta } from '@/portal/seo'
import { getPortalSettings, type PortalSettings } from '@/portal/settings'

export const config = { unstable_runtimeJS: false }

type Props = {
  settings: PortalSettings
  meta: PageMeta
  documents: PortalDocument[]
  query: string
}

/** `/van-ban?q=` (rewritten here by the proxy): the register narrowed to a query; not cached. */
export default function DocumentSearchPage({ settings, meta, documents, query }: Props) {
  return (
    <PortalLayout settings={settings}>
      <PageHead meta={meta} />
      <DocumentsRegister documents={documents} query={query} />
    </PortalLayout>
  )
}

export const getServerSideProps: GetServerSideProps<Props> = async ({ query: params }) => {
  const raw = params.q
  const query = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200) ?? ''
  const [settings, documents] = await Promise.all([
    getPortalSettings(),
    searchDocuments(searchTerms(query)),
  ])
  return {
    props: {
      settings,
      documents,
      query,
      meta: pageMeta({
        title: 'Văn bản chỉ đạo',
        siteName: settings.portalName,
        path: '/van-ban',
        noindex: true,
      }),
    },
  }
}
