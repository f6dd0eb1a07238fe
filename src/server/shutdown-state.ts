const DRAINING = Symbol.for('lantoa.draining')
const holder = globalThis as typeof globalThis & { [DRAINING]?: boolean }

/** Set when SIGTERM arrives: readiness answers 503 so the load balancer stops sending traffic. */
export function isDraining(): boolean {
  return holder[DRAINING] === true
}

export function markDraining(): void {
  holder[DRAINING] = true
}
