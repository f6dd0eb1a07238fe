/**
 * Asks `url` until it answers 200 and returns how long that took (ms). The one readiness poll of
 * the e2e setup, the cluster test and the bench.
 *
 * An attempt that hangs is given up after 20 s and asked again, so a server that never answers
 * fails the wait after `timeoutMs` (with the caller's log) instead of holding it forever.
 * `gone()` is asked before each attempt: a reason it returns (the server exited, its log shows a
 * fatal error) ends the wait at once with that reason.
 */
export async function untilReady(
  url: string,
  {
    timeoutMs,
    everyMs = 300,
    gone = () => null,
  }: { timeoutMs: number; everyMs?: number; gone?: () => string | null },
): Promise<number> {
  const started = performance.now()
  while (performance.now() - started < timeoutMs) {
    const reason = gone()
    if (reason) throw new Error(reason)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(20_000) })
      await response.arrayBuffer()
      if (response.status === 200) return performance.now() - started
    } catch {
      // not listening yet, or the attempt hung
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
  throw new Error(`Server not ready at ${url} after ${timeoutMs} ms`)
}
