import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match'
import { matchHas } from 'next/dist/shared/lib/router/utils/prepare-destination'
import { describe, expect, it } from 'vitest'

import { CATEGORY_LABELS, EXEMPLAR_KIND_LABELS, SECTOR_LABELS } from '@/lib/labels'
import { FIRST_YEAR, LAST_YEAR } from '@/lib/period'
import { articleLd } from '@/portal/profile'
import {
  canonicalVariant,
  isCanonical,
  LISTS,
  pageOf,
  paramsOf,
  variantParams,
  type ListName,
} from '@/portal/variants'
import type { Article } from '@/payload-types'

const q = (text: string) => new URLSearchParams(text)

describe('canonicalVariant', () => {
  it('gives one variant whatever the order, and drops unknown parameters', () => {
    const a = canonicalVariant('guong-dien-hinh', q('trang=2&nhom=advanced&utm_source=zalo'))
    const b = canonicalVariant('guong-dien-hinh', q('nhom=advanced&trang=2'))
    expect(a).toBe('nhom=advanced&trang=2')
    expect(b).toBe(a)
  })

  it('drops invalid values and page 1, so they share the bare list', () => {
    expect(canonicalVariant('guong-dien-hinh', q('loai=robot&nam=abc&trang=1&don-vi=A B'))).toBe(
      '-',
    )
    expect(canonicalVariant('tin-tuc', q('trang=0'))).toBe('-')
    expect(canonicalVariant('tin-tuc', q('trang=99999'))).toBe('-')
    expect(canonicalVariant('van-ban', q('trang=3'))).toBe('-')
  })

  it('reads a number without its leading zeros, and the last of a repeated parameter', () => {
    expect(canonicalVariant('tin-tuc', q('trang=02'))).toBe('trang=2')
    expect(canonicalVariant('guong-dien-hinh', q('nam=02022&loai=robot&loai=household'))).toBe(
      'loai=household&nam=2022',
    )
  })

  it('keeps valid filters, in a fixed order', () => {
    expect(
      canonicalVariant(
        'guong-dien-hinh',
        q('phong-trao=dan-van-kheo&nam=2022&linh-vuc=health&loai=individual&don-vi=xa-tu-doan'),
      ),
    ).toBe('don-vi=xa-tu-doan&linh-vuc=health&loai=individual&nam=2022&phong-trao=dan-van-kheo')
  })

  it('reads a variant back, and refuses one it could not have made', () => {
    const params = variantParams('nhom=advanced&trang=3')
    expect(params.get('nhom')).toBe('advanced')
    expect(pageOf(params)).toBe(3)
    expect(pageOf(variantParams('-'))).toBe(1)
    expect(isCanonical('guong-dien-hinh', 'trang=3&nhom=advanced')).toBe(false)
    expect(isCanonical('guong-dien-hinh', 'nhom=advanced&trang=3')).toBe(true)
    expect(isCanonical('tin-tuc', 'x=1')).toBe(false)
  })
})

describe('articleLd', () => {
  it('names the publisher with its logo', () => {
    const ld = articleLd(
      { id: 1, title: 'Tin', slug: 'tin', publishedAt: '2022-07-01T00:00:00.000Z' } as Article,
      'https://x/tin-tuc/tin',
      'Cổng',
    )
    expect(ld.publisher.name).toBe('Cổng')
    expect(ld.publisher.logo.url).toMatch(/^https?:\/\/[^/]+\/logo\.png$/)
  })
})

describe('which list requests run the proxy', () => {
  type Condition = { type: 'query'; key: string; value?: string }
  type Entry = { source: string; has?: Condition[]; missing?: Condition[]; destination?: string }
  const nextQuery = (params: URLSearchParams) => {
    const query: Record<string, string | string[]> = {}
    for (const key of new Set(params.keys())) {
      const values = params.getAll(key)
      query[key] = values.length > 1 ? values : values[0]
    }
    return query
  }
  /**
   * Next's own matching of a rewrite's or a matcher's path and its `has`/`missing`, as for a
   * request to `pathname?params`: the parameters it captures, or false.
   */
  const matches = (entry: Entry, pathname: string, params: URLSearchParams) => {
    const path = getPathMatch(entry.source, { removeUnnamedParams: true, strict: true })(pathname)
    if (!path) return false
    const found = matchHas({ headers: {} } as never, nextQuery(params), entry.has, entry.missing)
    return found && { ...path, ...found }
  }

  /** Values a visitor or a crawler may send: canonical, misspelt, empty, out of range. */
  const SAMPLES: Record<string, string[]> = {
    'don-vi': ['xa-tu-doan', 'A B', ''],
    'linh-vuc': ['health', 'robot'],
    loai: ['individual', 'household', 'Individual'],
    nam: ['2022', '02022', '1989', ''],
    nhom: ['good-deeds', 'x'],
    'phong-trao': ['dan-van-kheo', '-x'],
    trang: ['2', '10000', '02', '1', '0', '10001', ' 3', 'abc', ''],
    q: ['quyết định', ''],
  }

  /** Every query of up to two of the list's parameters, repeated parameters and a stray one. */
  function queries(list: ListName): URLSearchParams[] {
    const keys = [...paramsOf(list), 'q']
    const single = keys.flatMap((key) => SAMPLES[key].map((value) => [[key, value]]))
    const pairs = single.flatMap((a, i) => single.slice(i + 1).map((b) => [...a, ...b]))
    return [[], ...single, ...pairs].flatMap((entries) => [
      new URLSearchParams(entries),
      new URLSearchParams([...entries, ['utm_source', 'zalo']]),
      new URLSearchParams([...entries, ...entries.map(([k]) => [k, SAMPLES[k][0]])]),
    ])
  }

  it('serves every list query once, by a rewrite to its canonical page or through the proxy', async () => {
    const { listRewrites } = await import('@/portal/list-params.mjs')
    const { config } = await import('@/proxy')
    const matchers = (config.matcher as (string | Entry)[]).filter(
      (entry): entry is Entry => typeof entry === 'object',
    )
    let rewritten = 0
    for (const list of LISTS) {
      const pathname = `/${list}`
      for (const params of queries(list)) {
        const label = `${pathname}?${params}`
        const proxied = matchers.some((m) => matches(m, pathname, params))
        const rewrite = (listRewrites('/p', '-') as Entry[])
          .map((entry) => ({ entry, found: matches(entry, pathname, params) }))
          .find(({ found }) => found)
        // Exactly one of the two: the proxy never runs for a query a rewrite serves.
        expect(proxied, label).toBe(!rewrite)
        if (!rewrite || !rewrite.found) continue
        rewritten++
        const found = rewrite.found
        const destination = rewrite.entry.destination?.replace(/:(\w+)/g, (_, name) =>
          String(found[name]),
        )
        expect(destination, label).toBe(`/p/${list}/${canonicalVariant(list, params)}`)
      }
    }
    // The usual shapes take the rewrites: no parameter, one filter and/or a page.
    expect(rewritten).toBeGreaterThan(100)
    const plain = (query: string) => matchers.some((m) => matches(m, '/guong-dien-hinh', q(query)))
    expect(plain('loai=individual&trang=50')).toBe(false)
    expect(plain('nhom=advanced&utm_source=zalo')).toBe(false)
    expect(plain('nhom=advanced&loai=individual')).toBe(true)
    expect(plain('trang=02')).toBe(true)
  })

  it('writes the proxy matcher out as the parameters give it', async () => {
    const { LIST_PARAMS, proxyListMatchers } = await import('@/portal/list-params.mjs')
    const { config } = await import('@/proxy')
    const expected = proxyListMatchers()
    const sources = new Set(expected.map((entry: Entry) => entry.source))
    expect(
      (config.matcher as (string | Entry)[]).filter(
        (entry) => typeof entry === 'object' && sources.has(entry.source),
      ),
    ).toEqual(expected)
    for (const list of LISTS)
      expect(LIST_PARAMS[list], list).toEqual(list === 'van-ban' ? ['q'] : paramsOf(list))
  })

  it('spells the labelled filters with the labels’ keys', async () => {
    const { LIST_SPECS } = await import('@/portal/list-params.mjs')
    const specs = LIST_SPECS['guong-dien-hinh']
    const oneOf = (labels: Record<string, string>) => `(?:${Object.keys(labels).join('|')})`
    expect(specs.loai.pattern).toBe(oneOf(EXEMPLAR_KIND_LABELS))
    expect(specs.nhom.pattern).toBe(oneOf(CATEGORY_LABELS))
    expect(specs['linh-vuc'].pattern).toBe(oneOf(SECTOR_LABELS))
  })

  it('takes exactly the years periods and documents take', async () => {
    const { LIST_SPECS } = await import('@/portal/list-params.mjs')
    const year = new RegExp(`^${LIST_SPECS['guong-dien-hinh'].nam.pattern}$`)
    for (let y = FIRST_YEAR - 15; y <= LAST_YEAR + 15; y++)
      expect(year.test(String(y)), String(y)).toBe(y >= FIRST_YEAR && y <= LAST_YEAR)
  })
})
