// @ts-check
/**
 * Security headers for every response, applied by Next from next.config.mjs (no code runs per
 * request, so cached pages stay as fast as static files). HSTS is not here: it depends on
 * SERVER_URL at run time, while these are fixed at build time (see src/security/http-edge.ts).
 *
 * Content-Security-Policy, public site: strict. The portal's pages are Pages Router documents
 * with no framework runtime (`unstable_runtimeJS: false`): no inline script, no inline style
 * attribute; the one script is the portal's own file (`/portal.js`). JSON-LD blocks are data
 * (`type="application/ld+json"`), which script-src does not govern. No stored content reaches
 * the page as HTML (rich text goes through React converters, links through safeHref).
 */

/** @param {Record<string, string[]>} directives */
const policy = (directives) =>
  Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ')

export const PUBLIC_CSP = policy({
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
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

/**
 * Anonymous public pages may be kept by shared caches (nginx, a CDN) for a few seconds and served
 * stale a little longer while one request refreshes them: the publish → visible bound through a
 * shared cache is `s-maxage` plus one request. Signed-in visitors get `private` from the proxy.
 */
export const PUBLIC_PAGE_CACHE = 'public, max-age=0, s-maxage=5, stale-while-revalidate=30'

/** The public pages served from the cache (the search pages stay dynamic and private). */
const CACHED_PAGES = [
  '/',
  '/guong-dien-hinh',
  '/guong-dien-hinh/:slug',
  '/guong-dien-hinh/:slug/in',
  '/tin-tuc',
  '/tin-tuc/:slug',
  '/phong-trao',
  '/phong-trao/:slug',
  '/don-vi/:slug',
  '/thu-vien-anh',
  '/gioi-thieu',
  '/lien-he',
  '/rss.xml',
  '/sitemap.xml',
]

export const PERMISSIONS_POLICY =
  'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()'

/** @returns {Array<{ source: string, missing?: Array<{ type: 'query', key: string }>, headers: Array<{ key: string, value: string }> }>} */
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
    ...CACHED_PAGES.map((source) => ({
      source,
      headers: [{ key: 'Cache-Control', value: PUBLIC_PAGE_CACHE }],
    })),
    {
      source: '/van-ban',
      missing: [{ type: 'query', key: 'q' }],
      headers: [{ key: 'Cache-Control', value: PUBLIC_PAGE_CACHE }],
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
