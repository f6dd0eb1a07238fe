import { NextResponse, type NextRequest } from 'next/server'

import {
  canonicalVariant,
  LISTS,
  NOT_FOUND_PATH,
  VARIANT_PREFIX,
  type ListName,
} from '@/portal/variants'
import { guardRequest, tooLargeBody, tooManyRequests } from '@/security/request-guard'

/**
 * - Rate limits per client address on login, password reset, GraphQL and search
 *   (src/security/request-guard.ts), and the request size limit.
 * - Payload picks the admin and API language from the `payload-lng` cookie, else the browser's
 *   Accept-Language. Lan Tỏa speaks Vietnamese to everyone unless an account chose English in
 *   its settings (which sets the cookie), so an English browser still gets Vietnamese.
 * - The public lists: each canonical query string is one cached page (src/portal/variants.ts);
 *   the documents register searched with `?q=` is the one dynamic list.
 * - A signed-in visitor's pages are marked private, so no shared cache keeps them.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search, searchParams } = request.nextUrl
  const { method, headers: incoming } = request
  const limited = await guardRequest({ method, pathname, search, headers: incoming })
  if (limited && !limited.result.allowed) return tooManyRequests(pathname, limited.result)
  const oversize = tooLargeBody(pathname, incoming.get('content-length'))
  if (oversize) return oversize
  if (pathname.startsWith('/admin') || pathname.startsWith('/api')) {
    if (request.cookies.has('payload-lng')) return NextResponse.next()
    const headers = new Headers(request.headers)
    headers.set('accept-language', 'vi')
    return NextResponse.next({ request: { headers } })
  }
  const signedIn = request.cookies.has('payload-token')
  const response = publicPage(request, pathname, searchParams)
  if (signedIn) response.headers.set('Cache-Control', 'private, no-cache, no-store, max-age=0')
  return response
}

function publicPage(request: NextRequest, pathname: string, query: URLSearchParams) {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
  // The internal variant paths are not addresses of their own.
  if (path === VARIANT_PREFIX || path.startsWith(`${VARIANT_PREFIX}/`)) {
    return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url))
  }
  const list = LISTS.find((name) => path === `/${name}`)
  if (!list) return NextResponse.next()
  if (list === 'van-ban' && (query.get('q') ?? '').trim()) {
    const url = new URL(`${VARIANT_PREFIX}/tra-cuu-van-ban`, request.url)
    url.search = `?q=${encodeURIComponent(query.get('q') ?? '')}`
    return NextResponse.rewrite(url)
  }
  return NextResponse.rewrite(new URL(variantPath(list, query), request.url))
}

const variantPath = (list: ListName, query: URLSearchParams) =>
  `${VARIANT_PREFIX}/${list}/${canonicalVariant(list, query)}`

export const config = {
  matcher: [
    '/admin/:path*',
    '/api/:path*',
    '/tim-kiem',
    // The lists' queries no next.config.mjs rewrite serves, to canonicalise them: two filters,
    // or a value spelled other than canonically (src/portal/list-params.mjs). Literal: Next reads
    // this statically (tests/unit/variants.test.ts keeps it equal to `proxyListMatchers()`).
    {
      source: '/guong-dien-hinh',
      has: [
        { type: 'query', key: 'don-vi' },
        { type: 'query', key: 'linh-vuc' },
      ],
    },
    {
      source: '/guong-dien-hinh',
      has: [
        { type: 'query', key: 'don-vi' },
        { type: 'query', key: 'loai' },
      ],
    },
    {
      source: '/guong-dien-hinh',
      has: [
        { type: 'query', key: 'don-vi' },
        { type: 'query', key: 'nam' },
      ],
    },
    {
      source: '/guong-dien-hinh',
      has: [
        { type: 'query', key: 'don-vi' },
        { type: 'query', key: 'nhom' },
      ],
    },
    {
      source: '/guong-dien-hinh',
      has: [
        { type: 'query', key: 'don-vi' },
        { type: 'query', key: 'phong-trao' },
      ],
    },
    {
      source: '/guong-dien-hinh',
      has: [
        { type: 'query', key: 'linh-vuc' },
        { type: 'query', key: 'loai' },
      ],
    },
    {
      source: '/guong-dien-hinh',
      has: [
        { type: 'query', key: 'linh-vuc' },
        { type: 'query', key: 'nam' },
      ],
    },
    {
      source: '/guong-dien-hinh',
      has: [
        { type: 'query', key: 'linh-vuc' },
        { type: 'query', key: 'nhom' },
      ],
    },
    {
      source: '/guong-dien-hinh',
      has: [
        { type: 'query', key: 'linh-vuc' },
        { type: 'query', key: 'phong-trao' },
      ],
    },
    {
      source: '/guong-dien-hinh',
      has: [
        { type: 'query', key: 'loai' },
        { type: 'query', key: 'nam' },
      ],
    },
    {
      source: '/guong-dien-hinh',
      has: [
        { type: 'query', key: 'loai' },
        { type: 'query', key: 'nhom' },
      ],
    },
    {
      source: '/guong-dien-hinh',
      has: [
        { type: 'query', key: 'loai' },
        { type: 'query', key: 'phong-trao' },
      ],
    },
    {
      source: '/guong-dien-hinh',
      has: [
        { type: 'query', key: 'nam' },
        { type: 'query', key: 'nhom' },
      ],
    },
    {
      source: '/guong-dien-hinh',
      has: [
        { type: 'query', key: 'nam' },
        { type: 'query', key: 'phong-trao' },
      ],
    },
    {
      source: '/guong-dien-hinh',
      has: [
        { type: 'query', key: 'nhom' },
        { type: 'query', key: 'phong-trao' },
      ],
    },
    {
      source: '/guong-dien-hinh',
      has: [{ type: 'query', key: 'don-vi', value: '(?![a-z0-9][a-z0-9-]{0,99}$).*' }],
    },
    {
      source: '/guong-dien-hinh',
      has: [
        {
          type: 'query',
          key: 'linh-vuc',
          value:
            '(?!(?:economy|agriculture|culture-society|education|health|defence-security|party-government|other)$).*',
        },
      ],
    },
    {
      source: '/guong-dien-hinh',
      has: [{ type: 'query', key: 'loai', value: '(?!(?:individual|collective|household)$).*' }],
    },
    {
      source: '/guong-dien-hinh',
      has: [{ type: 'query', key: 'nam', value: '(?!(?:199[0-9]|20[0-9]{2}|2100)$).*' }],
    },
    {
      source: '/guong-dien-hinh',
      has: [
        {
          type: 'query',
          key: 'nhom',
          value: '(?!(?:advanced|good-deeds|new-factor|good-model)$).*',
        },
      ],
    },
    {
      source: '/guong-dien-hinh',
      has: [{ type: 'query', key: 'phong-trao', value: '(?![a-z0-9][a-z0-9-]{0,99}$).*' }],
    },
    {
      source: '/guong-dien-hinh',
      has: [{ type: 'query', key: 'trang', value: '(?!(?:[2-9]|[1-9][0-9]{1,3}|10000)$).*' }],
    },
    {
      source: '/:list(tin-tuc|thu-vien-anh)',
      has: [{ type: 'query', key: 'trang', value: '(?!(?:[2-9]|[1-9][0-9]{1,3}|10000)$).*' }],
    },
    { source: '/van-ban', has: [{ type: 'query', key: 'q' }] },
    '/p/:path*',
    // Any other page of a signed-in visitor (its answer is marked private).
    {
      source: '/((?!api/|admin|_next/|favicon|portal\\.js).*)',
      has: [{ type: 'cookie', key: 'payload-token' }],
    },
  ],
}
