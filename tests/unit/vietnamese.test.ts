import { describe, expect, it } from 'vitest'

import {
  compareVietnamese,
  fold,
  lexicalToPlainText,
  nfc,
  normalizeDeep,
  searchTextOf,
  slugCandidate,
  slugify,
} from '@/lib/vietnamese'

describe('fold', () => {
  it.each([
    ['Nguyễn Văn An', 'nguyen van an'],
    ['ĐOÀN Thị Hà', 'doan thi ha'],
    ['đoàn', 'doan'],
    ['  Lộc   Bình ', 'loc binh'],
    ['Mẫu Sơn', 'mau son'],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected)
  })

  it('folds decomposed (NFD) input the same as composed', () => {
    expect(fold('Nguyễn'.normalize('NFD'))).toBe(fold('Nguyễn'.normalize('NFC')))
  })
})

describe('slugify', () => {
  it.each([
    ['Gương sáng', 'guong-sang'],
    ['Đoàn Thị Hà', 'doan-thi-ha'],
    ['Hợp tác xã chè Mẫu Sơn', 'hop-tac-xa-che-mau-son'],
    ['Mô hình "Dân vận khéo" – 2022!', 'mo-hinh-dan-van-kheo-2022'],
    ['  --Xã Tú Đoạn--  ', 'xa-tu-doan'],
    ['!!!', ''],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected)
  })

  it('keeps slugs short and never ends them with a dash', () => {
    const slug = slugify('Đội '.repeat(40))
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug.endsWith('-')).toBe(false)
  })

  it('numbers duplicates from -2', () => {
    expect([1, 2, 3].map((n) => slugCandidate('an', n))).toEqual(['an', 'an-2', 'an-3'])
  })
})

describe('NFC normalisation', () => {
  const decomposed = 'Nguyễn Văn An'.normalize('NFD')

  it('composes decomposed text', () => {
    expect(decomposed).not.toBe('Nguyễn Văn An'.normalize('NFC'))
    expect(nfc(decomposed)).toBe('Nguyễn Văn An'.normalize('NFC'))
  })

  it('reaches every string in nested data, Lexical trees included', () => {
    const data = {
      name: decomposed,
      count: 3,
      awards: [{ title: decomposed }],
      story: { root: { children: [{ children: [{ text: decomposed }] }] } },
    }
    const out = normalizeDeep(data)
    expect(out.name).toBe(nfc(decomposed))
    expect(out.count).toBe(3)
    expect(out.awards[0].title).toBe(nfc(decomposed))
    expect(out.story.root.children[0].children[0].text).toBe(nfc(decomposed))
  })
})

describe('search text', () => {
  it('extracts Lexical text and folds it', () => {
    const story = {
      root: {
        children: [
          { type: 'heading', children: [{ text: 'Đoàn kết' }] },
          { type: 'paragraph', children: [{ text: 'Trồng hồi' }, { text: ' ở Mẫu Sơn' }] },
        ],
      },
    }
    expect(lexicalToPlainText(story)).toBe('Đoàn kết Trồng hồi ở Mẫu Sơn')
    expect(searchTextOf('Nguyễn Văn An', null, lexicalToPlainText(story))).toBe(
      'nguyen van an doan ket trong hoi o mau son',
    )
  })
})

describe('Vietnamese order', () => {
  it('sorts names the way a Vietnamese reader expects', () => {
    const names = ['Đặng', 'Dương', 'Ân', 'Anh', 'Bùi', 'Ă', 'Ơn', 'Ôn', 'On']
    expect([...names].sort(compareVietnamese)).toEqual([
      'Anh',
      'Ă',
      'Ân',
      'Bùi',
      'Dương',
      'Đặng',
      'On',
      'Ôn',
      'Ơn',
    ])
  })
})

describe('Payload messages in Vietnamese', async () => {
  const { toVietnamese } = await import('@/lib/errors')
  it.each([
    [
      'Document with ID 253 is currently locked by another user and cannot be updated.',
      'người khác chỉnh sửa',
    ],
    ['The following path cannot be queried: address', 'Không được phép lọc'],
    ['Invalid JSON', 'JSON'],
  ])('%s', (message, expected) => {
    expect(toVietnamese(message)).toContain(expected)
  })
  it('leaves Vietnamese messages alone', () => {
    expect(toVietnamese('Trường này là bắt buộc.')).toBe('Trường này là bắt buộc.')
  })
})
