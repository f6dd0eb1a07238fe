import type { GetStaticPropsResult } from 'next'

import { PAGE_REVALIDATE_SECONDS, type CacheTag } from './cache-tags'
import { collectTags } from './read'
import { NOT_FOUND_PATH } from './variants'

/** An unknown slug's answer is cached briefly: a profile published later must not wait for it. */
export const NOT_FOUND_REVALIDATE_SECONDS = 5

export type Tagged<P> = P & { cacheTags: CacheTag[] }

/**
 * `getStaticProps` of a portal page: renders its data once, on the first request (never at build
 * time: there is no database then), and keeps the page in Next's cache under the tags of every
 * read it made. The publish hooks expire those tags; `PAGE_REVALIDATE_SECONDS` bounds the age of
 * the date in the banner. `null` sends the reader to the portal's 404.
 */
export async function staticPage<P extends object>(
  render: () => Promise<P | null>,
): Promise<GetStaticPropsResult<Tagged<P>>> {
  const [props, cacheTags] = await collectTags(render)
  if (props === null) {
    return {
      redirect: { destination: NOT_FOUND_PATH, permanent: false },
      revalidate: NOT_FOUND_REVALIDATE_SECONDS,
    }
  }
  // Props travel through JSON (the cache, Redis): `undefined` is dropped here, not there.
  const plain = JSON.parse(JSON.stringify(props)) as P
  return { props: { ...plain, cacheTags }, revalidate: PAGE_REVALIDATE_SECONDS }
}

/** Dynamic portal routes render on first request (`fallback: 'blocking'`), none at build. */
export const renderOnDemand = async () => ({ paths: [], fallback: 'blocking' as const })
