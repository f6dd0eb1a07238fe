import Link from 'next/link'

import { breadcrumbLd, type Crumb } from '@/portal/seo'

import { JsonLd } from './json-ld'

/** Where the page sits, for people (a trail above the title) and for search engines. */
export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  const trail = [{ name: 'Trang chủ', path: '/' }, ...crumbs]
  return (
    <>
      <nav className="breadcrumbs" aria-label="Vị trí trang">
        <ol>
          {trail.map((crumb, index) =>
            index === trail.length - 1 ? (
              <li key={crumb.path} aria-current="page">
                {crumb.name}
              </li>
            ) : (
              <li key={crumb.path}>
                <Link href={crumb.path}>{crumb.name}</Link>
              </li>
            ),
          )}
        </ol>
      </nav>
      <JsonLd data={breadcrumbLd(trail)} />
    </>
  )
}
