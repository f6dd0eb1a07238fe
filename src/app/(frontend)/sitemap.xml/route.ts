import { publishedForFeeds } from '@/lib/cms'
import { buildSitemap, siteUrl } from '@/lib/feeds'

export const dynamic = 'force-dynamic'

export async function GET() {
  const base = siteUrl()
  const { exemplars, articles } = await publishedForFeeds(50_000)
  const xml = buildSitemap([
    { loc: `${base}/` },
    { loc: `${base}/guong-dien-hinh` },
    { loc: `${base}/tin-tuc` },
    ...exemplars.map((doc) => ({
      loc: `${base}/guong-dien-hinh/${doc.slug}`,
      lastmod: doc.updatedAt ? new Date(doc.updatedAt) : null,
    })),
    ...articles.map((doc) => ({
      loc: `${base}/tin-tuc/${doc.slug}`,
      lastmod: doc.updatedAt ? new Date(doc.updatedAt) : null,
    })),
  ])
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}
