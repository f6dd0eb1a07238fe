'use client'

import { Button, toast, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useRef, useState } from 'react'

/**
 * "Nhập nội dung từ Word" in an exemplar's or article's edit view: the chosen .docx replaces the
 * story (its pictures become images in the library); the page then reloads with the new content.
 */
export function StoryButton() {
  const {
    config: { routes, serverURL },
  } = useConfig()
  const { id, collectionSlug } = useDocumentInfo()
  const modified = useFormModified()
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  if (!id || (collectionSlug !== 'exemplars' && collectionSlug !== 'articles')) return null

  async function upload(file: File) {
    const form = new FormData()
    form.append('file', file)
    setBusy(true)
    try {
      const response = await fetch(
        `${serverURL}${routes.api}/${collectionSlug}/${id}/import-story`,
        { method: 'POST', credentials: 'include', body: form },
      )
      const body = await response.json().catch(() => null)
      if (!response.ok) {
        toast.error(body?.errors?.[0]?.message ?? 'Không nhập được nội dung từ tệp Word.')
        return
      }
      for (const warning of body.warnings ?? []) toast.warning(warning)
      toast.success('Đã nhập nội dung từ Word. Đang tải lại…')
      window.location.reload()
    } catch {
      toast.error('Mất kết nối tới máy chủ. Hãy thử lại.')
    } finally {
      setBusy(false)
      if (input.current) input.current.value = ''
    }
  }

  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        hidden
        aria-label="Tệp Word nội dung bài giới thiệu"
        onChange={(e) => {
          const file = e.target.files?.[0]
          if (file) void upload(file)
        }}
      />
      <Button
        buttonStyle="secondary"
        size="small"
        margin={false}
        disabled={busy}
        tooltip="Thay nội dung bài giới thiệu bằng nội dung tệp Word (.docx)"
        onClick={() => {
          if (
            modified &&
            !window.confirm('Các thay đổi chưa lưu sẽ mất khi nhập nội dung. Vẫn tiếp tục?')
          ) {
            return
          }
          input.current?.click()
        }}
      >
        Nhập nội dung từ Word
      </Button>
    </>
  )
}
