import type { SerializedLinkNode } from '@payloadcms/richtext-lexical'
import {
  type JSXConverter,
  type JSXConverters,
  RichText as PayloadRichText,
} from '@payloadcms/richtext-lexical/react'
import type { ComponentProps } from 'react'

import { isExternalHref, safeHref } from '@/lib/safe-url'

type InternalDoc = { relationTo?: string; value?: unknown }

const PUBLIC_PATHS: Record<string, string> = {
  exemplars: '/guong-dien-hinh',
  articles: '/tin-tuc',
  movements: '/phong-trao',
  units: '/don-vi',
}

/** Internal links point at the document's public page when it has one (populated with a slug). */
function internalHref(doc: InternalDoc | undefined): string | null {
  const base = doc?.relationTo ? PUBLIC_PATHS[doc.relationTo] : undefined
  const slug =
    doc?.value && typeof doc.value === 'object' ? (doc.value as { slug?: unknown }).slug : null
  return base && typeof slug === 'string' && slug ? `${base}/${encodeURIComponent(slug)}` : null
}

/**
 * Links and autolinks whose URL is not http(s), mailto or tel (e.g. `javascript:`, `data:`,
 * `vbscript:`) are rendered as their text alone: inert, and the reader still sees the words.
 */
const safeLink: JSXConverter<SerializedLinkNode> = ({ node, nodesToJSX }) => {
  const children = nodesToJSX({ nodes: node.children })
  const fields = node.fields ?? ({} as SerializedLinkNode['fields'])
  const href =
    fields.linkType === 'internal' ? internalHref(fields.doc as InternalDoc) : safeHref(fields.url)
  if (!href) return <span className="link-removed">{children}</span>
  const external = isExternalHref(href)
  return (
    <a
      href={href}
      rel={fields.newTab || external ? 'noopener noreferrer' : undefined}
      target={fields.newTab ? '_blank' : undefined}
    >
      {children}
    </a>
  )
}

export const safeConverters = ({
  defaultConverters,
}: {
  defaultConverters: JSXConverters
}): JSXConverters => ({
  ...defaultConverters,
  link: safeLink as JSXConverter,
  autolink: safeLink as JSXConverter,
  unknown: () => null,
})

/**
 * Payload's RichText for the public site, with the link converters above. The stored Lexical
 * JSON never becomes raw HTML: no converter here uses dangerouslySetInnerHTML, and unknown node
 * types render nothing.
 */
export function RichText(props: Omit<ComponentProps<typeof PayloadRichText>, 'converters'>) {
  return <PayloadRichText {...props} converters={safeConverters} />
}
