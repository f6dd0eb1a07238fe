import { articlePath, exemplarPath } from '@/lib/routes'
import { siteUrl } from '@/lib/site-url'
import { buildRss, buildSitemap, type SitemapEntry } from '@/portal/feeds'
import { publishedForFeeds, sitemapEntries } from '@/portal/listings'
import { listMovements, listUnits } from '@/portal/places'
import { getPortalSettings } from '@/portal/settings'

/**
 * `/rss.xml` and `/sitemap.xml` (rewritten here by next.config.mjs). A dynamic segment with no
 * static params: nothing is rendered at build time (no database then); the first request renders
 * and Next's cache keeps the answer under the tags of its reads until they change.
 */
export const revalidate = 600
export const dynamicParams = true
export async function generateStaticParams(): Promise<{ file: string }[]> {
  return []
}

type Context = { params: Promise<{ file: string }> }

export async function GET(_request: Request, { params }: Context) {
  const { file } = await params
  if (file === 'rss.xml') return rss()
  if (file === 'sitemap.xml') return sitemap()
  return new Response('Không tìm thấy trang', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
}

async function rss() {
  const base = siteUrl()
  const [settings, { exemplars, articles }] = await Promise.all([
    getPortalSettings(),
    publishedForFeeds(50),
  ])
  const date = (value: string | null) => (value ? new Date(value) : null)
  const items = [
    ...exemplars.map((doc) => ({
      title: doc.name,
      link: `${base}${exemplarPath(doc.slug)}`,
      description: doc.summary,
      date: date(doc.publishedAt),
    })),
    ...articles.map((doc) => ({
      title: doc.title,
      link: `${base}${articlePath(doc.slug)}`,
      description: doc.excerpt,
      date: date(doc.publishedAt),
    })),
  ].sort((a, b) => (b.date?.getTime() ?? 0) - (a.date?.getTime() ?? 0))
  const xml = buildRss(
    { title: settings.portalName, link: base, description: 'Gương điển hình tiên tiến và tin tức' },
    items,
  )
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
}

/** One sitemap file holds at most 50,000 addresses; profiles come first. */
const MAX_URLS = 50_000

async function sitemap() {
  const base = siteUrl()
  const [units, movements] = await Promise.all([listUnits(), listMovements()])
  const budget = MAX_URLS - 10 - units.length - movements.length
  const exemplars = await sitemapEntries('exemplars', budget)
  const articles = await sitemapEntries('articles', budget - exemplars.length)
  const newest = (entries: { lastmod: string | null }[]) =>
    entries.reduce<Date | null>((latest, entry) => {
      const when = entry.lastmod ? new Date(entry.lastmod) : null
      return when && (!latest || when > latest) ? when : latest
    }, null)
  const lastExemplar = newest(exemplars)
  const lastArticle = newest(articles)
  const lastAny =
    lastExemplar && lastArticle
      ? new Date(Math.max(lastExemplar.getTime(), lastArticle.getTime()))
      : (lastExemplar ?? lastArticle)
  const entries: SitemapEntry[] = [
    { loc: `${base}/`, lastmod: lastAny },
    { loc: `${base}/guong-dien-hinh`, lastmod: lastExemplar },
    { loc: `${base}/tin-tuc`, lastmod: lastArticle },
    { loc: `${base}/phong-trao` },
    { loc: `${base}/thu-vien-anh`, lastmod: lastAny },
    { loc: `${base}/van-ban` },
    { loc: `${base}/gioi-thieu` },
    { loc: `${base}/lien-he` },
    ...movements.map((movement) => ({ loc: `${base}/phong-trao/${movement.slug}` })),
    ...units.map((unit) => ({ loc: `${base}/don-vi/${unit.slug}` })),
    ...exemplars.map((entry) => ({
      loc: `${base}${exemplarPath(entry.slug)}`,
      lastmod: entry.lastmod ? new Date(entry.lastmod) : null,
    })),
    ...articles.map((entry) => ({
      loc: `${base}${articlePath(entry.slug)}`,
      lastmod: entry.lastmod ? new Date(entry.lastmod) : null,
    })),
  ]
  const xml = buildSitemap(entries)
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}
