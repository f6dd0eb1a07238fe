/**
 * Runs once when the server starts, before it serves: connecting applies pending migrations
 * (prodMigrations), then demo content is seeded into an empty database. Inside the server
 * process, so `npm start` needs no second runtime and the database is ready on first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  // Client address for the rate limiter, HSTS (src/security/http-edge.ts).
  const { installHttpEdge } = await import('./security/http-edge')
  installHttpEdge()
  // SIGTERM: stop taking requests, finish those in flight, close the database (src/server).
  const { installGracefulShutdown } = await import('./server/shutdown')
  installGracefulShutdown()
  // Several instances: rate-limit counters shared through Redis.
  if (process.env.REDIS_URL) {
    const [
      { redisClient, REDIS_PREFIX },
      { RedisRateLimitStore },
      { MemoryRateLimitStore },
      guard,
    ] = await Promise.all([
      import('./server/redis'),
      import('./security/redis-rate-limit'),
      import('./security/rate-limit'),
      import('./security/request-guard'),
    ])
    const client = redisClient()
    if (client) {
      const fallback = new MemoryRateLimitStore(Number(process.env.RATE_LIMIT_MAX_KEYS) || 10_000)
      guard.setRateLimitStore(new RedisRateLimitStore(client, fallback, `${REDIS_PREFIX}rl:`))
    }
  }
  const { prepareDatabase } = await import('./seed/prepare')
  await prepareDatabase()
}
