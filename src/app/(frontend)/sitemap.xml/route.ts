import { sitemapEntries } from '@/lib/cms'
import { buildSitemap, siteUrl } from '@/lib/feeds'
import { articlePath, exemplarPath } from '@/lib/profile'

export const dynamic = 'force-dynamic'

/** One sitemap file holds at most 50,000 addresses; profiles come first. */
const MAX_URLS = 50_000

export async function GET() {
  const base = siteUrl()
  const fixed = [
    { loc: `${base}/` },
    { loc: `${base}/guong-dien-hinh` },
    { loc: `${base}/tin-tuc` },
  ]
  const exemplars = await sitemapEntries('exemplars', MAX_URLS - fixed.length)
  const articles = await sitemapEntries('articles', MAX_URLS - fixed.length - exemplars.length)
  const xml = buildSitemap([
    ...fixed,
    ...exemplars.map(([slug, updatedAt]) => ({
      loc: `${base}${exemplarPath(slug)}`,
      lastmod: updatedAt ? new Date(updatedAt) : null,
    })),
    ...articles.map(([slug, updatedAt]) => ({
      loc: `${base}${articlePath(slug)}`,
      lastmod: updatedAt ? new Date(updatedAt) : null,
    })),
  ])
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}
