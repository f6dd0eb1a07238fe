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
 * map back onto the original letters. A term shorter than `wordStartBelow` letters is marked
 * only where a word starts, as the full-text index matches it (`fullTextQuery`).
 */
export function highlight(text: string, terms: string[], wordStartBelow = 0): Segment[] {
  const original = text.normalize('NFC')
  const chars = Array.from(original)
  const folded = chars.map(foldChar).join('')
  const marks = new Array<boolean>(chars.length).fill(false)
  for (const term of terms) {
    const wordStart = term.length < wordStartBelow
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      if (wordStart && at > 0 && chars[at - 1] !== ' ') continue
      for (let i = at; i < at + term.length; i++) marks[i] = true
    }
  }
  const segments: Segment[] = []
  for (let start = 0, i = 1; i <= chars.length; i++) {
    if (i < chars.length && marks[i] === marks[start]) continue
    segments.push({ text: chars.slice(start, i).join(''), match: marks[start] })
    start = i
  }
  return segments
}

/** How many `d`s of a word are also tried as `đ`: 2³ spellings at most per word. */
const MAX_D_VARIANTS = 3

/** `doan` → ['doan', 'đoan']: the index folds tone marks but keeps `đ`, so both are looked up. */
function spellings(term: string): string[] {
  let variants = ['']
  let ds = 0
  for (const char of term) {
    const both = char === 'd' && ds++ < MAX_D_VARIANTS
    variants = variants.flatMap((head) => (both ? [head + 'd', head + 'đ'] : [head + char]))
  }
  return variants
}

/** Words shorter than this are matched (and marked) only where a word starts. */
export const WORD_START_BELOW = 3

export type FullTextQuery = {
  /**
   * Every word anywhere in the document (an FTS5 query); asked of the table of titles, every
   * word in the title, which is ranked first.
   */
  anywhere: string
  /** Every word in the title or the body shown: ranked before matches elsewhere. */
  shown: string
  /** The words indexed (two letters or more), as `highlight` marks them. */
  indexed: string[]
  /** Words of one letter, which no trigram holds: checked as substrings of the folded text. */
  letters: string[]
}

/**
 * The FTS5 queries for `terms` over the trigram search tables (migrations `search_shown` and
 * `search_titles`), or null when no word has two letters. A word of three letters or more
 * matches anywhere, as a substring of the folded text; a two-letter word matches the start of a
 * word (a space and two letters make a trigram), which is also what a visitor typing `th` means.
 * Terms are `[a-z0-9]` only (`searchTerms`), so quoting them is safe.
 */
export function fullTextQuery(terms: string[]): FullTextQuery | null {
  const indexed = terms.filter((term) => term.length >= 2)
  if (indexed.length === 0) return null
  const anywhere = indexed
    .map((term) => (term.length < WORD_START_BELOW ? ` ${term}` : term))
    .map(
      (term) =>
        `(${spellings(term)
          .map((spelling) => `"${spelling}"`)
          .join(' OR ')})`,
    )
    .join(' AND ')
  return {
    anywhere,
    shown: `{title body} : (${anywhere})`,
    indexed,
    letters: terms.filter((term) => term.length < 2),
  }
}

/** The plain text of segments. */
export const plainText = (segments: Segment[]): string => segments.map((s) => s.text).join('')

/**
 * At most `max` characters of `segments`, starting a little before the first match so that a
 * match deep in a long body is still shown; an ellipsis marks what was cut.
 */
export function excerptSegments(segments: Segment[], max: number): Segment[] {
  // Characters, not UTF-16 units, so a window never splits a letter; whole segments are sliced
  // (a page of results has twenty bodies to cut).
  const parts = segments.map((segment) => ({
    chars: Array.from(segment.text),
    match: segment.match,
  }))
  const size = (list: typeof parts) => list.reduce((sum, part) => sum + part.chars.length, 0)
  const length = size(parts)
  if (length <= max) return segments
  // Where the first matched character is, counted in characters; -1 when nothing matched.
  const firstPart = parts.findIndex((part) => part.match && part.chars.length > 0)
  const first = firstPart === -1 ? -1 : size(parts.slice(0, firstPart))
  const start = first <= max / 3 ? 0 : Math.min(first - Math.floor(max / 3), length - max)
  const out: Segment[] = []
  let offset = 0
  for (const { chars, match } of parts) {
    const from = Math.max(start - offset, 0)
    const to = Math.min(start + max - offset, chars.length)
    offset += chars.length
    if (from >= to) continue
    const text = chars.slice(from, to).join('')
    const last = out.at(-1)
    if (last && last.match === match) last.text += text
    else out.push({ text, match })
  }
  if (start > 0) out.unshift({ text: '…', match: false })
  if (start + max < length) out.push({ text: '…', match: false })
  return out
}
