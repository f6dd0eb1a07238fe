import { describe, expect, it } from 'vitest'

import { articleLd } from '@/portal/profile'
import {
  canonicalVariant,
  isCanonical,
  LISTS,
  pageOf,
  paramsOf,
  variantParams,
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
  it('names the same parameters in the proxy matcher, the rewrites and the validators', async () => {
    const { LIST_PARAMS, plainListRewrites } = await import('@/portal/list-params.mjs')
    const { config } = await import('@/proxy')
    for (const list of LISTS) {
      const keys = LIST_PARAMS[list]
      // The validators, plus `q` for the documents register's search.
      expect(keys, list).toEqual(list === 'van-ban' ? ['q'] : paramsOf(list))
      const matched = config.matcher
        .filter((entry) => typeof entry === 'object' && entry.source === `/${list}`)
        .map((entry) => (typeof entry === 'object' ? entry.has?.[0]?.key : undefined))
      expect(matched, list).toEqual(keys)
      const rewrite = plainListRewrites('/p', '-').find((entry) => entry.source === `/${list}`)
      expect(
        rewrite?.missing.map((entry) => entry.key),
        list,
      ).toEqual(keys)
      expect(rewrite?.destination).toBe(`/p/${list}/-`)
    }
  })
})
