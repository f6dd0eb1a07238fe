import QRCode from 'qrcode'

type Props = { url: string; label: string; size?: number; className?: string }

/** A QR code drawn on the server as inline SVG: no request, no script, sharp when printed. */
export async function QrCode({ url, label, size = 160, className }: Props) {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
  return (
    <figure className={className ?? 'qr-code'}>
      <span
        role="img"
        aria-label={label}
        style={{ display: 'block', width: size, height: size }}
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <figcaption>Quét mã để mở trang này</figcaption>
    </figure>
  )
}
