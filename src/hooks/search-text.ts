import type { CollectionBeforeChangeHook } from 'payload'

import { lexicalToPlainText, searchTextOf } from '@/lib/vietnamese'

/**
 * Keeps the hidden `searchText` (folded: lower case, no diacritics) in step with the fields
 * people search, so `nguyen van an` finds "Nguyễn Văn An" on every database adapter.
 */
export const keepSearchText =
  (plainFields: string[], richTextFields: string[] = []): CollectionBeforeChangeHook =>
  ({ data, originalDoc }) => {
    const merged = { ...(originalDoc ?? {}), ...data } as Record<string, unknown>
    const plain = plainFields.map((name) => merged[name] as string | undefined)
    const rich = richTextFields.map((name) => lexicalToPlainText(merged[name]))
    return { ...data, searchText: searchTextOf(...plain, ...rich) }
  }

export const searchTextField = {
  name: 'searchText',
  type: 'text' as const,
  label: 'nội dung (không dấu)',
  index: true,
  admin: { hidden: true },
}
