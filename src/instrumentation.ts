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
  // Several instances: rate-limit counters shared through Redis (rate-limiter-flexible).
  if (process.env.REDIS_URL) {
    const [{ redisClient, REDIS_PREFIX }, { redisLimiters }, guard] = await Promise.all([
      import('./server/redis'),
      import('./security/rate-limit'),
      import('./security/request-guard'),
    ])
    const client = redisClient()
    if (client)
      guard.setRateLimitBackend(redisLimiters(client, `${REDIS_PREFIX}rl:`, guard.maxKeys()))
  }
  const { prepareDatabase } = await import('./seed/prepare')
  await prepareDatabase()
}
