/**
 * Fixed-window limits per client and per rule, counted by `rate-limiter-flexible`: in memory for
 * one instance, in Redis (one atomic Lua script per hit) when several instances share REDIS_URL,
 * with the memory limiter as insurance while Redis cannot answer.
 *
 * Ours around the library: the environment syntax of a rule, the answer shape the proxy needs,
 * and a cap on the keys the memory limiter keeps (the library keeps one record and one timer per
 * key until its window ends, so a flood of distinct addresses would grow without bound).
 */
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RLWrapperTimeouts,
  type RateLimiterLike,
} from 'rate-limiter-flexible'

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

type MemoryOptions = ConstructorParameters<typeof RateLimiterMemory>[0]

/**
 * The library's memory limiter, keeping at most `maxKeys` keys: the least recently used one is
 * dropped first (at worst somebody's window restarts early), so memory stays bounded.
 */
export class BoundedMemoryLimiter extends RateLimiterMemory {
  /** Keys in the limiter, least recently used first (Map order is insertion order). */
  private readonly recent = new Map<string, true>()

  constructor(
    options: MemoryOptions,
    private readonly maxKeys = 10_000,
  ) {
    super(options)
  }

  get size(): number {
    return this.recent.size
  }

  consume(key: string | number, points?: number, options?: Record<string, unknown>) {
    const id = String(key)
    this.recent.delete(id)
    this.recent.set(id, true)
    while (this.recent.size > this.maxKeys) {
      const oldest = this.recent.keys().next().value
      if (oldest === undefined) break
      this.recent.delete(oldest)
      void this.delete(oldest)
    }
    return super.consume(key, points, options)
  }
}

/** Makes the limiter of one rule (`name` keeps the rules' counters apart). */
export type LimiterFactory = (name: string, rule: RateLimitRule) => RateLimiterLike

const seconds = (rule: RateLimitRule) => Math.max(1, Math.round(rule.windowMs / 1000))

export const memoryLimiters =
  (maxKeys = 10_000): LimiterFactory =>
  (name, rule) =>
    new BoundedMemoryLimiter(
      { keyPrefix: name, points: rule.limit, duration: seconds(rule) },
      maxKeys,
    )

/**
 * Counters shared by every instance: a client spreading its requests over several instances meets
 * one limit. While Redis is disconnected, or takes longer than `timeoutMs` to answer, the instance
 * counts in its own memory rather than refuse or wave everyone through.
 */
export function redisLimiters(
  client: unknown,
  prefix: string,
  maxKeys = 10_000,
  timeoutMs = 500,
): LimiterFactory {
  const memory = memoryLimiters(maxKeys)
  return (name, rule) => {
    const insurance = memory(name, rule)
    const shared = new RateLimiterRedis({
      storeClient: client,
      useRedisPackage: true,
      rejectIfRedisNotReady: true,
      keyPrefix: `${prefix}${name}`,
      points: rule.limit,
      duration: seconds(rule),
      insuranceLimiter: insurance,
    })
    return new RLWrapperTimeouts({ limiter: shared, timeoutMs, insuranceLimiter: insurance })
  }
}

/** What the library resolves or rejects with when it counted the hit (not a store failure). */
function counted(value: unknown): { msBeforeNext: number; remainingPoints: number } | null {
  if (!value || typeof value !== 'object' || value instanceof Error) return null
  const { msBeforeNext, remainingPoints } = value as Record<string, unknown>
  if (typeof msBeforeNext !== 'number' || typeof remainingPoints !== 'number') return null
  return { msBeforeNext, remainingPoints }
}

const retryAfter = (ms: number) => Math.max(1, Math.ceil(ms / 1000))

/** Counts one hit for `key`; a disabled rule (limit 0) counts nothing and lets everything through. */
export async function checkRateLimit(
  limiter: RateLimiterLike,
  key: string,
  rule: RateLimitRule,
): Promise<RateLimitResult> {
  if (rule.limit <= 0) return { allowed: true, limit: 0, remaining: Infinity, retryAfter: 0 }
  try {
    const res = counted(await limiter.consume(key))
    return {
      allowed: true,
      limit: rule.limit,
      remaining: res?.remainingPoints ?? rule.limit,
      retryAfter: retryAfter(res?.msBeforeNext ?? rule.windowMs),
    }
  } catch (rejection) {
    const res = counted(rejection)
    // Over the limit. Anything else is a store failure past the insurance limiter: let it through.
    if (res)
      return {
        allowed: false,
        limit: rule.limit,
        remaining: 0,
        retryAfter: retryAfter(res.msBeforeNext),
      }
    return { allowed: true, limit: rule.limit, remaining: rule.limit, retryAfter: 1 }
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
