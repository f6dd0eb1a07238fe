import { jsonLdText } from '@/portal/seo'

/** Structured data for search engines; data only, never executed. */
export function JsonLd({ data }: { data: unknown }) {
  return (
    <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />
  )
}
