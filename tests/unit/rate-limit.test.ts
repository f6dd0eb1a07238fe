import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { resolveClientIp, trustedProxyHops } from '@/security/client-ip'
import {
  BoundedMemoryLimiter,
  checkRateLimit,
  memoryLimiters,
  parseRule,
} from '@/security/rate-limit'
import {
  classify,
  guardRequest,
  RATE_LIMIT_RULES,
  ruleFor,
  MAX_REQUEST_BYTES,
  setRateLimitBackend,
  tooLargeBody,
  tooManyRequests,
} from '@/security/request-guard'

describe('fixed-window limiter (rate-limiter-flexible, in memory)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('allows `limit` hits per window, refuses the next, and opens again after the window', async () => {
    const rule = { limit: 3, windowMs: 60_000 }
    const limiter = memoryLimiters()('test', rule)
    for (let i = 0; i < 3; i++) {
      expect((await checkRateLimit(limiter, 'k', rule)).allowed).toBe(true)
      vi.advanceTimersByTime(1)
    }
    vi.advanceTimersByTime(10_000 - 3)
    const refused = await checkRateLimit(limiter, 'k', rule)
    expect(refused).toMatchObject({ allowed: false, remaining: 0, retryAfter: 50 })
    // Another key is counted on its own.
    expect((await checkRateLimit(limiter, 'other', rule)).allowed).toBe(true)
    vi.advanceTimersByTime(50_000)
    expect((await checkRateLimit(limiter, 'k', rule)).allowed).toBe(true)
  })

  it('keeps at most maxKeys keys, dropping the least recently used', async () => {
    const rule = { limit: 1, windowMs: 60_000 }
    const limiter = new BoundedMemoryLimiter({ keyPrefix: 'test', points: 1, duration: 60 }, 100)
    await checkRateLimit(limiter, 'busy', rule)
    vi.advanceTimersByTime(1)
    for (let i = 0; i < 10_000; i++) {
      await checkRateLimit(limiter, `flood-${i}`, rule)
      if (i % 50 === 0) await checkRateLimit(limiter, 'busy', rule) // stays recent, stays refused
    }
    expect(limiter.size).toBe(100)
    // What the library itself holds, not only our bookkeeping.
    expect(limiter.dump().storage).toHaveLength(100)
    expect(await limiter.get('flood-0')).toBeNull()
    expect(await limiter.get('flood-9999')).not.toBeNull()
    expect((await checkRateLimit(limiter, 'busy', rule)).allowed).toBe(false)
  })

  it('a limit of 0 lets everything through', async () => {
    const rule = { limit: 0, windowMs: 1000 }
    const limiter = memoryLimiters()('test', { limit: 1, windowMs: 1000 })
    for (let i = 0; i < 100; i++)
      expect((await checkRateLimit(limiter, 'k', rule)).allowed).toBe(true)
  })

  it('reads limits from the environment', () => {
    const fallback = { limit: 20, windowMs: 60_000 }
    expect(parseRule(undefined, fallback)).toEqual(fallback)
    expect(parseRule('5', fallback)).toEqual({ limit: 5, windowMs: 60_000 })
    expect(parseRule('100/3600', fallback)).toEqual({ limit: 100, windowMs: 3_600_000 })
    expect(parseRule('off', fallback).limit).toBe(0)
    expect(parseRule('nhiều', fallback)).toEqual(fallback)
    expect(ruleFor('login', { RATE_LIMIT_LOGIN: '3/10' })).toEqual({ limit: 3, windowMs: 10_000 })
    expect(ruleFor('login', {})).toEqual(RATE_LIMIT_RULES.login.fallback)
  })
})

describe('which requests are limited', () => {
  it.each([
    ['POST', '/api/users/login', '', 'login'],
    ['POST', '/api/users/first-register', '', 'login'],
    ['POST', '/api/users/forgot-password', '', 'password'],
    ['POST', '/api/users/reset-password', '', 'password'],
    ['POST', '/api/graphql', '', 'graphql'],
    ['GET', '/api/graphql', '?query={x}', 'graphql'],
    ['GET', '/tim-kiem', '?q=doan', 'search'],
    ['GET', '/tim-kiem', '', null],
    ['GET', '/api/exemplars', '?where[name][like]=an', 'api-search'],
    ['GET', '/api/exemplars', '?where%5Bname%5D%5Bcontains%5D=an', 'api-search'],
    ['GET', '/api/exemplars', '?where[slug][equals]=an', null],
    ['GET', '/api/users/me', '', null],
    ['POST', '/api/users/logout', '', null],
    ['GET', '/guong-dien-hinh/nguyen-van-an', '', null],
  ] as const)('%s %s%s → %s', (method, path, search, rule) => {
    expect(classify(method, path, search)).toBe(rule)
  })
})

describe('client address', () => {
  it('comes from the socket unless a proxy is trusted', () => {
    expect(
      resolveClientIp({
        forwardedFor: '6.6.6.6',
        remoteAddress: '::ffff:10.0.0.5',
        trustedHops: 0,
      }),
    ).toBe('10.0.0.5')
  })

  it('behind N trusted proxies is the Nth X-Forwarded-For entry from the right', () => {
    const forwardedFor = '6.6.6.6, 203.0.113.7, 10.0.0.2'
    expect(resolveClientIp({ forwardedFor, remoteAddress: '10.0.0.1', trustedHops: 1 })).toBe(
      '10.0.0.2',
    )
    expect(resolveClientIp({ forwardedFor, remoteAddress: '10.0.0.1', trustedHops: 2 })).toBe(
      '203.0.113.7',
    )
    expect(
      resolveClientIp({ forwardedFor: undefined, remoteAddress: '10.0.0.1', trustedHops: 1 }),
    ).toBe('10.0.0.1')
  })

  it('TRUST_PROXY values', () => {
    expect(trustedProxyHops(undefined)).toBe(0)
    expect(trustedProxyHops('false')).toBe(0)
    expect(trustedProxyHops('true')).toBe(1)
    expect(trustedProxyHops('2')).toBe(2)
  })
})

describe('guardRequest and the 429 answer', () => {
  afterEach(() => setRateLimitBackend(memoryLimiters()))

  const request = (ip: string | null) => ({
    method: 'POST',
    pathname: '/api/users/login',
    search: '',
    headers: new Headers(ip ? { 'x-lantoa-client-ip': ip } : {}),
  })

  it('refuses the (limit+1)th login from one address, not from another', async () => {
    setRateLimitBackend(memoryLimiters())
    const { limit } = ruleFor('login', {})
    for (let i = 0; i < limit; i++)
      expect((await guardRequest(request('192.0.2.1')))?.result.allowed).toBe(true)
    const refused = (await guardRequest(request('192.0.2.1')))!
    expect(refused.result.allowed).toBe(false)
    expect((await guardRequest(request('192.0.2.2')))?.result.allowed).toBe(true)

    const response = tooManyRequests('/api/users/login', refused.result)
    expect(response.status).toBe(429)
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
    const body = (await response.json()) as { errors: Array<{ message: string }> }
    expect(body.errors[0].message).toMatch(/quá nhiều yêu cầu/)

    const page = tooManyRequests('/tim-kiem', refused.result)
    expect(page.headers.get('content-type')).toContain('text/html')
    expect(await page.text()).toContain('lang="vi"')
  })

  it('without the server-resolved address every request shares one bucket', async () => {
    setRateLimitBackend(memoryLimiters())
    const { limit } = ruleFor('login', {})
    for (let i = 0; i < limit; i++) await guardRequest(request(null))
    expect((await guardRequest(request(null)))?.result.allowed).toBe(false)
  })
})

describe('request bodies larger than the proxy passes on', () => {
  it('are refused with 400 and a Vietnamese message before they are read', async () => {
    expect(tooLargeBody('/api/media', String(MAX_REQUEST_BYTES))).toBeNull()
    expect(tooLargeBody('/api/media', null)).toBeNull()
    const refused = tooLargeBody('/api/media', String(50 * 1024 * 1024))!
    expect(refused.status).toBe(400)
    const body = (await refused.json()) as { errors: Array<{ message: string }> }
    expect(body.errors[0].message).toMatch(/10 MB/)
    const other = (await tooLargeBody(
      '/api/document-files',
      String(MAX_REQUEST_BYTES + 1),
    )!.json()) as {
      errors: Array<{ message: string }>
    }
    expect(other.errors[0].message).toMatch(/20 MB/)
  })
})
