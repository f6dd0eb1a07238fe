import type { Metadata } from 'next'

import { Breadcrumbs } from '@/components/breadcrumbs'
import { ExemplarCards } from '@/components/exemplar-cards'
import { Pagination, pageParam } from '@/components/pagination'
import { listExemplars, listMovements, listUnits, PAGE_SIZE } from '@/lib/cms'
import {
  CATEGORY_LABELS,
  EXEMPLAR_KIND_LABELS,
  SECTOR_LABELS,
  type Category,
  type ExemplarKind,
  type Sector,
} from '@/lib/labels'
import { pageMetadata } from '@/lib/seo'

export const metadata: Metadata = pageMetadata({
  title: 'Gương điển hình tiên tiến',
  description: 'Danh sách gương điển hình tiên tiến, người tốt việc tốt, nhân tố mới, mô hình hay',
  path: '/guong-dien-hinh',
})

type Search = Record<string, string | string[] | undefined>
type Props = { searchParams: Promise<Search> }

const one = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? ''
const oneOf = <T extends string>(labels: Record<T, string>, value: string): T | undefined =>
  value in labels ? (value as T) : undefined

export default async function ExemplarListPage({ searchParams }: Props) {
  const params = await searchParams
  const kind = oneOf<ExemplarKind>(EXEMPLAR_KIND_LABELS, one(params.loai))
  const category = oneOf<Category>(CATEGORY_LABELS, one(params.nhom))
  const sector = oneOf<Sector>(SECTOR_LABELS, one(params['linh-vuc']))
  const unitSlug = one(params['don-vi']) || undefined
  const movementSlug = one(params['phong-trao']) || undefined
  const yearValue = Number(one(params.nam))
  const year =
    Number.isInteger(yearValue) && yearValue >= 1990 && yearValue <= 2100 ? yearValue : undefined
  const page = pageParam(params.trang)

  const [result, units, movements] = await Promise.all([
    listExemplars({ kind, category, sector, unitSlug, movementSlug, year, page }),
    listUnits(),
    listMovements(),
  ])
  const docs = result?.docs ?? []
  const totalPages = result?.totalPages ?? 0
  const current = {
    loai: kind,
    nhom: category,
    'linh-vuc': sector,
    'don-vi': unitSlug,
    'phong-trao': movementSlug,
    nam: year ? String(year) : undefined,
  }
  const pageHref = (target: number) => {
    const query = new URLSearchParams()
    for (const [key, value] of Object.entries(current)) if (value) query.set(key, value)
    if (target > 1) query.set('trang', String(target))
    const text = query.toString()
    return text ? `/guong-dien-hinh?${text}` : '/guong-dien-hinh'
  }

  return (
    <>
      <Breadcrumbs crumbs={[{ name: 'Gương điển hình', path: '/guong-dien-hinh' }]} />
      <h1 className="page-title">Gương điển hình tiên tiến</h1>
      <form
        className="filters"
        method="get"
        action="/guong-dien-hinh"
        aria-label="Lọc gương điển hình"
      >
        <label>
          Đối tượng
          <select name="loai" defaultValue={kind ?? ''}>
            <option value="">Tất cả</option>
            {Object.entries(EXEMPLAR_KIND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Nhóm
          <select name="nhom" defaultValue={category ?? ''}>
            <option value="">Tất cả</option>
            {Object.entries(CATEGORY_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Lĩnh vực
          <select name="linh-vuc" defaultValue={sector ?? ''}>
            <option value="">Tất cả</option>
            {Object.entries(SECTOR_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Đơn vị
          <select name="don-vi" defaultValue={unitSlug ?? ''}>
            <option value="">Tất cả</option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.slug ?? ''}>
                {unit.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Phong trào
          <select name="phong-trao" defaultValue={movementSlug ?? ''}>
            <option value="">Tất cả</option>
            {movements.map((movement) => (
              <option key={movement.id} value={movement.slug ?? ''}>
                {movement.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Năm
          <input
            type="number"
            name="nam"
            min={1990}
            max={2100}
            defaultValue={year ?? ''}
            inputMode="numeric"
          />
        </label>
        <button type="submit">Lọc</button>
      </form>

      <p className="meta" role="status">
        {result ? `${result.totalDocs} gương điển hình` : 'Không có gương điển hình phù hợp.'}
      </p>
      <ExemplarCards exemplars={docs} heading="h2" eager={page === 1 ? 2 : 0} />
      <Pagination page={page} totalPages={totalPages} href={pageHref} />
      <p className="meta">Mỗi trang {PAGE_SIZE} gương điển hình.</p>
    </>
  )
}
