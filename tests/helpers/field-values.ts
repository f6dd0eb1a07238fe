import type { FlattenedField } from 'payload'

/**
 * Door tests try to change every field of a document; this makes, for a field of the config, a
 * value that differs from the stored one (undefined when the field has none that can be made
 * without more context). `ids` holds a document id per collection for relationships.
 */
export function changedValue(
  field: FlattenedField,
  current: unknown,
  ids: Record<string, unknown>,
) {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      if (field.name === 'slug') return `doi-${Date.now()}`
      // A month (YYYY-MM), so that a refusal is the rule's and not the field's validation.
      if (field.name === 'period') return current === '2018-07' ? '2018-08' : '2018-07'
      return `Đã bị sửa ${Date.now()}`
    case 'number':
      return current === 1999 ? 1998 : 1999
    case 'checkbox':
      return !current
    case 'date':
      return '2001-02-03T12:00:00.000Z'
    case 'select': {
      const values = field.options.map((o) => (typeof o === 'string' ? o : o.value))
      return values.find((v) => v !== current)
    }
    case 'relationship':
    case 'upload': {
      if (Array.isArray(field.relationTo)) return undefined
      const other = ids[field.relationTo]
      if (field.hasMany) return current && (current as unknown[]).length ? [] : [other]
      return current ? null : other
    }
    case 'array':
      return current && (current as unknown[]).length ? [] : undefined
    case 'richText':
      return {
        root: {
          type: 'root',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          children: [
            {
              type: 'paragraph',
              version: 1,
              direction: null,
              format: '',
              indent: 0,
              textFormat: 0,
              children: [
                {
                  type: 'text',
                  version: 1,
                  text: 'Nội dung bị thay',
                  format: 0,
                  detail: 0,
                  mode: 'normal',
                  style: '',
                },
              ],
            },
          ],
        },
      }
    default:
      return undefined
  }
}
