/**
 * Requests wait at the door until the server has started (src/instrumentation.ts: migrations,
 * demo seed, first administrator). A Pages Router page asked for while `register()` was still
 * running sometimes never answered, and from then on no portal page on that instance answered
 * (seen under `npm start`, whose own readiness poll asks for `/` at once, in the e2e setup and in
 * the cluster test; never once requests arrived after start-up). Holding requests until then
 * removes that overlap. Health and readiness are not held here: they only report the state.
 */
const GATE = Symbol.for('lantoa.startup-gate')
type Gate = { open: boolean; waiting: (() => void)[] }
const holder = globalThis as typeof globalThis & { [GATE]?: Gate }

/** Paths answered while the server starts (they only report its state). */
const ALWAYS_OPEN = /^\/api\/(health|ready)(?:[/?]|$)/

export function closeStartupGate(): void {
  holder[GATE] = { open: false, waiting: [] }
}

/** Lets every held request through, in arrival order; later requests pass straight away. */
export function openStartupGate(): void {
  const gate = holder[GATE]
  if (!gate || gate.open) return
  gate.open = true
  for (const resume of gate.waiting.splice(0)) resume()
}

/** Holds `resume` until the gate opens; false when the request may go on now. */
export function holdUntilStarted(url: string | undefined, resume: () => void): boolean {
  const gate = holder[GATE]
  if (!gate || gate.open || ALWAYS_OPEN.test(url ?? '')) return false
  gate.waiting.push(resume)
  return true
}
