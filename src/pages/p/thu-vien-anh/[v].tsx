import type { GetStaticProps } from 'next'

import { Breadcrumbs } from '@/components/breadcrumbs'
import { PageHead } from '@/components/page-head'
import { Pagination } from '@/components/pagination'
import { Picture } from '@/components/picture'
import { PortalLayout } from '@/components/portal-layout'
import type { Media } from '@/payload-types'
import { galleryPage } from '@/portal/gallery'
import { listPagePath } from '@/lib/routes'
import { pagedListProps, type PagedListProps } from '@/portal/paged-list'
import { renderOnDemand, type Tagged } from '@/portal/static-page'

export const config = { unstable_runtimeJS: false }

type Props = PagedListProps<Media>

/** `/thu-vien-anh?trang=`: images that published profiles and articles show. */
export default function GalleryPage({ settings, meta, page, totalPages, docs }: Tagged<Props>) {
  return (
    <PortalLayout settings={settings}>
      <PageHead meta={meta} />
      <Breadcrumbs crumbs={[{ name: 'Thư viện ảnh', path: '/thu-vien-anh' }]} />
      <h1 className="page-title">Thư viện ảnh</h1>
      {docs.length === 0 ? (
        <p>Chưa có hình ảnh nào.</p>
      ) : (
        <ul className="gallery-grid gallery-grid--page">
          {docs.map((image, index) => (
            <li key={image.id}>
              <figure>
                <a href={image.sizes?.hero?.url ?? image.url ?? '#'}>
                  <Picture
                    image={image}
                    sizes="(max-width: 600px) 50vw, 260px"
                    priority={index < 4}
                  />
                </a>
                <figcaption>
                  {image.caption ?? image.alt}
                  {image.credit ? <span className="meta"> Ảnh: {image.credit}</span> : null}
                </figcaption>
              </figure>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} totalPages={totalPages} href={listPagePath('thu-vien-anh')} />
    </PortalLayout>
  )
}

export const getStaticPaths = renderOnDemand

export const getStaticProps: GetStaticProps<Tagged<Props>, { v: string }> = ({ params }) =>
  pagedListProps('thu-vien-anh', params?.v, {
    title: 'Thư viện ảnh',
    description: 'Hình ảnh gương điển hình tiên tiến và hoạt động thi đua',
    load: galleryPage,
  })
