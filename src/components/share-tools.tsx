type Props = { url: string; title: string; posterHref?: string }

/**
 * Share and print. Facebook and the A4 poster are plain links, so they work without JavaScript;
 * Zalo (the system share sheet, else a copied link), copying and printing need a script, so
 * those buttons stay hidden until `/portal.js` wires them. The QR code next to it is the
 * no-script way to a phone.
 */
export function ShareTools({ url, title, posterHref }: Props) {
  return (
    <div className="share-tools" data-share-url={url} data-share-title={title}>
      <a
        className="button"
        href={`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`}
        target="_blank"
        rel="noopener noreferrer"
      >
        Chia sẻ Facebook
      </a>
      <button type="button" className="button" data-share="" hidden>
        Chia sẻ Zalo
      </button>
      <button type="button" className="button" data-copy="" hidden>
        Sao chép liên kết
      </button>
      <PrintButton label="In / Lưu PDF" />
      {posterHref ? (
        <a className="button" href={posterHref}>
          Bản in khổ A4 (bảng tin)
        </a>
      ) : null}
      <p className="share-status" role="status" aria-live="polite" />
    </div>
  )
}

/** Prints the page (its print stylesheet); hidden without JavaScript, where the browser's own
 * print command does the same. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button" data-print="" hidden>
      {label}
    </button>
  )
}
