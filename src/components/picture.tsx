import type { Media } from '@/payload-types'

type Variant = 'thumbnail' | 'card' | 'hero' | 'og'

type Props = {
  image: Media | number | string | null | undefined
  /** `card`: the 4:3 crops (thumbnail, card); `full`: the uncropped hero and original. */
  shape?: 'card' | 'full'
  /** What the layout gives the image, e.g. `(max-width: 600px) 100vw, 320px`. */
  sizes: string
  /** Above the fold: load at once and tell the browser it matters. */
  priority?: boolean
  className?: string
}

/**
 * The sharp variants made at upload, offered through `srcset`, with the intrinsic size so the
 * page does not shift while images arrive. Plain `<img>` on purpose: the variants exist already,
 * so next/image's optimiser and its client script would add work and bytes for nothing.
 */
export function Picture({ image, shape = 'card', sizes, priority = false, className }: Props) {
  if (!image || typeof image !== 'object' || !image.url) return null
  const variant = (name: Variant) => {
    const size = image.sizes?.[name]
    return size?.url && size.width && size.height
      ? { url: size.url, width: size.width, height: size.height }
      : null
  }
  const candidates =
    shape === 'card' ? [variant('thumbnail'), variant('card')] : [variant('hero'), original(image)]
  const sources = candidates
    .filter((item): item is NonNullable<typeof item> => Boolean(item))
    .filter((item, index, all) => all.findIndex((other) => other.width === item.width) === index)
  const fallback = sources[sources.length - 1] ?? original(image)
  if (!fallback) return null
  return (
    // eslint-disable-next-line @next/next/no-img-element
    <img
      className={className}
      src={fallback.url}
      srcSet={sources.map((source) => `${source.url} ${source.width}w`).join(', ')}
      sizes={sizes}
      width={fallback.width}
      height={fallback.height}
      alt={image.alt}
      loading={priority ? 'eager' : 'lazy'}
      decoding={priority ? 'sync' : 'async'}
      fetchPriority={priority ? 'high' : 'auto'}
    />
  )
}

function original(image: Media) {
  return image.url && image.width && image.height
    ? { url: image.url, width: image.width, height: image.height }
    : null
}

/** The Open Graph variant (1200×630), else the largest there is. */
export function ogImageOf(image: Media | number | string | null | undefined) {
  if (!image || typeof image !== 'object') return null
  const og = image.sizes?.og
  if (og?.url && og.width && og.height)
    return { url: og.url, width: og.width, height: og.height, alt: image.alt }
  return image.url && image.width && image.height
    ? { url: image.url, width: image.width, height: image.height, alt: image.alt }
    : null
}
