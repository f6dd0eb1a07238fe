'use client'

import { useEffect, useState } from 'react'

const SCALES = [1, 1.125, 1.25, 1.5] as const
const STORAGE_KEY = 'lantoa-display'

type Display = { scale: number; contrast: boolean }

function load(): Display {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<Display>
    return {
      scale: SCALES.includes(saved.scale as (typeof SCALES)[number]) ? (saved.scale as number) : 1,
      contrast: saved.contrast === true,
    }
  } catch {
    return { scale: 1, contrast: false }
  }
}

/** Larger text and high contrast for readers who need them; remembered on this device. */
export function DisplayToggles() {
  const [display, setDisplay] = useState<Display>({ scale: 1, contrast: false })

  useEffect(() => setDisplay(load()), [])

  useEffect(() => {
    const root = document.documentElement
    root.style.fontSize = display.scale === 1 ? '' : `${display.scale * 100}%`
    root.toggleAttribute('data-contrast', display.contrast)
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(display))
    } catch {
      // private browsing: the choice lasts for this page only
    }
  }, [display])

  const step = (delta: number) => {
    const index = SCALES.indexOf(display.scale as (typeof SCALES)[number])
    const next = SCALES[Math.min(SCALES.length - 1, Math.max(0, index + delta))]
    setDisplay({ ...display, scale: next })
  }

  return (
    <div className="display-toggles" role="group" aria-label="Cỡ chữ và độ tương phản">
      <button type="button" onClick={() => step(-1)} disabled={display.scale === SCALES[0]} aria-label="Giảm cỡ chữ">
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
