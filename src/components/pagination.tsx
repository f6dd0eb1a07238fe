import Link from 'next/link'

type Props = { page: number; totalPages: number; href: (page: number) => string }

/** Paging as plain links, so it works without JavaScript and can be bookmarked. */
export function Pagination({ page, totalPages, href }: Props) {
  if (totalPages <= 1) return null
  return (
    <nav className="pagination" aria-label="Phân trang">
      {page > 1 ? <Link href={href(page - 1)}>‹ Trang trước</Link> : null}
      <span aria-current="page">
        Trang {page}/{totalPages}
      </span>
      {page < totalPages ? <Link href={href(page + 1)}>Trang sau ›</Link> : null}
    </nav>
  )
}

/** `trang` from the query string: a whole page number, 1 when absent or malformed. */
export function pageParam(raw: string | string[] | undefined, max = 10_000): number {
  const value = Number(Array.isArray(raw) ? raw[0] : raw)
  return Number.isInteger(value) && value >= 1 && value <= max ? value : 1
}
