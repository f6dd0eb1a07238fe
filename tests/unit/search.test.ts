import { describe, expect, it } from 'vitest'

import {
  excerptSegments,
  fullTextQuery,
  highlight,
  searchTerms,
  searchWhere,
} from '@/portal/search'

describe('searchTerms', () => {
  it('folds case and diacritics and drops punctuation', () => {
    expect(searchTerms('  Nguyễn  VĂN, an! ')).toEqual(['nguyen', 'van', 'an'])
    expect(searchTerms('ĐOÀN')).toEqual(['doan'])
    expect(searchTerms('doan')).toEqual(['doan'])
  })
  it('is empty for empty or symbol-only queries, and bounded', () => {
    expect(searchTerms('')).toEqual([])
    expect(searchTerms('%%% ***')).toEqual([])
    expect(searchTerms(undefined)).toEqual([])
    expect(searchTerms(Array.from({ length: 30 }, (_, i) => `tu${i}`).join(' '))).toHaveLength(8)
  })
  it('builds one contains-condition per word', () => {
    expect(searchWhere(['nguyen', 'an'])).toEqual({
      and: [{ searchText: { contains: 'nguyen' } }, { searchText: { contains: 'an' } }],
    })
  })
})

describe('highlight', () => {
  const marked = (text: string, q: string, wordStartBelow?: number) =>
    highlight(text, searchTerms(q), wordStartBelow)
      .map((s) => (s.match ? `[${s.text}]` : s.text))
      .join('')

  it('marks the original letters of a match typed without diacritics', () => {
    expect(marked('Nguyễn Văn An', 'nguyen van an')).toBe('[Nguyễn] [Văn] [An]')
    expect(marked('Bí thư Đoàn xã', 'doan')).toBe('Bí thư [Đoàn] xã')
  })
  it('keeps text that has no match as it is', () => {
    expect(marked('Hợp tác xã chè', 'mau son')).toBe('Hợp tác xã chè')
  })
  it('handles decomposed input', () => {
    expect(marked('Đoàn'.normalize('NFD'), 'ĐOÀN')).toBe('[Đoàn]')
  })
  it('marks a short word only where a word starts when asked to, as the index matches it', () => {
    expect(marked('La Ngọc Lan, bản Sala', 'la ngoc', 3)).toBe('[La] [Ngọc] [La]n, bản Sala')
    expect(marked('Bản Sala', 'la')).toBe('Bản Sa[la]')
  })
})

describe('fullTextQuery', () => {
  it('spells d both ways, a two-letter word as a word start, and keeps one letter aside', () => {
    expect(fullTextQuery(searchTerms('Đoàn th a'))).toEqual({
      anywhere: '("doan" OR "đoan") AND (" th")',
      shown: '{title body} : (("doan" OR "đoan") AND (" th"))',
      indexed: ['doan', 'th'],
      letters: ['a'],
    })
  })
  it('bounds the spellings of a word full of d', () => {
    const query = fullTextQuery(['ddddd'])
    expect(query?.anywhere.match(/"/g)).toHaveLength(2 * 8)
  })
  it('has nothing to look up when no word has two letters', () => {
    expect(fullTextQuery(['a', 'b'])).toBeNull()
    expect(fullTextQuery([])).toBeNull()
  })
})

describe('excerptSegments', () => {
  it('keeps a short text whole', () => {
    const segments = highlight('Nguyễn Văn An', ['an'])
    expect(excerptSegments(segments, 300)).toBe(segments)
  })
  it('shows a match deep in a long text, with ellipses where it was cut', () => {
    const text = `${'x'.repeat(500)} Đoàn ${'y'.repeat(500)}`
    const out = excerptSegments(highlight(text, ['doan']), 100)
    expect(out[0]).toEqual({ text: '…', match: false })
    expect(out.at(-1)).toEqual({ text: '…', match: false })
    expect(out.find((s) => s.match)?.text).toBe('Đoàn')
    expect(out.map((s) => s.text).join('').length).toBe(102)
  })

  it('joins neighbouring segments of one kind', () => {
    const split = [
      { text: 'A', match: true },
      { text: 'bc ', match: false },
      { text: 'de ', match: false },
      { text: 'x'.repeat(50), match: false },
    ]
    expect(excerptSegments(split, 9)).toEqual([
      { text: 'A', match: true },
      { text: 'bc de xx', match: false },
      { text: '…', match: false },
    ])
  })
  it('cuts any text as a character-by-character window would', () => {
    // The oracle: every character with its mark, the window taken from that list.
    const chars = (segments: { text: string; match: boolean }[]) =>
      segments.flatMap((s) => Array.from(s.text, (char) => `${s.match ? '+' : '-'}${char}`))
    const texts = [
      'Đoàn viên Nguyễn Văn An, xã Tú Mịch, huyện Lộc Bình 👍 đoàn kết',
      `${'Bản Sala '.repeat(40)}La Ngọc Bình ${'đoàn '.repeat(30)}`,
      'không có gì khớp '.repeat(30),
    ]
    for (const text of texts)
      for (const terms of [['doan'], ['la', 'ngoc'], ['khop'], ['zzz']])
        for (const max of [5, 17, 40, 100, 300]) {
          const segments = highlight(text, terms, 3)
          const all = chars(segments)
          const out = excerptSegments(segments, max)
          if (all.length <= max) {
            expect(out).toBe(segments)
            continue
          }
          const first = all.findIndex((c) => c.startsWith('+'))
          const start =
            first <= max / 3 ? 0 : Math.min(first - Math.floor(max / 3), all.length - max)
          const cut = out.slice(start > 0 ? 1 : 0, start + max < all.length ? -1 : undefined)
          expect(chars(cut)).toEqual(all.slice(start, start + max))
          expect(out[0].text === '…').toBe(start > 0)
          expect(out.at(-1)?.text === '…').toBe(start + max < all.length)
          // Neighbours differ: runs of one kind are one segment.
          cut.slice(1).forEach((s, i) => expect(s.match).not.toBe(cut[i].match))
        }
  })
})
