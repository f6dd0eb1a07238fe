import type { Where } from 'payload'

import { fold } from '@/lib/vietnamese'

const MAX_TERMS = 8
const MAX_QUERY_LENGTH = 200

/** The folded words of a query: `Nguyễn  VĂN an` → ['nguyen', 'van', 'an']. */
export function searchTerms(query: string | null | undefined): string[] {
  const words = fold(
    String(query ?? '')
      .slice(0, MAX_QUERY_LENGTH)
      .normalize('NFC'),
  )
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  return [...new Set(words)].slice(0, MAX_TERMS)
}

/**
 * Every word must appear in the folded `searchText`: case- and diacritic-insensitive on any
 * database adapter (`contains` is a plain substring match on SQLite and MongoDB alike).
 */
export function searchWhere(terms: string[]): Where {
  return { and: terms.map((term) => ({ searchText: { contains: term } })) }
}

/** Rank: more occurrences in the title weigh more than in the body. */
export function searchScore(terms: string[], title: string, body: string): number {
  const t = fold(title)
  const b = fold(body)
  return terms.reduce(
    (score, term) => score + (t.includes(term) ? 10 : 0) + (b.includes(term) ? 1 : 0),
    0,
  )
}

export type Segment = { text: string; match: boolean }

/** One folded character per character; an alphabet is small, so each is folded once. */
const foldedChars = new Map<string, string>()
function foldChar(char: string): string {
  let folded = foldedChars.get(char)
  if (folded === undefined) {
    folded = (fold(char) || ' ')[0] ?? ' '
    if (foldedChars.size < 10_000) foldedChars.set(char, folded)
  }
  return folded
}

/**
 * Splits `text` into plain and matched segments for highlighting. Folding an NFC string
 * character by character keeps positions (ễ → e, đ → d), so matches found in the folded text
 * map back onto the original letters.
 */
export function highlight(text: string, terms: string[]): Segment[] {
  const original = text.normalize('NFC')
  const chars = Array.from(original)
  const folded = chars.map(foldChar).join('')
  const marks = new Array<boolean>(chars.length).fill(false)
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      for (let i = at; i < at + term.length; i++) marks[i] = true
    }
  }
  const segments: Segment[] = []
  chars.forEach((char, i) => {
    const last = segments.at(-1)
    if (last && last.match === marks[i]) last.text += char
    else segments.push({ text: char, match: marks[i] })
  })
  return segments
}
