import { CLIENT_IP_HEADER } from './client-ip'
import type { RateLimiterLike } from 'rate-limiter-flexible'

import {
  checkRateLimit,
  memoryLimiters,
  parseRule,
  type LimiterFactory,
  type RateLimitResult,
  type RateLimitRule,
} from './rate-limit'

/**
 * Which requests are limited, and how much by default. The defaults leave room for a busy office
 * behind one NAT address and for the test suites; each can be changed (or turned off with `off`)
 * through its environment variable: `N` per minute or `N/S` per S seconds.
 */
export const RATE_LIMIT_RULES = {
  /** Password guessing: login and first-register (REST; the admin's login form uses REST too). */
  login: { env: 'RATE_LIMIT_LOGIN', fallback: { limit: 30, windowMs: 60_000 } },
  /** Mail flooding and token guessing: forgot-password and reset-password. */
  password: { env: 'RATE_LIMIT_PASSWORD', fallback: { limit: 10, windowMs: 600_000 } },
  /** GraphQL: one request can be expensive (and can log in through `loginUsers`). */
  graphql: { env: 'RATE_LIMIT_GRAPHQL', fallback: { limit: 60, windowMs: 60_000 } },
  /**
   * The public search page: never cached, each query a full-text query (one of one-letter words
   * only still reads every published document's folded text).
   */
  search: { env: 'RATE_LIMIT_SEARCH', fallback: { limit: 60, windowMs: 60_000 } },
  /** REST text search (`where[…][like|contains]`): a scan of the folded text through the API. */
  'api-search': { env: 'RATE_LIMIT_API_SEARCH', fallback: { limit: 120, windowMs: 60_000 } },
} as const satisfies Record<string, { env: string; fallback: RateLimitRule }>

export type RateLimitRuleName = keyof typeof RATE_LIMIT_RULES

export function ruleFor(
  name: RateLimitRuleName,
  env: Record<string, string | undefined> = process.env,
): RateLimitRule {
  const { env: variable, fallback } = RATE_LIMIT_RULES[name]
  return parseRule(env[variable], fallback)
}

const USER_AUTH = /^\/api\/users\/(login|first-register)\/?$/
const USER_PASSWORD = /^\/api\/users\/(forgot-password|reset-password)\/?$/
const TEXT_SEARCH = /\[(like|contains|not_like)\]/

/** The rule a request falls under, if any. */
export function classify(
  method: string,
  pathname: string,
  search: string,
): RateLimitRuleName | null {
  const verb = method.toUpperCase()
  if (verb === 'POST' && USER_AUTH.test(pathname)) return 'login'
  if (verb === 'POST' && USER_PASSWORD.test(pathname)) return 'password'
  if (pathname === '/api/graphql' || pathname === '/api/graphql/')
    return verb === 'OPTIONS' ? null : 'graphql'
  // Only an actual query costs anything (and a prefetch of the bare page is not a search).
  if (pathname === '/tim-kiem' || pathname === '/tim-kiem/') {
    return /[?&]q=[^&]/.test(search) ? 'search' : null
  }
  if (verb === 'GET' && pathname.startsWith('/api/') && search) {
    let query = search
    try {
      query = decodeURIComponent(search)
    } catch {
      // keep the raw text: a malformed escape is Payload's to refuse
    }
    if (TEXT_SEARCH.test(query)) return 'api-search'
  }
  return null
}

export const TOO_MANY_REQUESTS = (seconds: number) =>
  `Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau ${seconds} giây.`

/**
 * The limiters live on globalThis: the proxy and the instrumentation hook (which installs the
 * Redis-backed ones when REDIS_URL is set, src/instrumentation.ts) are bundled apart but share a
 * process. One limiter per rule and setting, made on first use.
 */
const BACKEND = Symbol.for('lantoa.rate-limit-backend')
type Backend = { create: LimiterFactory; limiters: Map<string, RateLimiterLike> }
const holder = globalThis as typeof globalThis & { [BACKEND]?: Backend }

export const maxKeys = () => Number(process.env.RATE_LIMIT_MAX_KEYS) || 10_000

/** Where counters are kept from now on (memory by default); call before the first request. */
export function setRateLimitBackend(create: LimiterFactory): void {
  holder[BACKEND] = { create, limiters: new Map() }
}

function limiterFor(name: RateLimitRuleName, rule: RateLimitRule): RateLimiterLike {
  holder[BACKEND] ??= { create: memoryLimiters(maxKeys()), limiters: new Map() }
  const { create, limiters } = holder[BACKEND]
  const id = `${name}:${rule.limit}/${rule.windowMs}`
  let limiter = limiters.get(id)
  if (!limiter) {
    limiter = create(name, rule)
    limiters.set(id, limiter)
  }
  return limiter
}

export type GuardInput = { method: string; pathname: string; search: string; headers: Headers }

export type GuardDecision = { rule: RateLimitRuleName; result: RateLimitResult } | null

/** Counts the request against its rule; null when it is not limited at all. */
export async function guardRequest(input: GuardInput): Promise<GuardDecision> {
  const rule = classify(input.method, input.pathname, input.search)
  if (!rule) return null
  // Set by the HTTP server from the socket (http-edge.ts); a request that did not pass through
  // it (never in `next start`) shares one bucket rather than trusting a header.
  const ip = input.headers.get(CLIENT_IP_HEADER) || 'unverified'
  const settings = ruleFor(rule)
  const result = await checkRateLimit(limiterFor(rule, settings), ip, settings)
  return { rule, result }
}

/** The 429 answer: JSON like every other API error, a short Vietnamese page for the site. */
export function tooManyRequests(pathname: string, result: RateLimitResult): Response {
  const message = TOO_MANY_REQUESTS(result.retryAfter)
  const headers = {
    'retry-after': String(result.retryAfter),
    'cache-control': 'no-store',
    'x-ratelimit-limit': String(result.limit),
    'x-ratelimit-remaining': '0',
  }
  if (pathname.startsWith('/api/')) {
    return Response.json(
      { errors: [{ name: 'TooManyRequests', message }] },
      { status: 429, headers },
    )
  }
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Quá nhiều yêu cầu</title></head><body><main><h1>Quá nhiều yêu cầu</h1><p>${message}</p><p><a href="/">Về trang chủ</a></p></main></body></html>`
  return new Response(html, {
    status: 429,
    headers: { ...headers, 'content-type': 'text/html; charset=utf-8' },
  })
}

/**
 * Next hands the proxy a copy of the request body and cuts it at `proxyClientMaxBodySize`
 * (next.config.mjs): the route would then get a truncated multipart body and answer 500. Larger
 * uploads are refused here instead, with the same kind of message as the upload checks.
 */
export const MAX_REQUEST_BYTES = 21 * 1024 * 1024

export function tooLargeBody(pathname: string, contentLength: string | null): Response | null {
  const length = Number(contentLength)
  if (!contentLength || !Number.isFinite(length) || length <= MAX_REQUEST_BYTES) return null
  const message = pathname.startsWith('/api/media')
    ? 'Tệp ảnh vượt quá 10 MB. Vui lòng giảm dung lượng ảnh rồi tải lên lại.'
    : 'Tệp tải lên vượt quá dung lượng cho phép (tối đa 20 MB).'
  return Response.json(
    { errors: [{ name: 'PayloadTooLarge', message }] },
    { status: 400, headers: { connection: 'close', 'cache-control': 'no-store' } },
  )
}
