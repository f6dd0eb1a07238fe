import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

import { listRewrites } from './src/portal/list-params.mjs'
import { securityHeaders } from './src/security/headers.mjs'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  images: { unoptimized: true },
  serverExternalPackages: ['sharp', 'pdfmake', 'docx', 'exceljs', '@redis/client'],
  headers: async () => securityHeaders(),
  // Pages and cached reads live in memory only: a restart (or a new database) never serves
  // pages rendered from another run's data. Expiry is by tag (src/lib/cache-tags.ts).
  cacheMaxMemorySize: 128 * 1024 * 1024,
  // Next's own cache (memory) on one instance; several instances (REDIS_URL set): pages and
  // cached reads live in Redis (@fortedigital/nextjs-cache-handler, src/cache/cache-handler.mjs),
  // and a tag expired on one instance is expired on all. The portal's handler only gives Pages
  // Router pages their cache tags and passes everything on.
  cacheHandler: path.join(dirname, 'src/cache/portal-cache-handler.mjs'),
  // The portal's fixed pages are dynamic routes with no static params, so a build (which has no
  // database) renders none of them: the first request does, and the cache keeps it.
  rewrites: async () => ({
    beforeFiles: [
      // Next compiles every rewrite's pattern again on each request: fewer, wider patterns.
      { source: '/', destination: '/p/trang-chu/-' },
      { source: '/:fixed(gioi-thieu|lien-he|phong-trao)', destination: '/p/:fixed/-' },
      { source: '/:file(rss\\.xml|sitemap\\.xml)', destination: '/tep/:file' },
      // A list without its own query parameters, or with one filter and/or a page: its cached
      // page, without running the proxy (src/portal/list-params.mjs).
      ...listRewrites('/p', '-'),
    ],
    afterFiles: [],
    // Any address nothing else serves: the portal's own 404 (Vietnamese, in the HTML itself),
    // not the App Router's default one.
    fallback: [{ source: '/:path*', destination: '/khong-tim-thay' }],
  }),
  experimental: {
    isrFlushToDisk: false,
    // The proxy (src/proxy.ts) sees /api requests with their bodies; Next cuts the body it passes
    // on at this size (10 MB by default), which broke uploads between 10 and 20 MB. Larger
    // requests are refused by the proxy (MAX_REQUEST_BYTES in src/security/request-guard.ts).
    proxyClientMaxBodySize: 21 * 1024 * 1024,
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
