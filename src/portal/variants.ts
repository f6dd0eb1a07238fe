import { LIST_SPECS, type ParamSpec } from './list-params.mjs'

/**
 * The public lists take their filters and page from the query string. Each list is cached as one
 * page per *canonical* query: known parameters only, valid values only, in a fixed order, page 1
 * left out. `/guong-dien-hinh?b=2&a=1&utm=x` is served from the internal path
 * `/p/guong-dien-hinh/a=1&b=2`, so both spellings share one cache entry and unknown parameters
 * cannot multiply entries: next.config.mjs rewrites the usual shapes, the proxy (src/proxy.ts)
 * canonicalises the rest (src/portal/list-params.mjs draws the line).
 */

export const LISTS = ['guong-dien-hinh', 'tin-tuc', 'thu-vien-anh', 'van-ban'] as const
export type ListName = (typeof LISTS)[number]

/** Exemplars per page of the public list. */
export const PAGE_SIZE = 12

/** The internal path segment for "no parameters". */
export const NO_PARAMS = '-'

/** The internal prefix of cached list variants and fixed pages (never linked to). */
export const VARIANT_PREFIX = '/p'

/** Each list's parameters with the canonical spelling of their values, compiled once. */
const VALIDATORS = Object.fromEntries(
  LISTS.map((list) => [
    list,
    Object.entries(LIST_SPECS[list]).map(
      ([key, spec]) => [key, spec, new RegExp(`^${spec.pattern}$`)] as const,
    ),
  ]),
) as Record<ListName, (readonly [string, ParamSpec, RegExp])[]>

/** The parameters `list` reads, in canonical order (src/portal/list-params.mjs). */
export const paramsOf = (list: ListName): string[] => Object.keys(LIST_SPECS[list])

/** `?b=2&a=1&x=9` → `a=1&b=2` (or `-`): the canonical variant of `list`'s query string. */
export function canonicalVariant(list: ListName, query: URLSearchParams): string {
  const parts: string[] = []
  for (const [key, spec, canonical] of VALIDATORS[list]) {
    // The last of a repeated parameter, as Next's rewrites read it.
    let value = (query.getAll(key).at(-1) ?? '').trim()
    if (spec.numeric && /^\d{1,6}$/.test(value)) value = String(Number(value))
    if (value && canonical.test(value)) parts.push(`${key}=${value}`)
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
