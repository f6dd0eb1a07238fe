// @ts-check
/**
 * The query parameters each public list reads, in one plain-JavaScript place because
 * next.config.mjs needs them too. A list asked for with none of its own parameters (the usual
 * case, and any `?utm_source=…`) is rewritten straight to its cached page by next.config.mjs,
 * without running the proxy; only a query with one of these goes through the proxy, which
 * canonicalises it (src/portal/variants.ts: validators, order).
 */
export const LIST_PARAMS = {
  'guong-dien-hinh': ['don-vi', 'linh-vuc', 'loai', 'nam', 'nhom', 'phong-trao', 'trang'],
  'tin-tuc': ['trang'],
  'thu-vien-anh': ['trang'],
  // `?q=` searches the register (dynamic, src/pages/p/tra-cuu-van-ban.tsx).
  'van-ban': ['q'],
}

/**
 * `next.config.mjs` rewrites: each list with none of its parameters → its one cached page.
 * @param {string} prefix the internal prefix of cached list pages
 * @param {string} none the variant segment for "no parameters"
 */
export function plainListRewrites(prefix, none) {
  return Object.entries(LIST_PARAMS).map(([list, keys]) => ({
    source: `/${list}`,
    missing: keys.map((key) => ({ type: /** @type {const} */ ('query'), key })),
    destination: `${prefix}/${list}/${none}`,
  }))
}
