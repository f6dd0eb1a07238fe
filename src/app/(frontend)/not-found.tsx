import Link from 'next/link'

export default function NotFound() {
  return (
    <section className="not-found">
      <h1 className="page-title">Không tìm thấy trang</h1>
      <p>Trang bạn tìm không tồn tại hoặc đã được gỡ xuống.</p>
      <p>
        <Link href="/">Về trang chủ</Link>
      </p>
    </section>
  )
}
