import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  images: { unoptimized: true },
  serverExternalPackages: ['sharp', 'pdfmake', 'docx', 'exceljs'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
