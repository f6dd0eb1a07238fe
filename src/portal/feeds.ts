/** RSS 2.0 and sitemap builders: pure functions over published documents, unit-tested. */

import { safeHref } from '@/lib/safe-url'

export type FeedItem = { title: string; link: string; description: string; date: Date | null }

const escapeXml = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // Control characters are not allowed in XML 1.0.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')

export function buildRss(
  channel: { title: string; link: string; description: string },
  items: FeedItem[],
): string {
  const entries = items
    // A feed reader follows <link> like a click: only web URLs, never `javascript:` or `data:`.
    .map((item) => ({ ...item, link: safeHref(item.link) ?? channel.link }))
    .map(
      (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${escapeXml(item.link)}</link>
      <guid isPermaLink="true">${escapeXml(item.link)}</guid>
      <description>${escapeXml(item.description)}</description>${
        item.date ? `\n      <pubDate>${item.date.toUTCString()}</pubDate>` : ''
      }
    </item>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(channel.title)}</title>
    <link>${escapeXml(channel.link)}</link>
    <description>${escapeXml(channel.description)}</description>
    <language>vi</language>
    <atom:link href="${escapeXml(`${channel.link}/rss.xml`)}" rel="self" type="application/rss+xml"/>
${entries}
  </channel>
</rss>
`
}

export type SitemapEntry = { loc: string; lastmod?: Date | null }

export function buildSitemap(entries: SitemapEntry[]): string {
  const urls = entries
    .map(
      (entry) =>
        `  <url><loc>${escapeXml(entry.loc)}</loc>${
          entry.lastmod ? `<lastmod>${entry.lastmod.toISOString()}</lastmod>` : ''
        }</url>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls}
</urlset>
`
}
