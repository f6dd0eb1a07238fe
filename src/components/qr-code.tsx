import QRCode from 'qrcode'

/** The QR code of `url` as SVG markup, drawn once when the page is rendered (no request). */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
}

type Props = { svg: string; label: string; size: 132 | 150; className?: string }

/** A QR code as inline SVG: no script, sharp when printed. Its size comes from the stylesheet. */
export function QrCode({ svg, label, size, className }: Props) {
  return (
    <figure className={className ?? 'qr-code'}>
      <span
        role="img"
        aria-label={label}
        className={`qr-image qr-image--${size}`}
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <figcaption>Quét mã để mở trang này</figcaption>
    </figure>
  )
}
