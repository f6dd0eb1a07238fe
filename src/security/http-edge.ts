import http from 'node:http'

import { knownServers } from '../server/shutdown'
import { isDraining } from '../server/shutdown-state'

import { CLIENT_IP_HEADER, resolveClientIp, trustedProxyHops } from './client-ip'

const INSTALLED = Symbol.for('lantoa.http-edge')

/** One year, subdomains included: sent only when the portal is served over HTTPS. */
export const HSTS_VALUE = 'max-age=31536000; includeSubDomains'

export function hstsEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.NODE_ENV === 'production' && (env.SERVER_URL ?? '').startsWith('https://')
}

/**
 * Runs on every request the Node HTTP server receives, before Next routes it (installed from
 * `src/instrumentation.ts`, so it is in place for `next start` and `next dev` alike):
 * - resolves the client address from the socket (or from `X-Forwarded-For` when `TRUST_PROXY`
 *   says a reverse proxy sets it) into `x-lantoa-client-ip`, which the rate limiter reads;
 * - adds HSTS when `SERVER_URL` is https. Next bakes `next.config` headers in at build time,
 *   while `SERVER_URL` is read at run time: this is the one header that depends on it.
 */
export function installHttpEdge(): void {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: boolean }
  if (proto[INSTALLED]) return
  proto[INSTALLED] = true
  const hops = trustedProxyHops()
  const hsts = hstsEnabled()
  const emit = proto.emit
  proto.emit = function patchedEmit(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse]
      // For graceful shutdown (src/server/shutdown.ts): which servers to close, and while
      // closing, no connection is kept alive for another request.
      knownServers().add(this)
      if (isDraining()) res.setHeader('Connection', 'close')
      const ip = resolveClientIp({
        forwardedFor: req.headers['x-forwarded-for'],
        remoteAddress: req.socket?.remoteAddress,
        trustedHops: hops,
      })
      req.headers[CLIENT_IP_HEADER] = ip
      // Without a trusted proxy a client-sent X-Forwarded-For is a lie nobody downstream should read.
      if (!hops) req.headers['x-forwarded-for'] = ip
      if (hsts) res.setHeader('Strict-Transport-Security', HSTS_VALUE)
    }
    return (emit as (...all: unknown[]) => boolean).call(this, event, ...args)
  } as typeof proto.emit
}
