import { siteUrl } from '@/lib/site-url'

export const dynamic = 'force-dynamic'

export function GET() {
  const body = `User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: /api\nDisallow: /tim-kiem\n\nSitemap: ${siteUrl()}/sitemap.xml\n`
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } })
}
