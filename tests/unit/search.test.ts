import { describe, expect, it } from 'vitest'

import { highlight, searchTerms, searchWhere } from '@/portal/search'

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
  const marked = (text: string, q: string) =>
    highlight(text, searchTerms(q))
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
})
