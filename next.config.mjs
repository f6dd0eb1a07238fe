import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  images: { unoptimized: true },
  serverExternalPackages: ['sharp', 'pdfmake'],
  // Pages and cached reads live in memory only: a restart (or a new database) never serves
  // pages rendered from another run's data. Expiry is by tag (src/lib/cache-tags.ts).
  cacheMaxMemorySize: 128 * 1024 * 1024,
  experimental: { isrFlushToDisk: false },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
