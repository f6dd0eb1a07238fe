/** The public site's fixed routes (SPEC §4): every link to a page is built here. */
type Slug = string | null | undefined

export const ROUTES = {
  home: '/',
  exemplars: '/guong-dien-hinh',
  articles: '/tin-tuc',
  movements: '/phong-trao',
  gallery: '/thu-vien-anh',
  documents: '/van-ban',
  search: '/tim-kiem',
  about: '/gioi-thieu',
  contact: '/lien-he',
} as const

export const exemplarPath = (slug: Slug) => `${ROUTES.exemplars}/${slug ?? ''}`
export const posterPath = (slug: Slug) => `${exemplarPath(slug)}/in`
export const articlePath = (slug: Slug) => `${ROUTES.articles}/${slug ?? ''}`
export const movementPath = (slug: Slug) => `${ROUTES.movements}/${slug ?? ''}`
export const unitPath = (slug: Slug) => `/don-vi/${slug ?? ''}`

/** Page `page` of a list that pages with `?trang=`: page 1 is the list's own address. */
export const listPagePath = (list: string) => (page: number) =>
  page > 1 ? `/${list}?trang=${page}` : `/${list}`
