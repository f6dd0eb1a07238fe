'use client'

import { useState } from 'react'

import { PrintButton } from './print-button'

type Props = { url: string; title: string; posterHref?: string }

/**
 * Share and print. Facebook is a plain link, so it works without JavaScript; Zalo has no
 * documented share address, so on phones it opens the system share sheet (where Zalo is) and
 * elsewhere copies the link to paste into Zalo. The QR code next to it is the no-script way in.
 */
export function ShareTools({ url, title, posterHref }: Props) {
  const [status, setStatus] = useState('')

  async function copy(message: string) {
    try {
      await navigator.clipboard.writeText(url)
      setStatus(message)
    } catch {
      setStatus('Không sao chép được: hãy chọn và sao chép địa chỉ trang.')
    }
  }

  async function shareToZalo() {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url })
        return
      } catch (error) {
        if ((error as Error).name === 'AbortError') return
      }
    }
    await copy('Đã sao chép liên kết: mở Zalo và dán vào cuộc trò chuyện.')
  }

  return (
    <div className="share-tools" aria-label="Chia sẻ và in">
      <a
        className="button"
        href={`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`}
        target="_blank"
        rel="noopener noreferrer"
      >
        Chia sẻ Facebook
      </a>
      <button type="button" className="button" onClick={shareToZalo}>
        Chia sẻ Zalo
      </button>
      <button
        type="button"
        className="button"
        onClick={() => copy('Đã sao chép liên kết vào bộ nhớ tạm.')}
      >
        Sao chép liên kết
      </button>
      <PrintButton label="In / Lưu PDF" />
      {posterHref ? (
        <a className="button" href={posterHref}>
          Bản in khổ A4 (bảng tin)
        </a>
      ) : null}
      <p className="share-status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  )
}
