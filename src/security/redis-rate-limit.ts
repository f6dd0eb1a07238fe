import type { RateLimitHit, RateLimitStore } from './rate-limit'

/** The part of a Redis client the store uses (node-redis `eval`). */
export type RedisEval = {
  isReady?: boolean
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>
}

/** One round trip: count the hit, start the window on the first one, say when it ends. */
const HIT = `local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {count, ttl}`

/**
 * Fixed windows shared by every instance (`INCR` + `PEXPIRE`): a client spreading its requests
 * over several instances behind the load balancer meets one limit. While Redis cannot answer,
 * the instance counts in its own memory (`fallback`) rather than refuse or wave everyone through.
 */
export class RedisRateLimitStore implements RateLimitStore {
  constructor(
    private readonly client: RedisEval,
    private readonly fallback: RateLimitStore,
    private readonly prefix = 'lantoa:rl:',
    private readonly timeoutMs = 500,
  ) {}

  async hit(key: string, windowMs: number, now: number): Promise<RateLimitHit> {
    if (this.client.isReady === false) return this.fallback.hit(key, windowMs, now)
    let timer: NodeJS.Timeout | undefined
    try {
      const reply = (await Promise.race([
        this.client.eval(HIT, { keys: [this.prefix + key], arguments: [String(windowMs)] }),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), this.timeoutMs)
        }),
      ])) as [number, number]
      return { count: Number(reply[0]), resetAt: now + Math.max(0, Number(reply[1])) }
    } catch {
      return this.fallback.hit(key, windowMs, now)
    } finally {
      clearTimeout(timer)
    }
  }
}
