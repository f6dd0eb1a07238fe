import type { ReactNode } from 'react'

/**
 * A labelled input dressed in the admin's own field classes, so a plain GET form (which works
 * without JavaScript) looks like Payload's fields in both themes.
 */
export function Field({
  id,
  label,
  title,
  children,
}: {
  id: string
  label: string
  title?: string
  children: ReactNode
}) {
  return (
    <div className="field-type text lt-field" title={title}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className="field-type__wrap">{children}</div>
    </div>
  )
}
