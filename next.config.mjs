import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

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
  // Several instances (REDIS_URL set): pages and cached reads live in Redis
  // (@fortedigital/nextjs-cache-handler, src/cache/cache-handler.mjs), and a tag expired on one
  // instance is expired on all. Without REDIS_URL, Next's own in-memory cache.
  cacheHandler: process.env.REDIS_URL
    ? path.join(dirname, 'src/cache/cache-handler.mjs')
    : undefined,
  experimental: {
    isrFlushToDisk: false,
    // The proxy (src/proxy.ts) sees /api requests with their bodies; Next cuts the body it passes
    // on at this size (10 MB by default), which broke uploads between 10 and 20 MB. Larger
    // requests are refused by the proxy (MAX_REQUEST_BYTES in src/security/request-guard.ts).
    proxyClientMaxBodySize: 21 * 1024 * 1024,
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
