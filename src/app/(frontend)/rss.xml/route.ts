import { getSiteSettings, publishedForFeeds } from '@/lib/cms'
import { buildRss, siteUrl } from '@/lib/feeds'
import { articlePath, exemplarPath } from '@/lib/profile'

export const dynamic = 'force-dynamic'

export async function GET() {
  const base = siteUrl()
  const [settings, { exemplars, articles }] = await Promise.all([
    getSiteSettings(),
    publishedForFeeds(50),
  ])
  const items = [
    ...exemplars.map((doc) => ({
      title: doc.name ?? '',
      link: `${base}${exemplarPath(doc.slug)}`,
      description: doc.summary ?? '',
      date: doc.updatedAt ? new Date(doc.updatedAt) : null,
    })),
    ...articles.map((doc) => ({
      title: doc.title ?? '',
      link: `${base}${articlePath(doc.slug)}`,
      description: doc.excerpt ?? '',
      date: doc.publishedAt ? new Date(doc.publishedAt) : null,
    })),
  ].sort((a, b) => (b.date?.getTime() ?? 0) - (a.date?.getTime() ?? 0))
  const xml = buildRss(
    { title: settings.portalName, link: base, description: 'Gương điển hình tiên tiến và tin tức' },
    items,
  )
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
}
