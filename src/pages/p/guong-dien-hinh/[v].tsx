import type { GetStaticProps } from 'next'

import { Breadcrumbs } from '@/components/breadcrumbs'
import { ExemplarCards } from '@/components/exemplar-cards'
import { PageHead } from '@/components/page-head'
import { Pagination } from '@/components/pagination'
import { PortalLayout } from '@/components/portal-layout'
import { labelOptions, placeOptions, SelectFilter } from '@/components/select-filter'
import {
  CATEGORY_LABELS,
  EXEMPLAR_KIND_LABELS,
  SECTOR_LABELS,
  type Category,
  type ExemplarKind,
  type Sector,
} from '@/lib/labels'
import { FIRST_YEAR, LAST_YEAR } from '@/lib/period'
import { listExemplars, type ExemplarCard } from '@/portal/exemplars'
import { listMovements, listUnits } from '@/portal/places'
import { pageMeta, type PageMeta } from '@/portal/seo'
import { getPortalSettings, type PortalSettings } from '@/portal/settings'
import { renderOnDemand, staticPage, type Tagged } from '@/portal/static-page'
import { isCanonical, PAGE_SIZE, pageOf, variantParams } from '@/portal/variants'

export const config = { unstable_runtimeJS: false }

type Filters = {
  loai: ExemplarKind | null
  nhom: Category | null
  'linh-vuc': Sector | null
  'don-vi': string | null
  'phong-trao': string | null
  nam: string | null
}

type Props = {
  settings: PortalSettings
  meta: PageMeta
  filters: Filters
  page: number
  docs: ExemplarCard[]
  totalDocs: number | null
  totalPages: number
  units: { id: number; name: string; slug?: string | null }[]
  movements: { id: number; name: string; slug?: string | null }[]
}

const oneOf = <T extends string>(labels: Record<T, string>, value: string | null): T | null =>
  value !== null && value in labels ? (value as T) : null

/** `/guong-dien-hinh?…` (one cached page per canonical query, see src/portal/variants.ts). */
export default function ExemplarListPage(props: Tagged<Props>) {
  const { settings, meta, filters, page, docs, totalDocs, totalPages, units, movements } = props
  const pageHref = (target: number) => {
    const query = new URLSearchParams()
    for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value)
    if (target > 1) query.set('trang', String(target))
    const text = query.toString()
    return text ? `/guong-dien-hinh?${text}` : '/guong-dien-hinh'
  }
  return (
    <PortalLayout settings={settings}>
      <PageHead meta={meta} />
      <Breadcrumbs crumbs={[{ name: 'Gương điển hình', path: '/guong-dien-hinh' }]} />
      <h1 className="page-title">Gương điển hình tiên tiến</h1>
      <form
        className="filters"
        method="get"
        action="/guong-dien-hinh"
        aria-label="Lọc gương điển hình"
      >
        <SelectFilter
          label="Đối tượng"
          name="loai"
          value={filters.loai}
          options={labelOptions(EXEMPLAR_KIND_LABELS)}
        />
        <SelectFilter
          label="Nhóm"
          name="nhom"
          value={filters.nhom}
          options={labelOptions(CATEGORY_LABELS)}
        />
        <SelectFilter
          label="Lĩnh vực"
          name="linh-vuc"
          value={filters['linh-vuc']}
          options={labelOptions(SECTOR_LABELS)}
        />
        <SelectFilter
          label="Đơn vị"
          name="don-vi"
          value={filters['don-vi']}
          options={placeOptions(units)}
        />
        <SelectFilter
          label="Phong trào"
          name="phong-trao"
          value={filters['phong-trao']}
          options={placeOptions(movements)}
        />
        <label>
          Năm
          <input
            type="number"
            name="nam"
            min={FIRST_YEAR}
            max={LAST_YEAR}
            defaultValue={filters.nam ?? ''}
            inputMode="numeric"
          />
        </label>
        <button type="submit">Lọc</button>
      </form>

      <p className="meta" role="status">
        {totalDocs !== null ? `${totalDocs} gương điển hình` : 'Không có gương điển hình phù hợp.'}
      </p>
      <ExemplarCards exemplars={docs} heading="h2" eager={page === 1 ? 2 : 0} />
      <Pagination page={page} totalPages={totalPages} href={pageHref} />
      <p className="meta">Mỗi trang {PAGE_SIZE} gương điển hình.</p>
    </PortalLayout>
  )
}

export const getStaticPaths = renderOnDemand

export const getStaticProps: GetStaticProps<Tagged<Props>, { v: string }> = ({ params }) =>
  staticPage(async () => {
    const variant = params?.v ?? ''
    if (!isCanonical('guong-dien-hinh', variant)) return null
    const query = variantParams(variant)
    const filters: Filters = {
      loai: oneOf(EXEMPLAR_KIND_LABELS, query.get('loai')),
      nhom: oneOf(CATEGORY_LABELS, query.get('nhom')),
      'linh-vuc': oneOf(SECTOR_LABELS, query.get('linh-vuc')),
      'don-vi': query.get('don-vi'),
      'phong-trao': query.get('phong-trao'),
      nam: query.get('nam'),
    }
    const page = pageOf(query)
    const [settings, result, units, movements] = await Promise.all([
      getPortalSettings(),
      listExemplars({
        kind: filters.loai ?? undefined,
        category: filters.nhom ?? undefined,
        sector: filters['linh-vuc'] ?? undefined,
        unitSlug: filters['don-vi'] ?? undefined,
        movementSlug: filters['phong-trao'] ?? undefined,
        year: filters.nam ? Number(filters.nam) : undefined,
        page,
      }),
      listUnits(),
      listMovements(),
    ])
    return {
      settings,
      meta: pageMeta({
        title: 'Gương điển hình tiên tiến',
        siteName: settings.portalName,
        description:
          'Danh sách gương điển hình tiên tiến, người tốt việc tốt, nhân tố mới, mô hình hay',
        path: variant === '-' ? '/guong-dien-hinh' : `/guong-dien-hinh?${variant}`,
      }),
      filters,
      page,
      docs: result?.docs ?? [],
      totalDocs: result ? result.totalDocs : null,
      totalPages: result?.totalPages ?? 0,
      units: units.map((u) => ({ id: u.id, name: u.name, slug: u.slug })),
      movements: movements.map((m) => ({ id: m.id, name: m.name, slug: m.slug })),
    }
  })
