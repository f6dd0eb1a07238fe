// @ts-check
/**
 * Security headers for every response, applied by Next from next.config.mjs (no code runs per
 * request, so cached pages stay as fast as static files). HSTS is not here: it depends on
 * SERVER_URL at run time, while these are fixed at build time (see src/security/http-edge.ts).
 *
 * Content-Security-Policy, public site — the trade-off:
 * Next's App Router writes inline <script> tags into every page (the bootstrap and the RSC
 * payload, `self.__next_f.push(...)`), different on every page. The strict alternatives are
 *  - a nonce: Next then has to render every page per request (a nonce in a cached page is
 *    worthless), which ends static/ISR caching of the profile pages;
 *  - hashes: they change with each page's data, so no fixed header can list them, and
 *    `experimental.sri` only covers the external chunk files, not these inline scripts.
 * So script-src allows 'self' and 'unsafe-inline' on the public site, and everything around it is
 * closed: no plugins (object-src), no <base> hijack (base-uri), forms post only here
 * (form-action), nothing fetched from or sent to other hosts (default-src, connect-src,
 * img-src), no framing (frame-ancestors). No stored content reaches the page as HTML (rich text
 * goes through React converters, links through safeHref), which is the XSS defence proper.
 */

/** @param {Record<string, string[]>} directives */
const policy = (directives) =>
  Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ')

export const PUBLIC_CSP = policy({
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
})

/** The Payload admin: React with inline styles and scripts, its own frames (live preview). */
export const ADMIN_CSP = policy({
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'frame-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
})

/**
 * JSON and uploaded files: nothing in an API answer may run or load anything, even if a file
 * ever slipped past the upload checks and a browser opened it directly.
 */
export const API_CSP = policy({
  'default-src': ["'none'"],
  'img-src': ["'self'"],
  'style-src': ["'unsafe-inline'"],
  'frame-ancestors': ["'none'"],
})

/** Directing documents (PDF) open in the browser's own viewer, which is embedded as a plugin. */
export const PDF_CSP = policy({
  'default-src': ["'none'"],
  'object-src': ["'self'"],
  'img-src': ["'self'"],
  'style-src': ["'unsafe-inline'"],
  'frame-ancestors': ["'self'"],
})

export const PERMISSIONS_POLICY =
  'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()'

/** @returns {Array<{ source: string, headers: Array<{ key: string, value: string }> }>} */
export function securityHeaders() {
  const common = [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ]
  // Later entries override earlier ones for the same header (Next's rule).
  return [
    {
      source: '/:path*',
      headers: [
        ...common,
        { key: 'Content-Security-Policy', value: PUBLIC_CSP },
        { key: 'X-Frame-Options', value: 'DENY' },
      ],
    },
    {
      source: '/admin/:path*',
      headers: [
        { key: 'Content-Security-Policy', value: ADMIN_CSP },
        { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
      ],
    },
    {
      source: '/api/:path*',
      headers: [{ key: 'Content-Security-Policy', value: API_CSP }],
    },
    {
      source: '/api/document-files/file/:path*',
      headers: [{ key: 'Content-Security-Policy', value: PDF_CSP }],
    },
  ]
}
