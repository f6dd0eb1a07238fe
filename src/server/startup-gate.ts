/**
 * Requests wait at the door until the server has started, and the first portal page then goes
 * through alone.
 *
 * Seen this stop: when several portal pages (Pages Router) were loaded for the first time at
 * once — requests that arrived while `register()` ran (src/instrumentation.ts: migrations, demo
 * seed), released together, or racing Next's own preloading of every page — sometimes none of
 * them ever answered, and no portal page of that instance answered afterwards, while API routes
 * did (4 of 19 starts under `npm start`, whose readiness poll asks for `/` at once; one CI run
 * with every held request released at the same moment). A burst that came after the first page
 * had been served never hung. So: `register()` closes the gate; when it ends, one page request
 * goes through alone (the portal's modules load once) and the others follow when it has
 * answered. Next's preloading is off (next.config.mjs) for the same reason. The mechanism inside
 * Next/Turbopack is not known. Health and readiness are never held: they only report the state.
 */
const GATE = Symbol.for('lantoa.startup-gate')
type Gate = {
  /** 'closed' until register() ends; 'warming' while the first page request is served. */
  state: 'closed' | 'warming' | 'open'
  waiting: { url: string; resume: () => void }[]
  /** Some request has been let through while warming. */
  leader: boolean
}
const holder = globalThis as typeof globalThis & { [GATE]?: Gate }

/** Paths never held (they only report the server's state). */
const ALWAYS_OPEN = /^\/api\/(health|ready)(?:[/?]|$)/
/** Paths that are not portal pages: they do not warm the page modules, and do not wait for it. */
const NOT_A_PAGE = /^\/(api|admin|_next)(?:[/?]|$)|^\/[^/?]+\.[a-z0-9]+(?:\?|$)/i
/** A first page that takes longer than this does not hold the others any more. */
const WARM_LIMIT_MS = 60_000

export function closeStartupGate(): void {
  holder[GATE] = { state: 'closed', waiting: [], leader: false }
}

function openFully(gate: Gate): void {
  if (gate.state === 'open') return
  gate.state = 'open'
  for (const { resume } of gate.waiting.splice(0)) resume()
}

/** The leader's request has been answered (or gave up): everything else goes on. */
function leaderDone(gate: Gate): void {
  openFully(gate)
}

/**
 * Start-up is over: non-page requests go on; one page request (the first held, else the first to
 * come) goes on alone, and the rest when it has been answered.
 */
export function openStartupGate(): void {
  const gate = holder[GATE]
  if (!gate || gate.state !== 'closed') return
  gate.state = 'warming'
  const held = gate.waiting.splice(0)
  for (const entry of held) {
    if (NOT_A_PAGE.test(entry.url) || gate.leader) {
      if (NOT_A_PAGE.test(entry.url)) entry.resume()
      else gate.waiting.push(entry)
      continue
    }
    gate.leader = true
    entry.resume()
  }
  setTimeout(() => openFully(gate), WARM_LIMIT_MS).unref?.()
}

/**
 * Holds `resume` while the gate says so; false when the request may go on now. `onDone` is
 * given a callback the caller runs when this request's response has ended (the leader's end
 * opens the gate).
 */
export function holdUntilStarted(
  url: string | undefined,
  resume: () => void,
  onDone?: (done: () => void) => void,
): boolean {
  const gate = holder[GATE]
  const path = url ?? ''
  if (!gate || gate.state === 'open' || ALWAYS_OPEN.test(path)) return false
  if (gate.state === 'warming') {
    if (NOT_A_PAGE.test(path)) return false
    if (!gate.leader) {
      gate.leader = true
      onDone?.(() => leaderDone(gate))
      return false
    }
  }
  gate.waiting.push({
    url: path,
    resume: () => {
      // A held request that becomes the leader when the gate opens reports its end too.
      if (gate.state === 'warming' && !NOT_A_PAGE.test(path)) onDone?.(() => leaderDone(gate))
      resume()
    },
  })
  return true
}
