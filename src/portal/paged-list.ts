import type { GetStaticPropsResult } from 'next'

import { listPagePath } from '@/lib/routes'

import { pageMeta, type PageMeta } from './seo'
import { getPortalSettings, type PortalSettings } from './settings'
import { staticPage, type Tagged } from './static-page'
import { isCanonical, pageOf, variantParams, type ListName } from './variants'

export type PagedListProps<D> = {
  settings: PortalSettings
  meta: PageMeta
  page: number
  totalPages: number
  docs: D[]
}

/**
 * `getStaticProps` of a list that has only pages (`?trang=`): the cached variant `variant` of
 * `list` (an unknown variant is the 404), its page of documents from `load`, and its head.
 * Server-only: a page component must not import this module (it would carry Payload into the
 * browser bundle); links to pages come from `listPagePath` in src/lib/routes.ts.
 */
export function pagedListProps<D>(
  list: ListName,
  variant: string | undefined,
  {
    title,
    description,
    load,
  }: {
    title: string
    description: string
    load: (page: number) => Promise<{ docs: D[]; totalPages: number }>
  },
): Promise<GetStaticPropsResult<Tagged<PagedListProps<D>>>> {
  return staticPage(async () => {
    if (!isCanonical(list, variant ?? '')) return null
    const page = pageOf(variantParams(variant))
    const [settings, result] = await Promise.all([getPortalSettings(), load(page)])
    return {
      settings,
      meta: pageMeta({
        title,
        siteName: settings.portalName,
        description,
        path: listPagePath(list)(page),
      }),
      page,
      totalPages: result.totalPages,
      docs: result.docs,
    }
  })
}
