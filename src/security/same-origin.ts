import { JWTAuthentication, type AuthStrategyFunction } from 'payload'

/**
 * The address a request was sent to, as a browser would write it in `Origin`: the scheme (the
 * reverse proxy's `X-Forwarded-Proto` when there is one, else the request URL's) and the `Host`
 * header. Null when there is no usable `Host`.
 */
export function requestOrigin(headers: Headers, url?: string): string | null {
  const host = headers.get('host')?.trim()
  if (!host) return null
  const forwarded = headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase()
  let scheme = forwarded === 'https' || forwarded === 'http' ? forwarded : ''
  if (!scheme && url) {
    try {
      scheme = new URL(url).protocol.replace(':', '')
    } catch {
      // malformed URL: fall back to plain HTTP (what `next start` speaks)
    }
  }
  try {
    return new URL(`${scheme || 'http'}://${host}`).origin
  } catch {
    return null
  }
}

/**
 * True when the request's `Origin` is the very address it was sent to. A page on another site
 * cannot make a browser send its request with this site's `Host` and its own `Origin` matching
 * it (and under DNS rebinding the browser holds no cookie for the rebound name), so such a
 * request comes from the portal's own pages, however the server was reached: an IP address, a
 * LAN name, a second domain.
 */
export function isSameOrigin(headers: Headers, url?: string): boolean {
  const origin = headers.get('origin')
  if (!origin || origin === 'null') return false
  let claimed: string
  try {
    claimed = new URL(origin).origin
  } catch {
    return false
  }
  return claimed === requestOrigin(headers, url)
}

/**
 * Payload accepts the session cookie only from the origins of its `csrf` list (SERVER_URL,
 * CSRF_ORIGINS, localhost): opened at http://10.0.0.5:3000/admin without SERVER_URL, every
 * logged-in write was refused. This strategy runs before Payload's own and accepts the cookie
 * when the request is same-origin; Payload's JWT check then does the rest (signature, session,
 * account). Cross-site requests still fall through to Payload's check, which refuses them.
 */
export const sameOriginSession: { name: string; authenticate: AuthStrategyFunction } = {
  name: 'same-origin-session',
  authenticate: async (args) => {
    if (!isSameOrigin(args.headers, args.req?.url)) return { user: null }
    // Payload's cookie check, told that this request is same-origin; a bearer/JWT header is
    // Payload's own strategy's business, so only the cookie is looked at here.
    const headers = new Headers(args.headers)
    headers.delete('origin')
    headers.delete('authorization')
    headers.set('sec-fetch-site', 'same-origin')
    headers.set('DisableAutologin', 'true')
    return JWTAuthentication({ ...args, headers, strategyName: 'local-jwt' })
  },
}
