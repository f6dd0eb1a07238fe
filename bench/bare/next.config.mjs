// @ts-check
/**
 * The bench's denominator: a separate Next.js app with nothing in it but the portal's own answers,
 * captured from the running app (bench/bare.ts) and prerendered at build time. It pays Next's
 * serving path and nothing of Lan Tỏa's (no proxy, no Payload, no cache handler), so the ratio
 * app ÷ bare is what the app's own layers cost. next and react come from the repository's
 * node_modules (there is no package.json here); it is built with webpack because Turbopack, given
 * a project inside another one, picks up the outer project's src/instrumentation.ts.
 */
import { securityHeaders } from '../../src/security/headers.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The same response headers as the app, so both send the same bytes.
  headers: async () => securityHeaders(),
  // Lighthouse loads the captured document's styles, fonts, images and /portal.js: they come
  // from the app, so only the document differs between the two runs.
  rewrites: async () =>
    process.env.BARE_ASSETS_FROM
      ? {
          beforeFiles: [],
          afterFiles: [],
          fallback: [{ source: '/:path*', destination: `${process.env.BARE_ASSETS_FROM}/:path*` }],
        }
      : [],
}

export default nextConfig
