import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { RichText } from '@/components/rich-text'

const text = (value: string) => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const link = (
  url: string,
  type: 'link' | 'autolink' = 'link',
  extra: Record<string, unknown> = {},
) => ({
  type,
  version: 3,
  direction: 'ltr',
  format: '',
  indent: 0,
  fields: { linkType: 'custom', url, newTab: false, ...extra },
  children: [text('liên kết')],
})

const state = (...children: unknown[]) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        children,
      },
    ],
  },
})

const render = (data: unknown) =>
  renderToStaticMarkup(createElement(RichText, { data: data as never }))

describe('rich text on the public site', () => {
  it.each([
    'javascript:alert(document.cookie)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'javascript://lantoa.vn/%0aalert%281%29',
    ' JaVaScRiPt:alert(1)',
  ])('renders a %s link as inert text (link and autolink)', (url) => {
    for (const type of ['link', 'autolink'] as const) {
      const html = render(state(text('Xem '), link(url, type)))
      expect(html).not.toMatch(/<a\b/)
      expect(html).not.toMatch(/javascript:|data:|vbscript:/i)
      expect(html).toContain('liên kết')
    }
  })

  it('keeps web links, with noopener for other sites', () => {
    const html = render(
      state(link('https://baolangson.vn/a', 'link', { newTab: true }), link('/tin-tuc/b')),
    )
    expect(html).toContain(
      '<a href="https://baolangson.vn/a" rel="noopener noreferrer" target="_blank">',
    )
    expect(html).toContain('<a href="/tin-tuc/b">')
  })

  it('links an internal document to its public page', () => {
    const html = render(
      state(
        link('', 'link', {
          linkType: 'internal',
          doc: { relationTo: 'exemplars', value: { id: 1, slug: 'nguyen-van-an' } },
        }),
      ),
    )
    expect(html).toContain('href="/guong-dien-hinh/nguyen-van-an"')
  })

  it('renders no raw HTML: markup in text is escaped, unknown nodes are dropped', () => {
    const html = render(
      state(text('<script>alert(1)</script>'), {
        type: 'html',
        version: 1,
        html: '<img src=x onerror=alert(1)>',
      }),
    )
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;')
    expect(html).not.toContain('onerror')
    expect(html).not.toContain('unknown node')
  })
})
