/**
 * A small fixed-window rate limiter, per client and per rule. Memory is bounded: the store keeps
 * at most `maxKeys` windows and drops the least recently used one first, so a flood of distinct
 * addresses costs a fixed amount of memory (and at worst resets somebody's counter early).
 *
 * The store is an interface so that several instances behind a load balancer can share one
 * (e.g. Redis `INCR` + `PEXPIRE`); the in-memory store is right for a single `next start`.
 */

export type RateLimitRule = {
  /** Requests allowed in one window; 0 disables the rule. */
  limit: number
  windowMs: number
}

export type RateLimitResult = {
  allowed: boolean
  limit: number
  remaining: number
  /** Seconds until the window resets (for Retry-After), at least 1. */
  retryAfter: number
}

export type RateLimitHit = { count: number; resetAt: number }

export interface RateLimitStore {
  /** Counts one hit for `key` and returns the count in the current window and when it ends. */
  hit(key: string, windowMs: number, now: number): RateLimitHit | Promise<RateLimitHit>
}

type Window = { count: number; resetAt: number }

export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, Window>()

  constructor(private readonly maxKeys = 10_000) {}

  get size(): number {
    return this.windows.size
  }

  hit(key: string, windowMs: number, now: number): { count: number; resetAt: number } {
    let window = this.windows.get(key)
    if (window) this.windows.delete(key) // re-inserted below: Map order is recency order
    if (!window || window.resetAt <= now) window = { count: 0, resetAt: now + windowMs }
    window.count += 1
    this.windows.set(key, window)
    while (this.windows.size > this.maxKeys) {
      const oldest = this.windows.keys().next().value
      if (oldest === undefined) break
      this.windows.delete(oldest)
    }
    return { count: window.count, resetAt: window.resetAt }
  }
}

export async function checkRateLimit(
  store: RateLimitStore,
  key: string,
  rule: RateLimitRule,
  now = Date.now(),
): Promise<RateLimitResult> {
  if (rule.limit <= 0) return { allowed: true, limit: 0, remaining: Infinity, retryAfter: 0 }
  const { count, resetAt } = await store.hit(key, rule.windowMs, now)
  return {
    allowed: count <= rule.limit,
    limit: rule.limit,
    remaining: Math.max(0, rule.limit - count),
    retryAfter: Math.max(1, Math.ceil((resetAt - now) / 1000)),
  }
}

/**
 * Reads a limit from the environment: `N` (per minute), `N/S` (N per S seconds), `0` or `off`
 * (disabled). Anything unreadable keeps the default.
 */
export function parseRule(value: string | undefined, fallback: RateLimitRule): RateLimitRule {
  if (value === undefined || value.trim() === '') return fallback
  const text = value.trim().toLowerCase()
  if (text === 'off' || text === 'false') return { limit: 0, windowMs: fallback.windowMs }
  const match = /^(\d+)(?:\s*\/\s*(\d+))?$/.exec(text)
  if (!match) return fallback
  const limit = Number(match[1])
  const seconds = match[2] === undefined ? 60 : Number(match[2])
  if (!Number.isSafeInteger(limit) || !seconds) return fallback
  return { limit, windowMs: seconds * 1000 }
}
