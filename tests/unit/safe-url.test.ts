import { describe, expect, it } from 'vitest'

import { buildRss } from '@/portal/feeds'
import { isExternalHref, safeHref } from '@/lib/safe-url'

describe('safeHref', () => {
  it.each([
    'https://baolangson.vn/bai-viet',
    'http://locbinh.langson.gov.vn',
    'mailto:vanphong@locbinh.gov.vn',
    'tel:+842053840000',
    '/guong-dien-hinh/nguyen-van-an',
    '#phan-2',
    '?trang=2',
    'tin-tuc/bai-1',
    '//cdn.example.vn/a.jpg',
  ])('keeps %s', (url) => {
    expect(safeHref(url)).toBe(url)
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'javascript\u200b:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'DATA:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://evil.example/1',
    '\\\\evil.example\\share',
    '',
    '   ',
  ])('refuses %j', (url) => {
    expect(safeHref(url)).toBeNull()
  })

  it('refuses what is not a string', () => {
    expect(safeHref(null)).toBeNull()
    expect(safeHref({ toString: () => 'javascript:alert(1)' })).toBeNull()
  })

  it('tells external links', () => {
    expect(isExternalHref('https://a.vn')).toBe(true)
    expect(isExternalHref('//a.vn')).toBe(true)
    expect(isExternalHref('/a')).toBe(false)
  })
})

describe('the feed', () => {
  it('never carries a javascript: or data: link', () => {
    const xml = buildRss({ title: 'Cổng', link: 'https://locbinh.example', description: 'd' }, [
      { title: 'a', link: 'javascript:alert(1)', description: 'x', date: null },
      { title: 'b', link: 'data:text/html,<b>', description: 'x', date: null },
      { title: 'c', link: 'https://locbinh.example/tin-tuc/c', description: 'x', date: null },
    ])
    expect(xml).not.toMatch(/javascript:|data:/i)
    expect(xml).toContain('<link>https://locbinh.example/tin-tuc/c</link>')
  })
})
