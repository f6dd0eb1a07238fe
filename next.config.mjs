import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaders } from './src/security/headers.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  images: { unoptimized: true },
  serverExternalPackages: ['sharp', 'pdfmake', 'docx', 'exceljs'],
  headers: async () => securityHeaders(),
  // Pages and cached reads live in memory only: a restart (or a new database) never serves
  // pages rendered from another run's data. Expiry is by tag (src/lib/cache-tags.ts).
  cacheMaxMemorySize: 128 * 1024 * 1024,
  experimental: {
    isrFlushToDisk: false,
    // The proxy (src/proxy.ts) sees /api requests with their bodies; Next cuts the body it passes
    // on at this size (10 MB by default), which broke uploads between 10 and 20 MB. Larger
    // requests are refused by the proxy (MAX_REQUEST_BYTES in src/security/request-guard.ts).
    proxyClientMaxBodySize: 21 * 1024 * 1024,
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
