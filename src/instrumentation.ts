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
  const { prepareDatabase } = await import('./seed/prepare')
  await prepareDatabase()
}
