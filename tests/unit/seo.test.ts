import { describe, expect, it } from 'vitest'

import { exemplarLd } from '@/portal/profile'
import { breadcrumbLd, describe as summarize, jsonLdText, pageMeta } from '@/portal/seo'
import type { Exemplar } from '@/payload-types'

describe('jsonLdText', () => {
  it('cannot close the script tag it is written into', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' })
    expect(text).not.toContain('</script>')
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>')
  })
})

describe('describe', () => {
  it('flattens whitespace and cuts long text on a word with an ellipsis', () => {
    expect(summarize('  Một\n\ndòng  ')).toBe('Một dòng')
    const long = summarize('chữ '.repeat(100))!
    expect(long.length).toBeLessThanOrEqual(200)
    expect(long.endsWith('…')).toBe(true)
    expect(summarize('')).toBeUndefined()
  })
})

describe('pageMeta', () => {
  it('gives canonical, Open Graph and Twitter data with absolute URLs and alt text', () => {
    const meta = pageMeta({
      title: 'Nguyễn Văn An',
      siteName: 'Cổng',
      description: 'Thành tích',
      path: '/guong-dien-hinh/nguyen-van-an',
      image: { url: '/api/media/file/a-1200x630.webp', width: 1200, height: 630, alt: '' },
    })
    expect(meta.title).toBe('Nguyễn Văn An — Cổng')
    expect(meta.canonical).toMatch(/^https?:\/\/[^/]+\/guong-dien-hinh\/nguyen-van-an$/)
    expect(meta.image?.url).toMatch(/^https?:\/\/[^/]+\/api\/media\/file\/a-1200x630\.webp$/)
    expect(meta.image?.alt).toBe('Nguyễn Văn An')
    const home = pageMeta({ title: 'Cổng', siteName: 'Cổng', path: '/', bareTitle: true })
    expect(home.title).toBe('Cổng')
    expect(home.image).toBeNull()
  })
})

describe('pageMeta for the home page', () => {
  it('keeps the preview image it is given, with its own alt text for og:image:alt and twitter:image:alt', () => {
    const home = pageMeta({
      title: 'Cổng',
      siteName: 'Cổng',
      path: '/',
      bareTitle: true,
      image: { url: '/api/media/file/b-1200x630.webp', width: 1200, height: 630, alt: 'Chân dung' },
    })
    expect(home.image).toEqual({
      url: expect.stringMatching(/^https?:\/\/[^/]+\/api\/media\/file\/b-1200x630\.webp$/),
      width: 1200,
      height: 630,
      alt: 'Chân dung',
    })
  })
})

describe('structured data', () => {
  const base = {
    id: 1,
    name: 'Hợp tác xã Na Tú Đoạn',
    slug: 'hop-tac-xa-na-tu-doan',
    summary: 'Tóm tắt',
    sector: 'agriculture',
    unit: { id: 2, name: 'UBND xã Tú Đoạn' },
    awards: [{ title: 'Bằng khen', year: 2021 }],
  } as unknown as Exemplar

  it('is an Organization for a collective and a Person for an individual', () => {
    const group = exemplarLd({ ...base, kind: 'collective' }, 'https://x/g') as Record<
      string,
      unknown
    >
    expect(group['@type']).toBe('Organization')
    expect(group.award).toEqual(['Bằng khen 2021'])
    const person = exemplarLd(
      { ...base, kind: 'individual', gender: 'female', position: 'Giáo viên' },
      'https://x/p',
    ) as Record<string, unknown>
    expect(person['@type']).toBe('Person')
    expect(person.gender).toBe('Female')
    expect((person.affiliation as { name: string }).name).toBe('UBND xã Tú Đoạn')
  })

  it('numbers breadcrumbs from 1 with absolute URLs', () => {
    const list = breadcrumbLd([
      { name: 'Trang chủ', path: '/' },
      { name: 'Tin tức', path: '/tin-tuc' },
    ])
    expect(list.itemListElement.map((item) => item.position)).toEqual([1, 2])
    expect(list.itemListElement[1].item).toMatch(/^https?:\/\/[^/]+\/tin-tuc$/)
  })
})
