'use client'

import { Button, toast, useConfig, useFormModified } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { displayShortDateTime } from '@/lib/dates'
import type { Action, WorkflowCollection } from '@/workflow/transitions'

import { ReviewStateBadge } from './review-state-badge'

const NEEDS_SAVED_FORM: Action[] = ['submit', 'publish']

type Props = {
  id: number | string
  collection: WorkflowCollection
  state: string
  /** Decided on the server by the transition table (workflow-panel.tsx). */
  actions: Action[]
  /** The buttons' words, read from site settings ("Đề xuất lên tỉnh", "… Trung ương"). */
  labels: Record<Action, string>
  latestNote?: { note: string; at: string | null } | null
}

/** The workflow buttons of the edit view: exactly the actions this user may take now. */
export function WorkflowActions({ id, collection, state, actions, labels, latestNote }: Props) {
  const {
    config: { routes, serverURL },
  } = useConfig()
  const modified = useFormModified()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [returning, setReturning] = useState(false)
  const [note, setNote] = useState('')

  async function run(action: Action, withNote?: string) {
    if (modified && NEEDS_SAVED_FORM.includes(action)) {
      toast.error('Hãy lưu thay đổi (Lưu bản nháp) trước khi thực hiện thao tác này.')
      return
    }
    setBusy(true)
    try {
      const response = await fetch(`${serverURL}${routes.api}/${collection}/${id}/workflow`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action, note: withNote }),
      })
      const body = await response.json().catch(() => null)
      if (!response.ok) {
        toast.error(body?.errors?.[0]?.message ?? 'Không thực hiện được thao tác.')
        return
      }
      toast.success(`Đã thực hiện: ${labels[action]}.`)
      setReturning(false)
      setNote('')
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="lt-workflow" data-testid="workflow-actions">
      <ReviewStateBadge state={state} />
      {latestNote ? (
        <p className="lt-workflow__note" data-testid="latest-review-note">
          <strong>
            Ý kiến gần nhất{latestNote.at ? ` (${displayShortDateTime(latestNote.at)})` : ''}:
          </strong>{' '}
          {latestNote.note}
        </p>
      ) : null}
      {actions
        .filter((action) => action !== 'return')
        .map((action) => (
          <Button
            key={action}
            buttonStyle={action === 'publish' || action === 'submit' ? 'primary' : 'secondary'}
            size="medium"
            margin={false}
            disabled={busy}
            onClick={() => run(action)}
          >
            {labels[action]}
          </Button>
        ))}
      {actions.includes('return') ? (
        <Button
          buttonStyle="secondary"
          size="medium"
          margin={false}
          disabled={busy}
          onClick={() => setReturning(true)}
        >
          {labels.return}
        </Button>
      ) : null}
      {returning ? (
        <div className="lt-workflow__dialog" role="dialog" aria-label="Trả lại hồ sơ">
          <div className="field-type textarea">
            <label className="field-label" htmlFor="lt-return-note">
              Ý kiến trả lại (bắt buộc)
            </label>
            <textarea
              id="lt-return-note"
              rows={4}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          </div>
          <div className="lt-workflow__dialog-buttons">
            <Button
              buttonStyle="primary"
              size="medium"
              margin={false}
              disabled={busy || !note.trim()}
              onClick={() => run('return', note)}
            >
              Xác nhận trả lại
            </Button>
            <Button
              buttonStyle="secondary"
              size="medium"
              margin={false}
              onClick={() => setReturning(false)}
            >
              Hủy
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  )
}
