// @ts-check
/**
 * The query parameters each public list reads and the canonical spelling of each value, in one
 * plain-JavaScript place because next.config.mjs needs them too (src/portal/variants.ts builds
 * its validators from them).
 *
 * A list is cached as one page per canonical query (src/portal/variants.ts). The usual shapes
 * reach their cached page through next.config.mjs rewrites alone: no parameter, or one filter
 * and/or a page number, spelled canonically (any other parameter, such as `?utm_source=…`, is
 * ignored). Every other shape (two filters, a value to correct or drop) runs the proxy, which
 * canonicalises it: the proxy costs about 2.5 ms a request, more than serving the cached page.
 * The proxy's matcher (src/proxy.ts) is the complement of the rewrites, written out literally
 * because Next reads it statically; `proxyListMatchers` gives it and a unit test keeps it equal.
 */

/** A slug as the collections make them. */
const SLUG = '[a-z0-9][a-z0-9-]{0,99}'
/** Pages 2 to 10,000 (page 1 is the list without `trang`), without leading zeros. */
const PAGE = '(?:[2-9]|[1-9][0-9]{1,3}|10000)'
/** Years 1990 to 2100: FIRST_YEAR, LAST_YEAR in src/lib/period.ts (kept equal by a unit test). */
const YEAR = '(?:199[0-9]|20[0-9]{2}|2100)'
/** The keys of a set of labels (src/lib/labels.ts; a unit test keeps them equal). */
const oneOf = (/** @type {string[]} */ keys) => `(?:${keys.join('|')})`

/**
 * @typedef {{ pattern: string, numeric?: boolean, filter?: boolean }} ParamSpec
 * `pattern`: the canonical value (a regular expression source, matched whole); `numeric`: the
 * proxy reads `02` as `2`; `filter`: a filter, of which the rewrites take one at a time.
 */

/** @type {Record<string, Record<string, ParamSpec>>} Each list's parameters, in canonical order. */
export const LIST_SPECS = {
  'guong-dien-hinh': {
    'don-vi': { pattern: SLUG, filter: true },
    'linh-vuc': {
      pattern: oneOf([
        'economy',
        'agriculture',
        'culture-society',
        'education',
        'health',
        'defence-security',
        'party-government',
        'other',
      ]),
      filter: true,
    },
    loai: { pattern: oneOf(['individual', 'collective', 'household']), filter: true },
    nam: { pattern: YEAR, numeric: true, filter: true },
    nhom: {
      pattern: oneOf(['advanced', 'good-deeds', 'new-factor', 'good-model']),
      filter: true,
    },
    'phong-trao': { pattern: SLUG, filter: true },
    trang: { pattern: PAGE, numeric: true },
  },
  'tin-tuc': { trang: { pattern: PAGE, numeric: true } },
  'thu-vien-anh': { trang: { pattern: PAGE, numeric: true } },
  // `?q=` searches the register (dynamic, src/pages/p/tra-cuu-van-ban.tsx): always the proxy.
  'van-ban': {},
}

/** @type {Record<string, string[]>} The parameters each list reads, `q` of the register included. */
export const LIST_PARAMS = Object.fromEntries(
  Object.entries(LIST_SPECS).map(([list, specs]) => [
    list,
    list === 'van-ban' ? ['q'] : Object.keys(specs),
  ]),
)

/** A named group for a parameter (`don-vi` → `donvi`): Next turns groups into parameters. */
const groupOf = (/** @type {string} */ key) => key.replace(/[^a-z]/g, '')

/**
 * @param {string} key
 * @param {string} [value]
 */
const query = (key, value) =>
  value === undefined
    ? { type: /** @type {const} */ ('query'), key }
    : { type: /** @type {const} */ ('query'), key, value }

/**
 * The lists grouped by identical parameters (`tin-tuc` and `thu-vien-anh` take only `trang`),
 * each group one path pattern: Next compiles every rewrite's pattern again on every request, so
 * fewer rewrites make every page a little cheaper.
 * @returns {{ source: string, lists: string[], keys: string[], specs: Record<string, ParamSpec> }[]}
 */
function listGroups() {
  /** @type {Map<string, string[]>} */
  const groups = new Map()
  for (const list of Object.keys(LIST_SPECS)) {
    const key = JSON.stringify([LIST_PARAMS[list], LIST_SPECS[list]])
    groups.set(key, [...(groups.get(key) ?? []), list])
  }
  return [...groups.values()].map((lists) => ({
    source: lists.length === 1 ? `/${lists[0]}` : `/:list(${lists.join('|')})`,
    lists,
    keys: LIST_PARAMS[lists[0]],
    specs: LIST_SPECS[lists[0]],
  }))
}

/**
 * `next.config.mjs` rewrites for each list: with none of its parameters → its plain cached page;
 * with one filter and/or a page, each spelled canonically → that variant's cached page.
 * @param {string} prefix the internal prefix of cached list pages
 * @param {string} none the variant segment for "no parameters"
 */
export function listRewrites(prefix, none) {
  return listGroups().flatMap(({ source, lists, keys, specs }) => {
    const list = lists.length === 1 ? lists[0] : ':list'
    const plain = {
      source,
      missing: keys.map((key) => query(key)),
      destination: `${prefix}/${list}/${none}`,
    }
    const filters = Object.keys(specs).filter((key) => specs[key].filter)
    const shapes = [...filters.map((key) => [key]), []].flatMap((chosen) =>
      specs.trang ? [chosen, [...chosen, 'trang']] : [chosen],
    )
    const variants = shapes
      .filter((chosen) => chosen.length > 0)
      .map((chosen) => {
        const ordered = keys.filter((key) => chosen.includes(key))
        return {
          source,
          has: ordered.map((key) => query(key, `(?<${groupOf(key)}>${specs[key].pattern})`)),
          missing: keys.filter((key) => !chosen.includes(key)).map((key) => query(key)),
          destination: `${prefix}/${list}/${ordered.map((key) => `${key}=:${groupOf(key)}`).join('&')}`,
        }
      })
    return [plain, ...variants]
  })
}

/**
 * The proxy's matchers for the lists: exactly the queries no rewrite above serves — two filters
 * at once, or any of a list's parameters spelled other than canonically (an empty value counts
 * as absent, as for the rewrites and the proxy).
 */
export function proxyListMatchers() {
  return listGroups().flatMap(({ source, lists, specs }) => {
    if (lists.includes('van-ban')) return [{ source, has: [query('q')] }]
    const keys = Object.keys(specs)
    const filters = keys.filter((key) => specs[key].filter)
    const pairs = filters.flatMap((a, i) =>
      filters.slice(i + 1).map((b) => ({ source, has: [query(a), query(b)] })),
    )
    const misspelt = keys.map((key) => ({
      source,
      has: [query(key, `(?!${specs[key].pattern}$).*`)],
    }))
    return [...pairs, ...misspelt]
  })
}
