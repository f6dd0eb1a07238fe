'use client'

import { useEffect, useSyncExternalStore } from 'react'

const SCALES = [1, 1.125, 1.25, 1.5] as const
const STORAGE_KEY = 'lantoa-display'

type Display = { scale: number; contrast: boolean }

const DEFAULT: Display = { scale: 1, contrast: false }

// The choice lives in localStorage (remembered on this device); components read it as an
// external store, so the server render and the first paint agree on the default.
const listeners = new Set<() => void>()
let current: Display | undefined

function load(): Display {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<Display>
    return {
      scale: SCALES.includes(saved.scale as (typeof SCALES)[number]) ? (saved.scale as number) : 1,
      contrast: saved.contrast === true,
    }
  } catch {
    return DEFAULT
  }
}

const snapshot = (): Display => (current ??= load())

function save(next: Display) {
  current = next
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next))
  } catch {
    // private browsing: the choice lasts for this page only
  }
  listeners.forEach((listener) => listener())
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Larger text and high contrast for readers who need them; remembered on this device. */
export function DisplayToggles() {
  const display = useSyncExternalStore(subscribe, snapshot, () => DEFAULT)
  const setDisplay = save

  useEffect(() => {
    const root = document.documentElement
    root.style.fontSize = display.scale === 1 ? '' : `${display.scale * 100}%`
    root.toggleAttribute('data-contrast', display.contrast)
  }, [display])

  const step = (delta: number) => {
    const index = SCALES.indexOf(display.scale as (typeof SCALES)[number])
    const next = SCALES[Math.min(SCALES.length - 1, Math.max(0, index + delta))]
    setDisplay({ ...display, scale: next })
  }

  return (
    <div className="display-toggles" role="group" aria-label="Cỡ chữ và độ tương phản">
      <button
        type="button"
        onClick={() => step(-1)}
        disabled={display.scale === SCALES[0]}
        aria-label="Giảm cỡ chữ"
      >
        A−
      </button>
      <button
        type="button"
        onClick={() => step(1)}
        disabled={display.scale === SCALES[SCALES.length - 1]}
        aria-label="Tăng cỡ chữ"
      >
        A+
      </button>
      <button
        type="button"
        onClick={() => setDisplay({ ...display, contrast: !display.contrast })}
        aria-pressed={display.contrast}
      >
        Tương phản cao
      </button>
    </div>
  )
}
