/**
 * Origins whose requests may carry the session cookie (Payload `csrf`). A request with the cookie
 * and an `Origin` outside this list is treated as anonymous, so a page on another site cannot act
 * with a logged-in editor's rights. Payload adds `serverURL` itself; without `SERVER_URL` (a
 * `npm start` on a desk) the local addresses are listed, since an empty list accepts every origin.
 * `CSRF_ORIGINS` (comma-separated) adds others, e.g. a second host name of the same portal.
 * Same-origin requests are accepted whatever this list says (src/security/same-origin.ts).
 */
export function trustedOrigins(env: Record<string, string | undefined> = process.env): string[] {
  const origins = new Set<string>()
  const add = (value: string | undefined) => {
    if (!value) return
    try {
      origins.add(new URL(value.trim()).origin)
    } catch {
      // not a URL: ignored
    }
  }
  if (env.SERVER_URL) {
    add(env.SERVER_URL)
  } else {
    const port = env.PORT || '3000'
    add(`http://localhost:${port}`)
    add(`http://127.0.0.1:${port}`)
  }
  for (const value of (env.CSRF_ORIGINS ?? '').split(',')) add(value)
  return [...origins]
}

export function serverUrl(env: Record<string, string | undefined> = process.env): string {
  return (env.SERVER_URL ?? '').trim().replace(/\/+$/, '')
}
