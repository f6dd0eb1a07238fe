/**
 * Larger text and high contrast for readers who need them. Hidden until `/portal.js` runs (a
 * button that does nothing would mislead); the script wires them and remembers the choice.
 */
export function DisplayToggles() {
  return (
    <div className="display-toggles" role="group" aria-label="Cỡ chữ và độ tương phản" hidden>
      <button type="button" data-text-size="-1" aria-label="Giảm cỡ chữ">
        A−
      </button>
      <button type="button" data-text-size="1" aria-label="Tăng cỡ chữ">
        A+
      </button>
      <button type="button" data-contrast="" aria-pressed="false">
        Tương phản cao
      </button>
    </div>
  )
}
