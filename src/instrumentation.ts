/**
 * Runs once when the server starts, before it serves: connecting applies pending migrations
 * (prodMigrations), then demo content is seeded into an empty database. Inside the server
 * process, so `npm start` needs no second runtime and the database is ready on first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const { prepareDatabase } = await import('./seed/prepare')
  await prepareDatabase()
}
