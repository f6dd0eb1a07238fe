import type { FieldHook, TextField } from 'payload'

import { slugCandidate, slugify } from '@/lib/vietnamese'

const MAX_ATTEMPTS = 200

/**
 * A slug from `source` by the Vietnamese fold (Payload's default slugify drops every accented
 * letter), made unique within the collection with -2, -3, …
 */
const ensureUniqueSlug =
  (source: string): FieldHook =>
  async ({ value, data, originalDoc, req, collection }) => {
    const typed = typeof value === 'string' ? slugify(value) : ''
    const fromSource = slugify(String(data?.[source] ?? originalDoc?.[source] ?? ''))
    const base = typed || fromSource
    if (!base || !collection) return base || undefined
    if (typed && typed === originalDoc?.slug) return typed

    const currentId = originalDoc?.id ?? data?.id
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const candidate = slugCandidate(base, attempt)
      const { totalDocs } = await req.payload.count({
        collection: collection.slug,
        where: {
          and: [
            { slug: { equals: candidate } },
            ...(currentId !== undefined ? [{ id: { not_equals: currentId } }] : []),
          ],
        },
        overrideAccess: true,
        req,
      })
      if (totalDocs === 0) return candidate
    }
    return `${base}-${Date.now().toString(36)}`
  }

export function slugField(source: string): TextField {
  return {
    name: 'slug',
    type: 'text',
    label: 'Đường dẫn (slug)',
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: 'Tự tạo từ tên, không dấu (đ → d). Có thể sửa; trùng sẽ thêm -2, -3…',
    },
    hooks: { beforeValidate: [ensureUniqueSlug(source)] },
  }
}
