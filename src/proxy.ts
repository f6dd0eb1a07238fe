import { NextResponse, type NextRequest } from 'next/server'

import { guardRequest, tooLargeBody, tooManyRequests } from '@/security/request-guard'

/**
 * Payload picks the admin and API language from the `payload-lng` cookie, else the browser's
 * Accept-Language. Lan Tỏa speaks Vietnamese to everyone unless an account chose English in
 * its settings (which sets the cookie), so an English browser still gets Vietnamese.
 *
 * Login, password reset, GraphQL and search are rate-limited per client address first
 * (src/security/request-guard.ts).
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const { method, headers: incoming } = request
  const limited = await guardRequest({ method, pathname, search, headers: incoming })
  if (limited && !limited.result.allowed) return tooManyRequests(pathname, limited.result)
  const oversize = tooLargeBody(pathname, incoming.get('content-length'))
  if (oversize) return oversize
  if (!pathname.startsWith('/admin') && !pathname.startsWith('/api')) return NextResponse.next()
  if (request.cookies.has('payload-lng')) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('accept-language', 'vi')
  return NextResponse.next({ request: { headers } })
}

export const config = { matcher: ['/admin/:path*', '/api/:path*', '/tim-kiem'] }
