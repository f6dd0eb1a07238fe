import Link from 'next/link'

export const MENU = [
  { href: '/', label: 'Trang chủ' },
  { href: '/gioi-thieu', label: 'Giới thiệu' },
  { href: '/guong-dien-hinh', label: 'Gương điển hình' },
  { href: '/tin-tuc', label: 'Tin tức' },
  { href: '/phong-trao', label: 'Phong trào thi đua' },
  { href: '/van-ban', label: 'Văn bản' },
  { href: '/thu-vien-anh', label: 'Thư viện ảnh' },
  { href: '/lien-he', label: 'Liên hệ' },
] as const

/**
 * The portal's main menu. On a phone it folds behind a `<details>` toggle, which needs no script.
 */
export function MainMenu() {
  return (
    <nav className="main-nav" aria-label="Chuyên mục">
      <div className="container main-nav__inner">
        <details className="menu-fold">
          <summary>Chuyên mục</summary>
          <MenuList />
        </details>
        <div className="menu-wide">
          <MenuList />
        </div>
        <form action="/tim-kiem" method="get" role="search" className="nav-search">
          <label htmlFor="nav-q" className="visually-hidden">
            Tìm kiếm
          </label>
          <input
            id="nav-q"
            name="q"
            type="search"
            placeholder="Tìm kiếm (gõ không dấu được)"
            maxLength={200}
          />
          <button type="submit">Tìm</button>
        </form>
      </div>
    </nav>
  )
}

function MenuList() {
  return (
    <ul>
      {MENU.map((item) => (
        <li key={item.href}>
          <Link href={item.href}>{item.label}</Link>
        </li>
      ))}
    </ul>
  )
}
