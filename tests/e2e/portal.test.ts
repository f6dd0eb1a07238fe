import { describe, expect, it } from 'vitest'

import { fold } from '@/lib/vietnamese'

import { api, baseURL, login } from './http'

const page = async (path: string) => {
  const response = await fetch(`${baseURL()}${path}`)
  return {
    status: response.status,
    html: await response.text(),
    type: response.headers.get('content-type') ?? '',
  }
}

async function aPublishedExemplar() {
  const { body } = await api('/api/exemplars?limit=1&depth=0&sort=name')
  return body.docs[0] as { name: string; slug: string }
}

async function anUnpublishedExemplar() {
  const token = await login('bientap@lantoa.local')
  const { body } = await api(
    '/api/exemplars?limit=1&depth=0&draft=true&where[reviewState][equals]=submitted',
    { token },
  )
  return body.docs[0] as { name: string; slug: string }
}

describe('search (/tim-kiem)', () => {
  it('finds a profile typed without diacritics, and in capitals', async () => {
    const exemplar = await aPublishedExemplar()
    for (const q of [fold(exemplar.name), exemplar.name.toUpperCase(), exemplar.name]) {
      const { status, html } = await page(`/tim-kiem?q=${encodeURIComponent(q)}`)
      expect(status).toBe(200)
      expect(html).toContain(`href="/guong-dien-hinh/${exemplar.slug}"`)
    }
  })

  it('highlights the matched words in the original spelling', async () => {
    const exemplar = await aPublishedExemplar()
    const word = exemplar.name.split(' ')[0]
    const { html } = await page(`/tim-kiem?q=${encodeURIComponent(fold(word))}`)
    expect(html).toContain(`<mark>${word}</mark>`)
  })

  it('escapes the query wherever it is shown', async () => {
    const { status, html } = await page(
      `/tim-kiem?q=${encodeURIComponent('<script>alert(1)</script>')}`,
    )
    expect(status).toBe(200)
    expect(html).not.toContain('<script>alert(1)</script>')
  })
})

describe('drafts never appear', () => {
  it('not in search, the feed, the sitemap or at their address', async () => {
    const draft = await anUnpublishedExemplar()
    expect(draft).toBeDefined()
    const search = await page(`/tim-kiem?q=${encodeURIComponent(fold(draft.name))}`)
    expect(search.html).not.toContain(`/guong-dien-hinh/${draft.slug}"`)
    expect((await page('/rss.xml')).html).not.toContain(`/guong-dien-hinh/${draft.slug}<`)
    expect((await page('/sitemap.xml')).html).not.toContain(`/guong-dien-hinh/${draft.slug}<`)
    expect((await page(`/guong-dien-hinh/${draft.slug}`)).status).toBe(404)
  })
})

describe('the exemplar list (/guong-dien-hinh)', () => {
  it('filters by kind with a plain link', async () => {
    const { status, html } = await page('/guong-dien-hinh?loai=household')
    expect(status).toBe(200)
    const cards = html.split('class="card"').slice(1)
    expect(cards.length).toBeGreaterThan(0)
    for (const card of cards) expect(card).toContain('Hộ gia đình')
  })

  it('pages through the list', async () => {
    const first = await page('/guong-dien-hinh')
    const second = await page('/guong-dien-hinh?trang=2')
    expect(first.html).toContain('href="/guong-dien-hinh?trang=2"')
    expect(second.status).toBe(200)
    const slugs = (html: string) =>
      [...html.matchAll(/href="\/guong-dien-hinh\/([a-z0-9-]+)"/g)].map((m) => m[1])
    expect(slugs(second.html).length).toBeGreaterThan(0)
    expect(slugs(second.html).some((slug) => slugs(first.html).includes(slug))).toBe(false)
  })

  it('answers an unknown unit with an empty list, not an error', async () => {
    const { status, html } = await page('/guong-dien-hinh?don-vi=khong-co-don-vi-nay')
    expect(status).toBe(200)
    expect(html).toContain('Không có gương điển hình phù hợp.')
  })
})

describe('articles, feed, sitemap and robots', () => {
  it('lists and shows articles', async () => {
    const list = await page('/tin-tuc')
    expect(list.status).toBe(200)
    const slug = /href="\/tin-tuc\/([a-z0-9-]+)"/.exec(list.html)?.[1]
    expect(slug).toBeDefined()
    const article = await page(`/tin-tuc/${slug}`)
    expect(article.status).toBe(200)
    expect(article.html).toContain('<h1 class="page-title">')
  })

  it('serves RSS 2.0 with published exemplars and articles', async () => {
    // The feed carries the newest profiles, in its own order (the latest period first); other
    // test files publish many profiles.
    const { body } = await api('/api/exemplars?limit=1&depth=0&sort=-period,-id')
    const exemplar = body.docs[0] as { slug: string }
    const { status, html, type } = await page('/rss.xml')
    expect(status).toBe(200)
    expect(type).toContain('application/rss+xml')
    expect(html).toContain('<rss version="2.0"')
    expect(html).toContain(`/guong-dien-hinh/${exemplar.slug}</link>`)
    expect(html).toContain('/tin-tuc/')
  })

  it('serves the sitemap and robots.txt', async () => {
    const exemplar = await aPublishedExemplar()
    const sitemap = await page('/sitemap.xml')
    expect(sitemap.html).toContain('<urlset')
    expect(sitemap.html).toContain(`/guong-dien-hinh/${exemplar.slug}</loc>`)
    const robots = await page('/robots.txt')
    expect(robots.html).toContain('Sitemap: ')
    expect(robots.html).toContain('Disallow: /admin')
  })
})

describe('movement, unit, documents, introduction and contact pages', () => {
  it('shows a movement with its exemplars, and 404 for an unknown one', async () => {
    const { body } = await api('/api/movements?limit=1&depth=0&sort=name')
    const movement = body.docs[0] as { name: string; slug: string }
    const { status, html } = await page(`/phong-trao/${movement.slug}`)
    expect(status).toBe(200)
    expect(html).toContain(movement.name)
    expect((await page('/phong-trao/khong-co-phong-trao-nay')).status).toBe(404)
  })

  it('shows a merged commune with its successor, keeping its old name', async () => {
    const { status, html } = await page('/don-vi/xa-tu-doan')
    expect(status).toBe(200)
    expect(html).toContain('Xã Tú Đoạn')
    expect(html).toContain('Đơn vị đã thôi hoạt động từ 01/07/2025')
    expect(html).toMatch(/kế thừa: <a href="\/don-vi\/[a-z0-9-]+">Xã Na Dương<\/a>/)
  })

  it('lists directing documents with number, type, issuer, dates and a PDF', async () => {
    const { status, html } = await page('/van-ban')
    expect(status).toBe(200)
    expect(html).toContain('294/KH-UBND')
    expect(html).toContain('Kế hoạch')
    expect(html).toContain('13/12/2021')
    const pdf = /href="([^"]+\.pdf)"/.exec(html)?.[1]
    expect(pdf).toBeDefined()
    const file = await fetch(new URL(pdf as string, baseURL()))
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toContain('application/pdf')
    const found = await page(`/van-ban?q=${encodeURIComponent('ke hoach')}`)
    expect(found.html).toContain('294/KH-UBND')
    expect(found.html).not.toContain('605/SNV')
  })

  it('publishes introduction and contact information from site settings', async () => {
    for (const path of ['/gioi-thieu', '/lien-he']) {
      const { status, html } = await page(path)
      expect(status).toBe(200)
      expect(html).toContain('Ủy ban nhân dân huyện Lộc Bình')
    }
    expect((await page('/lien-he')).html).toContain('mailto:')
  })
})

describe('the portal as cached documents', () => {
  const fetchTwice = async (path: string, init?: RequestInit) => {
    await fetch(`${baseURL()}${path}`, init).then((r) => r.arrayBuffer())
    return fetch(`${baseURL()}${path}`, init)
  }

  it('serves every public page from the cache, shareable, with no framework script', async () => {
    const { slug } = await aPublishedExemplar()
    for (const path of [
      '/',
      '/guong-dien-hinh',
      '/guong-dien-hinh?nhom=advanced&trang=1',
      `/guong-dien-hinh/${slug}`,
      `/guong-dien-hinh/${slug}/in`,
      '/tin-tuc',
      '/phong-trao',
      '/thu-vien-anh',
      '/van-ban',
      '/gioi-thieu',
      '/lien-he',
      '/rss.xml',
      '/sitemap.xml',
    ]) {
      const response = await fetchTwice(path)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('x-nextjs-cache'), path).toBe('HIT')
      expect(response.headers.get('cache-control'), path).toMatch(
        /^public, .*s-maxage=\d+, stale-while-revalidate=\d+/,
      )
      const body = await response.text()
      expect(body, path).not.toMatch(/<script(?![^>]*(application\/ld\+json|src="\/portal\.js"))/)
    }
  })

  it('keeps one entry per canonical query: order and unknown parameters do not matter', async () => {
    const a = await fetchTwice('/guong-dien-hinh?nhom=advanced&loai=individual&utm_source=zalo')
    const b = await fetch(`${baseURL()}/guong-dien-hinh?loai=individual&nhom=advanced`)
    expect(a.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(b.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(await a.text()).toBe(await b.text())
  })

  it('serves one filter or a page by rewrite and a misspelt query through the proxy, from one entry', async () => {
    // The first of each pair takes a next.config.mjs rewrite, the second the proxy, which
    // corrects it (src/portal/list-params.mjs draws the line).
    for (const [rewritten, corrected] of [
      ['/guong-dien-hinh?nhom=advanced&utm_source=zalo', '/guong-dien-hinh?trang=1&nhom=advanced'],
      ['/guong-dien-hinh?trang=2&loai=individual', '/guong-dien-hinh?loai=individual&trang=02'],
      ['/tin-tuc?trang=2', '/tin-tuc?trang=002'],
    ]) {
      const first = await fetchTwice(rewritten)
      const second = await fetch(`${baseURL()}${corrected}`)
      expect(first.status, rewritten).toBe(second.status)
      expect(second.headers.get('x-nextjs-cache'), corrected).toBe('HIT')
      expect(await second.text(), corrected).toBe(await first.text())
    }
  })

  it('serves a list asked for with only unknown parameters as the plain list, from the cache', async () => {
    // next.config.mjs rewrites these without the proxy (src/portal/list-params.mjs).
    for (const list of ['/guong-dien-hinh', '/tin-tuc', '/thu-vien-anh', '/van-ban']) {
      const plain = await fetchTwice(list)
      const tracked = await fetch(`${baseURL()}${list}?utm_source=zalo&fbclid=abc&trang=`)
      expect(tracked.status, list).toBe(200)
      expect(tracked.headers.get('x-nextjs-cache'), list).toBe('HIT')
      expect(await tracked.text(), list).toBe(await plain.text())
    }
  })

  it('keeps searches dynamic and private', async () => {
    for (const path of ['/tim-kiem?q=nguyen', '/van-ban?q=quyet']) {
      const response = await fetchTwice(path)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('x-nextjs-cache'), path).toBeNull()
      expect(response.headers.get('cache-control'), path).toMatch(/private|no-store/)
    }
  })

  it('marks a signed-in visitor’s pages private', async () => {
    const token = await login('bientap@lantoa.local')
    const response = await fetchTwice('/guong-dien-hinh', {
      headers: { cookie: `payload-token=${token}` },
    })
    expect(response.headers.get('cache-control')).toMatch(/^private/)
  })

  it('shows an edit of a published profile at once, on its page and the list', async () => {
    const token = await login('bientap@lantoa.local')
    const { body } = await api('/api/exemplars?limit=1&depth=0&sort=-name')
    const { id, slug, position } = body.docs[0] as { id: number; slug: string; position: string }
    await fetchTwice(`/guong-dien-hinh/${slug}`)
    await fetchTwice('/guong-dien-hinh')
    const marker = `Vị trí thử ${Date.now()}`
    const saved = await api(`/api/exemplars/${id}`, {
      method: 'PATCH',
      token,
      json: { position: marker },
    })
    expect(saved.status).toBe(200)
    try {
      expect((await page(`/guong-dien-hinh/${slug}`)).html).toContain(marker)
      const list = await fetch(`${baseURL()}/guong-dien-hinh?trang=1`)
      expect(list.headers.get('x-nextjs-cache')).not.toBe('HIT')
    } finally {
      await api(`/api/exemplars/${id}`, { method: 'PATCH', token, json: { position } })
    }
  })
})
