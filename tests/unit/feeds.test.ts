import { describe, expect, it } from 'vitest'

import { buildRss, buildSitemap } from '@/portal/feeds'

describe('buildRss', () => {
  const xml = buildRss({ title: 'Cổng <A&B>', link: 'https://x.vn', description: 'Mô tả' }, [
    {
      title: 'Nguyễn Văn An & "Tổ 5"',
      link: 'https://x.vn/guong-dien-hinh/nguyen-van-an',
      description: 'Hiến đất <làm> đường',
      date: new Date('2022-07-05T00:00:00Z'),
    },
  ])
  it('escapes text and keeps Vietnamese as UTF-8', () => {
    expect(xml).toContain('<title>Cổng &lt;A&amp;B&gt;</title>')
    expect(xml).toContain('Nguyễn Văn An &amp; &quot;Tổ 5&quot;')
    expect(xml).toContain('Hiến đất &lt;làm&gt; đường')
    expect(xml).not.toContain('<làm>')
  })
  it('is RSS 2.0 with RFC 822 dates and a self link', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
    expect(xml).toContain('<rss version="2.0"')
    expect(xml).toContain('<pubDate>Tue, 05 Jul 2022 00:00:00 GMT</pubDate>')
    expect(xml).toContain('href="https://x.vn/rss.xml"')
    expect(xml).toContain(
      '<guid isPermaLink="true">https://x.vn/guong-dien-hinh/nguyen-van-an</guid>',
    )
  })
})

describe('buildSitemap', () => {
  it('lists escaped locations with ISO dates', () => {
    const xml = buildSitemap([
      { loc: 'https://x.vn/?a=1&b=2', lastmod: new Date('2022-07-05T00:00:00Z') },
      { loc: 'https://x.vn/tin-tuc' },
    ])
    expect(xml).toContain(
      '<loc>https://x.vn/?a=1&amp;b=2</loc><lastmod>2022-07-05T00:00:00.000Z</lastmod>',
    )
    expect(xml).toContain('<url><loc>https://x.vn/tin-tuc</loc></url>')
  })
})
