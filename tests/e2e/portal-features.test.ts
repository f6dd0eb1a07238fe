import jsQR from 'jsqr'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { picture } from '../helpers/images'

import { api, baseURL, login } from './http'

const page = async (path: string) => {
  const response = await fetch(`${baseURL()}${path}`)
  return { status: response.status, html: await response.text(), headers: response.headers }
}

type Doc = { id: number; name: string; slug: string; summary: string; kind: string }

const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) =>
    JSON.parse(m[1]),
  )

const meta = (html: string, key: string) =>
  html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1]

let editorToken: string
let individual: Doc
let collective: Doc

beforeAll(async () => {
  editorToken = await login('bientap@lantoa.local')
  const list = async (kind: string) =>
    (await api(`/api/exemplars?depth=0&limit=1&sort=name&where[kind][equals]=${kind}`)).body
      .docs[0] as Doc
  individual = await list('individual')
  collective = await list('collective')
})

describe('a profile page', () => {
  it('carries title, description, canonical URL, Open Graph and Twitter tags with the og image', async () => {
    const { status, html } = await page(`/guong-dien-hinh/${individual.slug}`)
    expect(status).toBe(200)
    expect(html).toMatch(new RegExp(`<title[^>]*>${individual.name} — `))
    expect(html).toContain(
      `<link rel="canonical" href="${baseURL()}/guong-dien-hinh/${individual.slug}"`,
    )
    expect(meta(html, 'og:title')).toBe(individual.name)
    expect(meta(html, 'og:url')).toBe(`${baseURL()}/guong-dien-hinh/${individual.slug}`)
    expect(meta(html, 'og:image')).toMatch(/^http.*-1200x630\.webp$/)
    expect(meta(html, 'twitter:card')).toBe('summary_large_image')
    expect(meta(html, 'description')?.length).toBeGreaterThan(20)
  })

  it('describes a person as a Person and a collective as an Organization, with breadcrumbs', async () => {
    const person = jsonLd((await page(`/guong-dien-hinh/${individual.slug}`)).html)
    expect(person.find((item) => item['@type'] === 'Person')?.name).toBe(individual.name)
    const crumbs = person.find((item) => item['@type'] === 'BreadcrumbList')
    expect(crumbs.itemListElement.map((item: { name: string }) => item.name)).toEqual([
      'Trang chủ',
      'Gương điển hình',
      individual.name,
    ])
    const group = jsonLd((await page(`/guong-dien-hinh/${collective.slug}`)).html)
    expect(group.find((item) => item['@type'] === 'Organization')?.name).toBe(collective.name)
    expect(group.some((item) => item['@type'] === 'Person')).toBe(false)
  })

  it('offers Facebook, Zalo, copy, print and the poster, and a QR code to itself', async () => {
    const { html } = await page(`/guong-dien-hinh/${individual.slug}`)
    const url = `${baseURL()}/guong-dien-hinh/${individual.slug}`
    expect(html).toContain(
      `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`,
    )
    for (const label of ['Chia sẻ Zalo', 'Sao chép liên kết', 'In / Lưu PDF'])
      expect(html).toContain(label)
    expect(html).toContain(`href="/guong-dien-hinh/${individual.slug}/in"`)
    expect(await decodeQr(html)).toBe(url)
  })

  it('serves portraits as responsive variants with their size, lazy below the fold', async () => {
    const { html } = await page('/guong-dien-hinh')
    const images = [...html.matchAll(/<img [^>]*>/g)].map((m) => m[0])
    expect(images.length).toBeGreaterThan(4)
    for (const img of images) {
      expect(img).toMatch(/ srcSet="[^"]*-320x240\.webp 320w, [^"]*-640x480\.webp 640w"/)
      expect(img).toMatch(/ sizes="[^"]+"/)
      expect(img).toMatch(/ width="\d+" height="\d+"/)
      expect(img).toMatch(/ alt="[^"]+"/)
    }
    expect(images.slice(-1)[0]).toContain('loading="lazy"')
  })
})

describe('the bulletin-board poster (/guong-dien-hinh/[slug]/in)', () => {
  it('lays out portrait, name, unit, achievements and a QR code to the profile on A4', async () => {
    const { status, html } = await page(`/guong-dien-hinh/${individual.slug}/in`)
    expect(status).toBe(200)
    expect(html).toContain('class="poster"')
    expect(html).toContain(individual.name)
    expect(html).toContain('Đơn vị giới thiệu:')
    expect(html).toContain('Thành tích tiêu biểu')
    expect(html).toContain('class="poster-portrait"')
    expect(await decodeQr(html)).toBe(`${baseURL()}/guong-dien-hinh/${individual.slug}`)
    expect(meta(html, 'robots')).toContain('noindex')
  })

  it('answers 404 for a slug that is not published', async () => {
    expect((await page('/guong-dien-hinh/khong-co-ai/in')).status).toBe(404)
  })
})

describe('an article page', () => {
  it('is a NewsArticle with its cover as the og image', async () => {
    const { body } = await api('/api/articles?depth=0&limit=1&sort=-publishedAt')
    const article = body.docs[0] as { title: string; slug: string }
    const { status, html } = await page(`/tin-tuc/${article.slug}`)
    expect(status).toBe(200)
    const news = jsonLd(html).find((item) => item['@type'] === 'NewsArticle')
    expect(news.headline).toBe(article.title)
    expect(meta(html, 'og:type')).toBe('article')
    expect(html).toContain('Sao chép liên kết')
  })
})

describe('the gallery (/thu-vien-anh)', () => {
  const shownIds = async () => {
    const ids: string[] = []
    for (let n = 1; n < 50; n++) {
      const { status, html } = await page(`/thu-vien-anh${n > 1 ? `?trang=${n}` : ''}`)
      expect(status).toBe(200)
      ids.push(
        ...[...html.matchAll(/<li><figure><a href="[^"]*\/api\/media\/file\/([^"]+)"/g)].map(
          (m) => m[1],
        ),
      )
      if (!html.includes(`?trang=${n + 1}"`)) break
    }
    return ids
  }

  it('shows exactly the images that published profiles and articles use', async () => {
    const used = new Set<number>()
    const exemplars = (
      await api('/api/exemplars?depth=0&limit=500&select[portrait]=true&select[gallery]=true')
    ).body.docs
    for (const doc of exemplars) {
      if (doc.portrait) used.add(doc.portrait)
      for (const id of doc.gallery ?? []) used.add(id)
    }
    for (const doc of (await api('/api/articles?depth=0&limit=500&select[cover]=true')).body.docs) {
      if (doc.cover) used.add(doc.cover)
    }
    const shown = await shownIds()
    expect(shown.length).toBe(used.size)
    expect(new Set(shown).size).toBe(shown.length)
  })

  it('keeps a new image out until a published profile shows it', async () => {
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(await picture('jpeg', 800, 600))], { type: 'image/jpeg' }),
      'anh-moi.jpg',
    )
    form.append('_payload', JSON.stringify({ alt: 'Ảnh mới tải lên để thử thư viện' }))
    const created = await api('/api/media', { method: 'POST', token: editorToken, body: form })
    expect(created.status).toBe(201)
    const media = created.body.doc as {
      id: number
      filename: string
      sizes: { hero: { filename: string | null } }
    }
    const name = media.sizes.hero.filename ?? media.filename
    expect(await shownIds()).not.toContain(name)

    const { body } = await api(`/api/exemplars/${collective.id}?depth=0`, { token: editorToken })
    const gallery = (body.gallery ?? []) as number[]
    const patched = await api(`/api/exemplars/${collective.id}`, {
      method: 'PATCH',
      token: editorToken,
      json: { gallery: [...gallery, media.id] },
    })
    expect(patched.status).toBe(200)
    try {
      expect(await shownIds()).toContain(name)
    } finally {
      await api(`/api/exemplars/${collective.id}`, {
        method: 'PATCH',
        token: editorToken,
        json: { gallery },
      })
    }
    expect(await shownIds()).not.toContain(name)
  })
})

describe('the menu and the movements index', () => {
  it('lists every section of a district portal, each one answering', async () => {
    const { html } = await page('/')
    const labels = [
      'Trang chủ',
      'Giới thiệu',
      'Gương điển hình',
      'Tin tức',
      'Phong trào thi đua',
      'Văn bản',
      'Thư viện ảnh',
      'Liên hệ',
    ]
    const nav = html.slice(html.indexOf('aria-label="Chuyên mục"'), html.indexOf('role="search"'))
    for (const label of labels) expect(nav).toContain(`>${label}</a>`)
    for (const href of [...nav.matchAll(/href="(\/[^"]*)"/g)].map((m) => m[1])) {
      expect((await page(href)).status, href).toBe(200)
    }
  })

  it('shows figures and links each movement', async () => {
    const { html } = await page('/phong-trao')
    const { body } = await api('/api/movements?depth=0&limit=100')
    for (const movement of body.docs) expect(html).toContain(`href="/phong-trao/${movement.slug}"`)
    const home = (await page('/')).html
    expect(home).toContain('Gương điển hình đã giới thiệu')
    expect(home).toContain('Đơn vị tham gia')
    // The figure is counted by the database (findDistinct): it must match the units of the
    // published profiles as an anonymous reader sees them.
    const published = (await api('/api/exemplars?depth=0&limit=1000&select[unit]=true')).body
      .docs as { unit: number }[]
    const units = new Set(published.map((doc) => doc.unit)).size
    expect(home).toMatch(new RegExp(`<dt>Đơn vị tham gia</dt><dd>${units}</dd>`))
  })
})

describe('what the validators check (W3C Nu, pa11y, structured data, feed readers)', () => {
  it('gives the share tools no label without a role', async () => {
    const { html } = await page(`/guong-dien-hinh/${individual.slug}`)
    const tags = [...html.matchAll(/<div class="share-tools"[^>]*>/g)].map((m) => m[0])
    expect(tags).toHaveLength(1)
    // aria-label is not allowed on a generic <div>: only with a role that takes a name.
    for (const tag of tags)
      if (tag.includes('aria-label')) expect(tag).toMatch(/ role="(group|region)"/)
  })

  it('gives the home page a preview image with its alt text, for Open Graph and Twitter', async () => {
    const { html } = await page('/')
    const image = meta(html, 'og:image')
    expect(image).toMatch(/^https?:\/\/.+\.(webp|jpe?g|png)$/)
    expect(meta(html, 'twitter:image')).toBe(image)
    expect(meta(html, 'twitter:image:alt')?.length).toBeGreaterThan(2)
    expect(meta(html, 'twitter:image:alt')).toBe(meta(html, 'og:image:alt'))
    const file = await fetch(image!.replace(/^https?:\/\/[^/]+/, baseURL()))
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toMatch(/^image\//)
  })

  it("gives a profile's and an article's image an alt text for Twitter", async () => {
    const profile = (await page(`/guong-dien-hinh/${individual.slug}`)).html
    expect(meta(profile, 'twitter:image:alt')?.length).toBeGreaterThan(2)
    const { body } = await api('/api/articles?depth=0&limit=1&sort=-publishedAt')
    const article = (await page(`/tin-tuc/${body.docs[0].slug}`)).html
    if (meta(article, 'og:image'))
      expect(meta(article, 'twitter:image:alt')?.length).toBeGreaterThan(2)
  })

  it("names a NewsArticle's publisher with a logo that answers", async () => {
    const { body } = await api('/api/articles?depth=0&limit=1&sort=-publishedAt')
    const news = jsonLd((await page(`/tin-tuc/${body.docs[0].slug}`)).html).find(
      (item) => item['@type'] === 'NewsArticle',
    )
    expect(news.publisher['@type']).toBe('Organization')
    expect(news.publisher.name.length).toBeGreaterThan(2)
    expect(news.publisher.logo['@type']).toBe('ImageObject')
    const logo = await fetch(news.publisher.logo.url.replace(/^https?:\/\/[^/]+/, baseURL()))
    expect(logo.status).toBe(200)
    expect(logo.headers.get('content-type')).toMatch(/^image\//)
  })

  it('lists every section, movement and unit in the sitemap, with lastmod on the lists', async () => {
    const xml = (await page('/sitemap.xml')).html
    const entries = new Map(
      [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?<\/url>/g)].map(
        (m) => [new URL(m[1]).pathname, m[2]],
      ),
    )
    for (const section of [
      '/',
      '/van-ban',
      '/thu-vien-anh',
      '/gioi-thieu',
      '/lien-he',
      '/phong-trao',
    ])
      expect(entries.has(section), section).toBe(true)
    for (const list of ['/', '/guong-dien-hinh', '/tin-tuc', '/thu-vien-anh'])
      expect(entries.get(list), list).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    const movements = (await api('/api/movements?depth=0&limit=100')).body.docs as Doc[]
    expect(movements.length).toBeGreaterThan(0)
    for (const movement of movements)
      expect(entries.has(`/phong-trao/${movement.slug}`), movement.slug).toBe(true)
    const units = new Set(
      (
        (await api('/api/exemplars?depth=1&limit=100')).body.docs as { unit: { slug: string } }[]
      ).map((doc) => doc.unit.slug),
    )
    for (const unit of units) expect(entries.has(`/don-vi/${unit}`), unit).toBe(true)
  })

  it('dates each demo profile by its own publication in the feed and the sitemap', async () => {
    type Dated = Doc & { period: string; coverage?: { date?: string | null }[] }
    const docs = (
      await api('/api/exemplars?depth=0&limit=100&sort=createdAt', { token: editorToken })
    ).body.docs as (Dated & { _status: string; createdAt: string })[]
    // The demo's own profiles: the seed dates them in the demo's months, long before any suite
    // adds its own (dated the day they are published, which is the point of the check below).
    const before = Date.now() - 24 * 3_600_000
    const published = docs.filter(
      (doc) => doc._status === 'published' && new Date(doc.createdAt).getTime() < before,
    )
    // The date the portal first showed it (the seed's coverage entry), else its month.
    const own = (doc: Dated) =>
      new Date(
        (doc.coverage ?? [])
          .map((entry) => entry.date)
          .filter((date): date is string => Boolean(date))
          .sort()[0] ?? `${doc.period}-01T00:00:00.000Z`,
      )
    const rss = (await page('/rss.xml')).html
    const pubDates = new Map(
      [...rss.matchAll(/<item>([\s\S]*?)<\/item>/g)].flatMap((m) => {
        const link = /<link>([^<]+)<\/link>/.exec(m[1])?.[1]
        const date = /<pubDate>([^<]+)<\/pubDate>/.exec(m[1])?.[1]
        return link && date ? [[new URL(link).pathname, new Date(date).getTime()] as const] : []
      }),
    )
    const sitemap = (await page('/sitemap.xml')).html
    const lastmods = new Map(
      [...sitemap.matchAll(/<loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod>/g)].map((m) => [
        new URL(m[1]).pathname,
        new Date(m[2]).getTime(),
      ]),
    )
    let inFeed = 0
    for (const doc of published) {
      const path = `/guong-dien-hinh/${doc.slug}`
      const expected = Math.floor(own(doc).getTime() / 1000) * 1000
      expect(lastmods.get(path), `sitemap ${path}`).toBe(own(doc).getTime())
      if (pubDates.has(path)) {
        inFeed++
        expect(pubDates.get(path), `feed ${path}`).toBe(expected)
      }
    }
    // The feed holds the 50 newest, which other suites' profiles may have taken by now.
    expect(inFeed).toBeGreaterThan(0)
    // Spread over the demo's periods, not the one moment of seeding.
    const distinct = new Set(published.map((doc) => own(doc).toISOString().slice(0, 10)))
    expect(distinct.size).toBeGreaterThan(published.length / 2)
    expect(new Set(published.map((doc) => doc.period)).size).toBeGreaterThan(3)
  })
})

describe('cached pages follow the data', () => {
  it('shows an edit, an unpublish and a republish at once, everywhere', async () => {
    const { body } = await api('/api/exemplars?depth=0&limit=1&sort=-name', { token: editorToken })
    const target = body.docs[0] as Doc
    const path = `/guong-dien-hinh/${target.slug}`
    await page(path) // cache it
    await page('/guong-dien-hinh?sort=x')

    const marker = `Cập nhật kiểm thử ${Date.now()}`
    const edited = await api(`/api/exemplars/${target.id}`, {
      method: 'PATCH',
      token: editorToken,
      json: { summary: `${target.summary} ${marker}` },
    })
    expect(edited.status).toBe(200)
    expect((await page(path)).html).toContain(marker)

    const unpublished = await api(`/api/exemplars/${target.id}/workflow`, {
      method: 'POST',
      token: editorToken,
      json: { action: 'unpublish' },
    })
    expect(unpublished.status).toBe(200)
    expect((await page(path)).status).toBe(404)
    expect((await page(`/tim-kiem?q=${encodeURIComponent(target.name)}`)).html).not.toContain(
      `href="${path}"`,
    )
    expect((await page('/sitemap.xml')).html).not.toContain(`${path}<`)

    for (const action of ['submit', 'publish']) {
      const moved = await api(`/api/exemplars/${target.id}/workflow`, {
        method: 'POST',
        token: editorToken,
        json: { action },
      })
      expect(moved.status, action).toBe(200)
    }
    expect((await page(path)).status).toBe(200)
    expect((await page('/sitemap.xml')).html).toContain(`${path}<`)

    await api(`/api/exemplars/${target.id}`, {
      method: 'PATCH',
      token: editorToken,
      json: { summary: target.summary },
    })
  })

  it('shows a renamed unit on the profiles that name it', async () => {
    const { html } = await page(`/guong-dien-hinh/${individual.slug}`)
    const { body } = await api(`/api/exemplars/${individual.id}?depth=1`)
    const unit = body.unit as { id: number; name: string; slug: string }
    expect(html).toContain(unit.name)
    const admin = await login('quantri@lantoa.local')
    const renamed = `${unit.name} (đổi tên thử)`
    expect(
      (
        await api(`/api/units/${unit.id}`, {
          method: 'PATCH',
          token: admin,
          json: { name: renamed, slug: unit.slug },
        })
      ).status,
    ).toBe(200)
    try {
      expect((await page(`/guong-dien-hinh/${individual.slug}`)).html).toContain(renamed)
    } finally {
      await api(`/api/units/${unit.id}`, {
        method: 'PATCH',
        token: admin,
        json: { name: unit.name, slug: unit.slug },
      })
    }
  })
})

/** Renders the page's inline QR SVG and reads it back as a phone camera would. */
async function decodeQr(html: string): Promise<string | undefined> {
  const svg = html.match(/<svg[^>]*>.*?<\/svg>/s)?.[0]
  if (!svg) return undefined
  const { data, info } = await sharp(Buffer.from(svg), { density: 300 })
    .resize(400, 400)
    .flatten({ background: '#fff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data
}
