import type { ReactNode } from 'react'

/** Root layout of the benchmark's baseline: no data, no styles, nothing but the page. */
export default function BenchLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="vi">
      <body>{children}</body>
    </html>
  )
}
