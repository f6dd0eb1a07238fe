import type { Metadata } from 'next'

import { Breadcrumbs } from '@/components/breadcrumbs'
import { Pagination, pageParam } from '@/components/pagination'
import { Picture } from '@/components/picture'
import { galleryPage } from '@/lib/cms'
import { pageMetadata } from '@/lib/seo'

export const metadata: Metadata = pageMetadata({
  title: 'Thư viện ảnh',
  description: 'Hình ảnh gương điển hình tiên tiến và hoạt động thi đua',
  path: '/thu-vien-anh',
})

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function GalleryPage({ searchParams }: Props) {
  const page = pageParam((await searchParams).trang)
  const result = await galleryPage(page)
  return (
    <>
      <Breadcrumbs crumbs={[{ name: 'Thư viện ảnh', path: '/thu-vien-anh' }]} />
      <h1 className="page-title">Thư viện ảnh</h1>
      {result.docs.length === 0 ? (
        <p>Chưa có hình ảnh nào.</p>
      ) : (
        <ul className="gallery-grid gallery-grid--page">
          {result.docs.map((image, index) => (
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
      <Pagination
        page={page}
        totalPages={result.totalPages}
        href={(target) => (target > 1 ? `/thu-vien-anh?trang=${target}` : '/thu-vien-anh')}
      />
    </>
  )
}
