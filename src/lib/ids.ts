/** Payload ids: numbers on SQLite, strings (ObjectIds) on MongoDB. */
export type Id = number | string

/** The id of a relation, whether stored (an id) or populated (a document); null when empty. */
export function relationId(value: unknown): Id | null {
  if (typeof value === 'number') return value
  if (typeof value === 'string') return value === '' ? null : value
  if (value && typeof value === 'object' && 'id' in value) return relationId(value.id)
  return null
}

/** Two relations name the same document (ids compared as text: `5` and `'5'` are one). */
export function sameId(a: unknown, b: unknown): boolean {
  const left = relationId(a)
  const right = relationId(b)
  return left !== null && right !== null && String(left) === String(right)
}
