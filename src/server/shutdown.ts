import http from 'node:http'

import { markDraining } from './shutdown-state'

const SERVERS = Symbol.for('lantoa.http-servers')
const INSTALLED = Symbol.for('lantoa.shutdown')
const holder = globalThis as typeof globalThis & {
  [SERVERS]?: Set<http.Server>
  [INSTALLED]?: boolean
  _payload?: Map<string, { payload: { destroy(): Promise<void> } | null }>
}

/** The HTTP servers of this process (recorded by src/security/http-edge.ts as they serve). */
export function knownServers(): Set<http.Server> {
  holder[SERVERS] ??= new Set()
  return holder[SERVERS]
}

const log = (msg: string, extra: Record<string, unknown> = {}) =>
  console.log(JSON.stringify({ level: 'info', time: Date.now(), msg: `[lantoa] ${msg}`, ...extra }))

function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    // Idle keep-alive connections are closed as soon as they fall idle, so the load balancer
    // notices at once; requests in flight finish (responses say `Connection: close`).
    const sweep = setInterval(() => server.closeIdleConnections(), 100)
    server.close(() => {
      clearInterval(sweep)
      resolve()
    })
    server.closeIdleConnections()
  })
}

/**
 * SIGTERM / SIGINT (when NEXT_MANUAL_SIG_HANDLE is set, as `npm start` and deploy/ do, so Next
 * leaves the signals to us): readiness turns 503, the listener stops accepting after
 * SHUTDOWN_DRAIN_MS, requests in flight finish (at most SHUTDOWN_TIMEOUT_MS), then the database
 * connections are closed and the process exits 0.
 */
export function installGracefulShutdown(): void {
  if (holder[INSTALLED] || !process.env.NEXT_MANUAL_SIG_HANDLE) return
  holder[INSTALLED] = true
  let started = false
  const shutdown = async (signal: NodeJS.Signals) => {
    if (started) return
    started = true
    const drainMs = Number(process.env.SHUTDOWN_DRAIN_MS ?? 0)
    const timeoutMs = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 25_000)
    markDraining()
    log('shutting down', { signal, drainMs })
    const hardStop = setTimeout(() => {
      log('shutdown timeout: exiting with requests still open')
      process.exit(1)
    }, drainMs + timeoutMs)
    hardStop.unref()
    if (drainMs > 0) await new Promise((resolve) => setTimeout(resolve, drainMs))
    await Promise.all([...knownServers()].map(closeServer))
    for (const cached of holder._payload?.values() ?? []) {
      try {
        await cached.payload?.destroy()
      } catch {
        // closing anyway
      }
    }
    log('stopped')
    process.exit(0)
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  process.on('SIGINT', () => void shutdown('SIGINT'))
}
