import type { Field } from 'payload'

import { lexicalToPlainText } from '@/lib/vietnamese'

/**
 * A collection's data fields as the frozen rule and the upload tracking see them, read once
 * from the config: layout-only fields (rows, collapsibles, unnamed tabs) are looked through.
 */
export type DataField =
  | { name: string; kind: 'leaf'; type: string }
  | { name: string; kind: 'relation'; relationTo: string | string[]; hasMany: boolean }
  | { name: string; kind: 'rows'; fields: DataField[] }
  | { name: string; kind: 'group'; fields: DataField[] }
  | { name: string; kind: 'richText' }

export function dataFields(fields: Field[]): DataField[] {
  const out: DataField[] = []
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          out.push({ name: tab.name, kind: 'group', fields: dataFields(tab.fields) })
        } else out.push(...dataFields(tab.fields))
      }
      continue
    }
    if (field.type === 'row' || field.type === 'collapsible') {
      out.push(...dataFields(field.fields))
      continue
    }
    if (!('name' in field) || !field.name || field.type === 'ui') continue
    if (field.type === 'group') {
      out.push({ name: field.name, kind: 'group', fields: dataFields(field.fields) })
    } else if (field.type === 'array') {
      out.push({ name: field.name, kind: 'rows', fields: dataFields(field.fields) })
    } else if (field.type === 'relationship' || field.type === 'upload') {
      out.push({
        name: field.name,
        kind: 'relation',
        relationTo: field.relationTo,
        hasMany: Boolean(field.hasMany),
      })
    } else if (field.type === 'richText') {
      out.push({ name: field.name, kind: 'richText' })
    } else {
      out.push({ name: field.name, kind: 'leaf', type: field.type })
    }
  }
  return out
}

type Node = { type?: unknown; children?: unknown; relationTo?: unknown; value?: unknown }

/** Upload nodes inside a Lexical document: `relationTo` and id of each. */
export function richTextUploads(state: unknown): Array<{ relationTo: string; id: string }> {
  const found: Array<{ relationTo: string; id: string }> = []
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    const { type, children, relationTo, value } = node as Node
    if (type === 'upload' && typeof relationTo === 'string') {
      const id = idText(value)
      if (id) found.push({ relationTo, id })
    }
    if (Array.isArray(children)) children.forEach(walk)
  }
  walk((state as { root?: unknown } | null)?.root)
  return found
}

function idText(value: unknown): string | null {
  if (typeof value === 'number' || (typeof value === 'string' && value)) return String(value)
  if (value && typeof value === 'object' && 'id' in value) return idText(value.id)
  return null
}

/** A relation value as comparable text: `id`, or `collection:id` for polymorphic ones. */
function relationText(value: unknown): string | null {
  if (value && typeof value === 'object' && 'relationTo' in value && 'value' in value) {
    const id = idText(value.value)
    return id ? `${String(value.relationTo)}:${id}` : null
  }
  return idText(value)
}

/**
 * A field's value reduced to what a reader would see change: ids for relations (populated or
 * not), trimmed NFC text, numbers as numbers, empty as null, rich text as its words and the
 * uploads it shows (the admin re-serialises Lexical JSON without changing it for the reader).
 */
export function comparable(field: DataField, value: unknown): unknown {
  if (field.kind === 'leaf' && field.type === 'checkbox') return Boolean(value)
  if (value === undefined || value === null || value === '') {
    return field.kind === 'rows' || (field.kind === 'relation' && field.hasMany) ? [] : null
  }
  switch (field.kind) {
    case 'relation':
      return field.hasMany && Array.isArray(value)
        ? value.map(relationText).filter(Boolean)
        : relationText(value)
    case 'richText':
      return [
        lexicalToPlainText(value),
        richTextUploads(value).map((u) => `${u.relationTo}:${u.id}`),
      ]
    case 'rows':
      return Array.isArray(value)
        ? value.map((row) => comparableObject(field.fields, row as Record<string, unknown>))
        : []
    case 'group':
      return comparableObject(field.fields, value as Record<string, unknown>)
    case 'leaf':
      if (typeof value === 'string') {
        if (field.type === 'date') {
          const time = Date.parse(value)
          return Number.isNaN(time) ? value : time
        }
        return value.normalize('NFC').trim() || null
      }
      if (value instanceof Date) return value.getTime()
      if (typeof value === 'number' || typeof value === 'boolean') return value
      return JSON.stringify(value)
  }
}

function comparableObject(fields: DataField[], value: Record<string, unknown> | null) {
  return fields.map((field) => comparable(field, value?.[field.name]))
}

/** The names of the top-level fields `data` would change on `original` (absent fields do not). */
export function changedFields(
  fields: DataField[],
  data: Record<string, unknown>,
  original: Record<string, unknown> | undefined,
): string[] {
  return fields
    .filter((field) => field.name in data && data[field.name] !== undefined)
    .filter(
      (field) =>
        JSON.stringify(comparable(field, data[field.name])) !==
        JSON.stringify(comparable(field, original?.[field.name])),
    )
    .map((field) => field.name)
}

/** The label a field shows in the admin (for messages), else its name. */
export function fieldLabel(fields: Field[], name: string): string {
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const found = fieldLabel(tab.fields, name)
        if (found !== name) return found
      }
    } else if ('name' in field && field.name === name) {
      const label = 'label' in field ? field.label : undefined
      return typeof label === 'string' ? label : name
    } else if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) {
      const found = fieldLabel(field.fields, name)
      if (found !== name) return found
    }
  }
  return name
}
