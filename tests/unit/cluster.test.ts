import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { describe, expect, it } from 'vitest'

import { withRetriedExpiry } from '../../src/cache/cache-handler.mjs'
import { s3Settings } from '@/server/storage'
import { checkRateLimit, redisLimiters } from '@/security/rate-limit'

import { FakeRedis } from '../helpers/fake-redis'

type Handler = ReturnType<typeof createRedisHandler>
type Entry = Parameters<Handler['set']>[1]
type RedisClient = Parameters<typeof createRedisHandler>[0]['client']

/** One handler per app instance, configured as src/cache/cache-handler.mjs does. */
const instance = (redis: FakeRedis): Handler =>
  createRedisHandler({
    // The fake implements only the commands the handler sends.
    client: redis as unknown as RedisClient,
    keyPrefix: 'lantoa:build-1:',
    keyExpirationStrategy: 'EXAT',
  })

function page(html: string, tags: string[]): Entry {
  const seconds = Math.floor(Date.now() / 1000)
  const entry = {
    lastModified: Date.now(),
    lifespan: {
      lastModifiedAt: seconds,
      staleAge: 600,
      staleAt: seconds + 600,
      expireAge: 900,
      expireAt: seconds + 900,
      revalidate: 600,
    },
    tags,
    value: {
      kind: 'APP_PAGE',
      html,
      rscData: Buffer.from([0, 1, 2, 255]),
      segmentData: new Map([['/_tree', Buffer.from('cây')]]),
      headers: { 'x-next-cache-tags': tags.join(',') },
      status: 200,
      postponed: undefined,
    },
  }
  // Next's entry types are internal; this is the shape Next hands the handler for an App Router page.
  return entry as unknown as Entry
}

type Page = { html: string; rscData: Buffer; segmentData: Map<string, Buffer> }
const html = async (handler: Handler, key: string) =>
  ((await handler.get(key, { implicitTags: [] }))?.value as Page | undefined)?.html ?? null

describe('shared page cache (@fortedigital/nextjs-cache-handler over Redis)', () => {
  it('serves on one instance what another wrote, Buffers and Maps intact', async () => {
    const redis = new FakeRedis()
    const [a, b] = [instance(redis), instance(redis)]
    await a.set('/guong-dien-hinh/an', page('<p>Lan Tỏa</p>', ['exemplars']))
    const back = (await b.get('/guong-dien-hinh/an', { implicitTags: [] }))?.value as Page
    expect(back.html).toBe('<p>Lan Tỏa</p>')
    expect(Buffer.isBuffer(back.rscData)).toBe(true)
    expect([...back.rscData]).toEqual([0, 1, 2, 255])
    expect(back.segmentData.get('/_tree')?.toString()).toBe('cây')
  })

  it('a tag expired on one instance is expired on the others, other tags stay', async () => {
    const redis = new FakeRedis()
    const [a, b] = [instance(redis), instance(redis)]
    await b.set('/guong-dien-hinh/an', page('hồ sơ', ['exemplars', '_N_T_/layout']))
    await b.set('/tin-tuc/bai', page('bài viết', ['articles', '_N_T_/layout']))
    await a.revalidateTag('exemplars')
    expect(await html(b, '/guong-dien-hinh/an')).toBeNull()
    expect(await html(b, '/tin-tuc/bai')).toBe('bài viết')
    // A page path (revalidatePath, res.revalidate's implicit tag) expires the same way.
    await a.revalidateTag('_N_T_/layout')
    expect(await html(b, '/tin-tuc/bai')).toBeNull()
  })

  it('Redis down: reads and writes fail (a miss for Next), the expiry is redone once it is back', async () => {
    const redis = new FakeRedis()
    const logged: string[] = []
    const a = withRetriedExpiry(instance(redis), (what: string) => logged.push(what), 60_000)
    const b = instance(redis)
    await a.set('/guong-dien-hinh/an', page('cũ', ['exemplars']))
    redis.isReady = false
    await expect(a.get('/guong-dien-hinh/an', { implicitTags: [] })).rejects.toThrow()
    await expect(a.revalidateTag('exemplars')).rejects.toThrow()
    expect(logged).toEqual(['get', 'revalidateTag'])
    expect([...a.pending]).toEqual(['exemplars'])
    redis.isReady = true
    // Back, but the change made during the outage has not reached Redis yet…
    expect(await html(b, '/guong-dien-hinh/an')).toBe('cũ')
    // …until the client's `ready` event redoes it.
    await a.onReady()
    expect(await html(b, '/guong-dien-hinh/an')).toBeNull()
    expect(a.pending.size).toBe(0)
  })

  it('Redis answering again without a reconnect (a stall): the expiry is retried on a timer', async () => {
    const redis = new FakeRedis()
    const a = withRetriedExpiry(instance(redis), () => undefined, 20)
    await a.set('/guong-dien-hinh/an', page('cũ', ['exemplars']))
    redis.isReady = false
    await expect(a.revalidateTag('exemplars')).rejects.toThrow()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(a.pending.size).toBe(1) // still down: kept
    redis.isReady = true
    await new Promise((resolve) => setTimeout(resolve, 80))
    expect(a.pending.size).toBe(0)
    expect(await html(instance(redis), '/guong-dien-hinh/an')).toBeNull()
  })
})

describe('rate limits shared through Redis (rate-limiter-flexible)', () => {
  const rule = { limit: 2, windowMs: 60_000 }

  it('count in Redis: hits spread over instances meet one limit', async () => {
    const counts = new Map<string, number>()
    const client = {
      isReady: true,
      eval: async (_script: string, { keys }: { keys: string[] }) => {
        const count = (counts.get(keys[0]) ?? 0) + 1
        counts.set(keys[0], count)
        return [count, 30_000]
      },
    }
    const a = redisLimiters(client, 'p:rl:')('login', rule)
    const b = redisLimiters(client, 'p:rl:')('login', rule)
    expect(await checkRateLimit(a, '192.0.2.1', rule)).toMatchObject({ allowed: true })
    expect(await checkRateLimit(b, '192.0.2.1', rule)).toMatchObject({ allowed: true })
    expect(await checkRateLimit(a, '192.0.2.1', rule)).toMatchObject({
      allowed: false,
      retryAfter: 30,
    })
    expect(counts.get('p:rl:login:192.0.2.1')).toBe(3)
  })

  it('count in memory while Redis is disconnected or does not answer in time', async () => {
    const down = { isReady: false, eval: () => Promise.reject(new Error('ECONNREFUSED')) }
    const hung = { isReady: true, eval: () => new Promise<never>(() => undefined) }
    for (const client of [down, hung]) {
      const limiter = redisLimiters(client, 'p:rl:', 100, 50)('login', rule)
      expect((await checkRateLimit(limiter, 'k', rule)).allowed).toBe(true)
      expect((await checkRateLimit(limiter, 'k', rule)).allowed).toBe(true)
      expect((await checkRateLimit(limiter, 'k', rule)).allowed).toBe(false)
    }
  })
})

describe('S3 settings', () => {
  it('are off without S3_BUCKET and path-style with a custom endpoint', () => {
    expect(s3Settings({})).toBeNull()
    expect(
      s3Settings({
        S3_BUCKET: 'b',
        S3_ENDPOINT: 'http://minio:9000',
        S3_ACCESS_KEY_ID: 'a',
        S3_SECRET_ACCESS_KEY: 's',
      }),
    ).toMatchObject({ bucket: 'b', forcePathStyle: true, credentials: { accessKeyId: 'a' } })
    expect(s3Settings({ S3_BUCKET: 'b', S3_FORCE_PATH_STYLE: 'false' })?.forcePathStyle).toBe(false)
  })
})
