import { CATEGORY_LABELS, EXEMPLAR_KIND_LABELS, SECTOR_LABELS } from '@/lib/labels'

/**
 * The public lists take their filters and page from the query string. Each list is cached as one
 * page per *canonical* query: known parameters only, valid values only, in a fixed order, page 1
 * left out. The proxy (src/proxy.ts) rewrites `/guong-dien-hinh?b=2&a=1&utm=x` to the internal
 * path `/p/guong-dien-hinh/a=1&b=2`, so both spellings share one cache entry and unknown
 * parameters cannot multiply entries.
 */

export const LISTS = ['guong-dien-hinh', 'tin-tuc', 'thu-vien-anh', 'van-ban'] as const
export type ListName = (typeof LISTS)[number]

/** Exemplars per page of the public list. */
export const PAGE_SIZE = 12

/** The internal path segment for "no parameters". */
export const NO_PARAMS = '-'

/** The internal prefix of cached list variants and fixed pages (never linked to). */
export const VARIANT_PREFIX = '/p'

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/
const MAX_PAGE = 10_000

const inLabels = (labels: Record<string, string>) => (value: string) =>
  Object.prototype.hasOwnProperty.call(labels, value)

const wholeIn = (min: number, max: number) => (value: string) =>
  /^\d{1,5}$/.test(value) && Number(value) >= min && Number(value) <= max

const page = (value: string) => wholeIn(2, MAX_PAGE)(value)

/** Each list's parameters and what a valid value is; listed in canonical order. */
const PARAMS: Record<ListName, Record<string, (value: string) => boolean>> = {
  'guong-dien-hinh': {
    'don-vi': (value) => SLUG.test(value),
    'linh-vuc': inLabels(SECTOR_LABELS),
    loai: inLabels(EXEMPLAR_KIND_LABELS),
    nam: wholeIn(1990, 2100),
    nhom: inLabels(CATEGORY_LABELS),
    'phong-trao': (value) => SLUG.test(value),
    trang: page,
  },
  'tin-tuc': { trang: page },
  'thu-vien-anh': { trang: page },
  'van-ban': {},
}

/** The parameters `list` reads, in canonical order (src/portal/list-params.mjs names them too). */
export const paramsOf = (list: ListName): string[] => Object.keys(PARAMS[list])

/** `?b=2&a=1&x=9` → `a=1&b=2` (or `-`): the canonical variant of `list`'s query string. */
export function canonicalVariant(list: ListName, query: URLSearchParams): string {
  const known = PARAMS[list]
  const parts: string[] = []
  for (const [key, valid] of Object.entries(known)) {
    const value = (query.get(key) ?? '').trim()
    if (value && valid(value)) parts.push(`${key}=${value}`)
  }
  return parts.length ? parts.join('&') : NO_PARAMS
}

/** The parameters of a canonical variant, as the page reads them. */
export function variantParams(variant: string | string[] | undefined): URLSearchParams {
  const text = Array.isArray(variant) ? variant.join('/') : (variant ?? '')
  return new URLSearchParams(text === NO_PARAMS ? '' : text)
}

/** Whether a variant segment is one `canonicalVariant` could have made (else: 404). */
export function isCanonical(list: ListName, variant: string): boolean {
  return canonicalVariant(list, variantParams(variant)) === variant
}

/** `trang` of a canonical variant: 1 when absent. */
export function pageOf(params: URLSearchParams): number {
  const value = Number(params.get('trang') ?? '1')
  return Number.isInteger(value) && value >= 1 ? value : 1
}

/**
 * The portal's 404 page (src/pages/khong-tim-thay.tsx). `notFound: true` would render the App
 * Router's `/_not-found` (framework script, no portal layout), so an unknown slug is sent there.
 */
export const NOT_FOUND_PATH = '/khong-tim-thay'
