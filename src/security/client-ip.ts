/**
 * Where the client address comes from. Next's proxy (middleware) sees no socket, and Next copies
 * a client-sent `X-Forwarded-For` through untouched, so a per-IP limit keyed on that header could
 * be dodged by sending a new value with every request. The HTTP server therefore resolves the
 * address itself (see `http-edge.ts`) and hands it on in `CLIENT_IP_HEADER`, overwriting whatever
 * the client sent under that name.
 */

export const CLIENT_IP_HEADER = 'x-lantoa-client-ip'

/**
 * How many reverse proxies in front of the server append to `X-Forwarded-For`
 * (`TRUST_PROXY=true` or `1`: one, e.g. nginx with `proxy_add_x_forwarded_for`; `2`: two…).
 * Unset or `false`: none, and the header is ignored.
 */
export function trustedProxyHops(value = process.env.TRUST_PROXY): number {
  const text = (value ?? '').trim().toLowerCase()
  if (text === 'true' || text === 'yes') return 1
  const hops = Number(text)
  return Number.isSafeInteger(hops) && hops > 0 ? Math.min(hops, 10) : 0
}

/** `::ffff:127.0.0.1` → `127.0.0.1`, so one client has one key whatever the socket family. */
function normalize(address: string): string {
  const text = address.trim()
  return text.startsWith('::ffff:') && text.includes('.') ? text.slice(7) : text
}

export function resolveClientIp(input: {
  forwardedFor?: string | string[] | undefined
  remoteAddress?: string | undefined
  trustedHops: number
}): string {
  const socket = normalize(input.remoteAddress ?? '') || 'unknown'
  if (input.trustedHops <= 0) return socket
  const header = Array.isArray(input.forwardedFor)
    ? input.forwardedFor.join(',')
    : input.forwardedFor
  const hops = (header ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  if (!hops.length) return socket
  // Each trusted proxy appended the address it saw: the client is the Nth entry from the right.
  const entry = hops[Math.max(0, hops.length - input.trustedHops)]
  return normalize(entry).slice(0, 64) || socket
}
