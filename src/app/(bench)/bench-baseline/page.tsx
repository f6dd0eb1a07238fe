import type { Metadata } from 'next'

/**
 * `npm run bench` compares a cached profile page with this: a static page of about the same
 * HTML size that reads no data, served by the same build. It is what Next.js alone can do.
 */
export const dynamic = 'force-static'

export const metadata: Metadata = { title: 'Trang đối chứng', robots: { index: false } }

const PARAGRAPH =
  'Ông vận động nhân dân hiến đất làm đường bê tông liên thôn, phát triển mô hình trồng hồi và chè cho thu nhập ổn định, giúp đỡ hộ nghèo vươn lên thoát nghèo bền vững, giữ gìn an ninh trật tự khu vực biên giới. '

/** Sized with the demo profile pages: about 20 kB of text, sent twice (HTML and RSC payload). */
const PARAGRAPHS = Array.from({ length: 48 }, (_, i) => `${i + 1}. ${PARAGRAPH}`)

export default function BaselinePage() {
  return (
    <main>
      <h1>Trang đối chứng</h1>
      {PARAGRAPHS.map((text) => (
        <p key={text}>{text}</p>
      ))}
    </main>
  )
}
