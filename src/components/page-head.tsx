import Head from 'next/head'

import type { PageMeta } from '@/portal/seo'

/** Title, description, canonical, Open Graph and Twitter tags of one page (see `pageMeta`). */
export function PageHead({ meta }: { meta: PageMeta }) {
  return (
    <Head>
      <title>{meta.title}</title>
      {meta.description ? <meta name="description" content={meta.description} /> : null}
      {meta.canonical ? <link rel="canonical" href={meta.canonical} /> : null}
      {meta.noindex ? <meta name="robots" content="noindex" /> : null}
      <meta property="og:site_name" content={meta.siteName} />
      <meta property="og:locale" content="vi_VN" />
      <meta property="og:type" content={meta.ogType} />
      <meta property="og:title" content={meta.ogTitle} />
      {meta.description ? <meta property="og:description" content={meta.description} /> : null}
      {meta.canonical ? <meta property="og:url" content={meta.canonical} /> : null}
      {meta.image ? (
        <>
          <meta property="og:image" content={meta.image.url} />
          <meta property="og:image:width" content={String(meta.image.width)} />
          <meta property="og:image:height" content={String(meta.image.height)} />
          <meta property="og:image:alt" content={meta.image.alt} />
        </>
      ) : null}
      {meta.publishedTime ? (
        <meta property="article:published_time" content={meta.publishedTime} />
      ) : null}
      {meta.modifiedTime ? (
        <meta property="article:modified_time" content={meta.modifiedTime} />
      ) : null}
      <meta name="twitter:card" content={meta.image ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={meta.ogTitle} />
      {meta.description ? <meta name="twitter:description" content={meta.description} /> : null}
      {meta.image ? (
        <>
          <meta name="twitter:image" content={meta.image.url} />
          <meta name="twitter:image:alt" content={meta.image.alt} />
        </>
      ) : null}
    </Head>
  )
}
