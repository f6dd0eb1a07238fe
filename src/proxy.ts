import { NextResponse, type NextRequest } from 'next/server'

/**
 * Payload picks the admin and API language from the `payload-lng` cookie, else the browser's
 * Accept-Language. Lan Tỏa speaks Vietnamese to everyone unless an account chose English in
 * its settings (which sets the cookie), so an English browser still gets Vietnamese.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has('payload-lng')) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('accept-language', 'vi')
  return NextResponse.next({ request: { headers } })
}

export const config = { matcher: ['/admin/:path*', '/api/:path*'] }
