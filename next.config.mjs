import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaders } from './src/security/headers.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  images: { unoptimized: true },
  serverExternalPackages: ['sharp', 'pdfmake'],
  headers: async () => securityHeaders(),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
