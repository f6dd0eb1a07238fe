/**
 * Login and forgot-password take the same time whether the address has an account or not:
 * Payload answers an unknown address at once but hashes the password (or writes a reset token
 * and sends mail) for a known one, which tells an attacker which addresses exist. Every such
 * answer is held back to a floor that the slow path stays under; the messages are already the same.
 */

const REST_ACCOUNT = /^\/api\/users\/(login|forgot-password)\/?$/
const GRAPHQL_ACCOUNT = /\b(loginUser|forgotPasswordUser)\b/

/** Floors in ms: hashing a password takes tens of ms here, a reset with mail a few hundred. */
export function accountFloorMs(env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number(env.ACCOUNT_RESPONSE_FLOOR_MS)
  return Number.isFinite(configured) && configured >= 0 ? configured : 500
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function isAccountRequest(request: Request): Promise<boolean> {
  if (request.method !== 'POST') return false
  let pathname: string
  try {
    pathname = new URL(request.url).pathname
  } catch {
    return false
  }
  if (REST_ACCOUNT.test(pathname)) return true
  if (pathname !== '/api/graphql' && pathname !== '/api/graphql/') return false
  try {
    return GRAPHQL_ACCOUNT.test(await request.clone().text())
  } catch {
    return false
  }
}

/** Wraps a route handler so that account requests answer no sooner than the floor. */
export function evenAccountTiming<A>(
  handler: (request: Request, args: A) => Promise<Response>,
  floorMs: () => number = accountFloorMs,
): (request: Request, args: A) => Promise<Response> {
  return async (request, args) => {
    if (!(await isAccountRequest(request))) return handler(request, args)
    const started = performance.now()
    try {
      return await handler(request, args)
    } finally {
      const left = floorMs() - (performance.now() - started)
      if (left > 0) await sleep(left)
    }
  }
}
