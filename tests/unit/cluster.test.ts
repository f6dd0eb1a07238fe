import { describe, expect, it } from 'vitest'

import { decode, encode, isExpired } from '../../src/cache/redis-cache-handler.mjs'
import { s3Settings } from '@/server/storage'
import { MemoryRateLimitStore } from '@/security/rate-limit'
import { RedisRateLimitStore, type RedisEval } from '@/security/redis-rate-limit'

describe('Redis cache handler', () => {
  it('keeps Buffers and Maps of page entries through Redis', () => {
    const entry = {
      lastModified: 1,
      value: {
        kind: 'APP_PAGE',
        html: '<p>Lan Tỏa</p>',
        rscData: Buffer.from([0, 1, 2, 255]),
        segmentData: new Map([['/_tree', Buffer.from('cây')]]),
        headers: { 'x-next-cache-tags': 'exemplars,_N_T_/layout' },
      },
    }
    const back = decode(encode(entry))
    expect(Buffer.isBuffer(back.value.rscData)).toBe(true)
    expect([...back.value.rscData]).toEqual([0, 1, 2, 255])
    expect(back.value.segmentData.get('/_tree').toString()).toBe('cây')
    expect(back.value.html).toBe('<p>Lan Tỏa</p>')
  })

  it('expires entries written before revalidateTag(tag, { expire: 0 }), not those after', () => {
    const manifest = new Map([['exemplars', { stale: 1000, expired: 1000 }]])
    expect(isExpired(manifest, ['exemplars'], 999, 2000)).toBe(true)
    expect(isExpired(manifest, ['exemplars'], 1001, 2000)).toBe(false)
    expect(isExpired(manifest, ['articles'], 999, 2000)).toBe(false)
    // A later expiry (a cache-life profile) takes effect only when it is due.
    const later = new Map([['articles', { stale: 1000, expired: 5000 }]])
    expect(isExpired(later, ['articles'], 999, 2000)).toBe(false)
    expect(isExpired(later, ['articles'], 999, 6000)).toBe(true)
  })
})

describe('Redis rate-limit store', () => {
  it('counts in Redis, and in memory while Redis cannot answer', async () => {
    const counts = new Map<string, number>()
    const client: RedisEval = {
      isReady: true,
      eval: async (_script, { keys }) => {
        const count = (counts.get(keys[0]) ?? 0) + 1
        counts.set(keys[0], count)
        return [count, 30_000]
      },
    }
    const store = new RedisRateLimitStore(client, new MemoryRateLimitStore(), 'p:')
    expect(await store.hit('login:1', 60_000, 0)).toEqual({ count: 1, resetAt: 30_000 })
    expect(await store.hit('login:1', 60_000, 0)).toEqual({ count: 2, resetAt: 30_000 })
    expect(counts.get('p:login:1')).toBe(2)
    const down = new RedisRateLimitStore(
      { eval: () => Promise.reject(new Error('ECONNREFUSED')) },
      new MemoryRateLimitStore(),
    )
    expect((await down.hit('k', 60_000, 0)).count).toBe(1)
    expect((await down.hit('k', 60_000, 0)).count).toBe(2)
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
