/**
 * Vietnamese text helpers. Stored text is NFC (TCVN 6909); search and slugs use a
 * "fold": lower case, no tone or vowel marks, đ → d.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g

export function nfc(value: string): string {
  return value.normalize('NFC')
}

export function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

const MAX_SLUG_LENGTH = 80

export function slugify(value: string): string {
  return fold(value)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '')
}

/** Candidate slugs for uniqueness: base, base-2, base-3, … */
export function slugCandidate(base: string, attempt: number): string {
  return attempt <= 1 ? base : `${base}-${attempt}`
}

/** Recursively NFC-normalises every string in a JSON-like value (Lexical trees included). */
export function normalizeDeep<T>(value: T): T {
  if (typeof value === 'string') return nfc(value) as T
  if (Array.isArray(value)) return value.map((item) => normalizeDeep(item)) as T
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) out[key] = normalizeDeep(item)
    return out as T
  }
  return value
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true })

/** Compares names in Vietnamese alphabetical order (a ă â b c d đ e ê …). */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b)
}

type LexicalNode = { text?: unknown; children?: unknown }

/** Plain text of a Lexical editor state, paragraphs separated by spaces. */
export function lexicalToPlainText(state: unknown): string {
  const parts: string[] = []
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    const { text, children } = node as LexicalNode
    if (typeof text === 'string') parts.push(text)
    if (Array.isArray(children)) children.forEach(walk)
  }
  walk((state as { root?: unknown } | null)?.root)
  return parts.join(' ').replace(/\s+/g, ' ').trim()
}

/** The hidden search text: folded, de-duplicated whitespace, bounded length. */
export function searchTextOf(...parts: Array<string | null | undefined>): string {
  return fold(parts.filter(Boolean).join(' ')).slice(0, 20000)
}
