/**
 * The one place that decides whether a URL from stored content may become a link (rich-text
 * links, feeds). Only web, mail and phone links pass; `javascript:`, `data:`, `vbscript:`,
 * `file:` and any other scheme come back as null, and the caller renders plain text instead.
 */

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel'])

// Browsers drop ASCII tab and newlines anywhere in a URL and trim C0 controls and spaces at
// its ends, so "java\tscript:" and " javascript:" still run: remove them before looking.
const IGNORED_BY_BROWSERS =
  /[\u0000-\u001f\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/g

const SCHEME = /^([a-z][a-z0-9+.-]*):/i

export function safeHref(url: unknown): string | null {
  if (typeof url !== 'string') return null
  const cleaned = url.replace(IGNORED_BY_BROWSERS, '').trim()
  if (!cleaned) return null
  // A backslash reads as a slash to browsers ("\\evil.example" is protocol-relative): refuse
  // the ambiguity rather than guess.
  if (cleaned.includes('\\')) return null
  const scheme = SCHEME.exec(cleaned)
  if (scheme) return ALLOWED_SCHEMES.has(scheme[1].toLowerCase()) ? cleaned : null
  // No scheme: a relative link, unless a colon before the first slash makes it look like one
  // to some parser ("javascript&colon;" never reaches here: React escapes, not decodes).
  const colon = cleaned.indexOf(':')
  const firstBreak = cleaned.search(/[/?#]/)
  if (colon >= 0 && (firstBreak < 0 || colon < firstBreak)) return null
  return cleaned
}

/** Whether the link leaves the portal (opened with rel="noopener noreferrer"). */
export function isExternalHref(href: string): boolean {
  return /^(https?:)?\/\//i.test(href)
}
