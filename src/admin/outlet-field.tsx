'use client'

import { FieldError, FieldLabel, useConfig, useField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { useEffect, useState } from 'react'

/**
 * "Kênh" of a coverage entry as a choice from the outlets configured in site settings
 * (Cấu hình → Thi đua → Kênh tuyên truyền); the server checks the same list on save.
 * An outlet no longer in the list stays selectable on entries that already carry it.
 */
export const OutletField: TextFieldClientComponent = ({ path, field, readOnly }) => {
  const { value, setValue, showError } = useField<string>({ path })
  const {
    config: { routes, serverURL },
  } = useConfig()
  const [outlets, setOutlets] = useState<string[] | null>(null)

  useEffect(() => {
    let live = true
    fetch(`${serverURL}${routes.api}/globals/site-settings?depth=0`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .then((settings: { mediaOutlets?: Array<{ name: string }> } | null) => {
        if (live) setOutlets((settings?.mediaOutlets ?? []).map((o) => o.name))
      })
      .catch(() => live && setOutlets([]))
    return () => {
      live = false
    }
  }, [routes.api, serverURL])

  const id = `field-${path.replace(/\./g, '__')}`
  const options =
    outlets && value && !outlets.includes(value) ? [value, ...outlets] : (outlets ?? [])
  const label = typeof field.label === 'string' ? field.label : 'Kênh'

  return (
    <div className={`field-type text${showError ? ' error' : ''}`} style={{ flex: '1 1 auto' }}>
      <FieldLabel htmlFor={id} label={label} required={field.required} />
      <div className="field-type__wrap">
        <FieldError path={path} showError={showError} />
        {outlets && outlets.length === 0 ? (
          <input
            id={id}
            type="text"
            value={value ?? ''}
            disabled={readOnly}
            onChange={(event) => setValue(event.target.value)}
          />
        ) : (
          <select
            id={id}
            value={value ?? ''}
            disabled={readOnly || outlets === null}
            onChange={(event) => setValue(event.target.value)}
            style={{ width: '100%', padding: '8px', font: 'inherit' }}
          >
            <option value="">
              {outlets === null ? 'Đang tải danh sách kênh…' : '— Chọn kênh —'}
            </option>
            {options.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        )}
      </div>
    </div>
  )
}
