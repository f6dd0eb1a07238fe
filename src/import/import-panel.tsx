'use client'

import { vnWallClock } from '@/lib/vn-time'
import { Button, toast, useAuth, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useMemo, useState, type CSSProperties } from 'react'

import { EXEMPLAR_KIND_LABELS, GENDER_LABELS } from '@/lib/labels'
import type { User } from '@/payload-types'

/** A preview row as POST /api/exemplars/import answers it. */
type Row = {
  line: number
  kind: keyof typeof EXEMPLAR_KIND_LABELS | null
  name: string
  gender: keyof typeof GENDER_LABELS | null
  birthYear: number | null
  position: string
  summary: string
  awards: Array<{ title: string }>
  problems: string[]
}

type UnitOption = { id: number | string; name: string }

/** The month before this one, Vietnam time: the list a unit sends at the start of a month. */
function lastMonth(now = new Date()): string {
  const local = vnWallClock(now)
  const month = local.getUTCMonth() === 0 ? 12 : local.getUTCMonth()
  const year = local.getUTCMonth() === 0 ? local.getUTCFullYear() - 1 : local.getUTCFullYear()
  return `${year}-${String(month).padStart(2, '0')}`
}

const card: CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m, 4px)',
  background: 'var(--theme-elevation-0)',
  padding: 'calc(var(--base) * 0.75)',
  marginBottom: 'var(--base)',
}
const field: CSSProperties = { display: 'flex', flexDirection: 'column', gap: 4, minWidth: 180 }
const input: CSSProperties = {
  font: 'inherit',
  color: 'var(--theme-text)',
  background: 'var(--theme-input-bg, var(--theme-elevation-0))',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-s, 3px)',
  padding: '6px 8px',
  minHeight: 36,
}
const cell: CSSProperties = {
  borderBottom: '1px solid var(--theme-elevation-100)',
  padding: '6px 8px',
  verticalAlign: 'top',
  textAlign: 'left',
}

/**
 * "Nhập danh sách từ Word/Excel" above the exemplars list: choose the month (and, for staff, the
 * unit), upload the unit's list, check the preview, untick rows, create the drafts.
 */
export function ImportPanel() {
  const {
    config: { routes, serverURL },
  } = useConfig()
  const { user } = useAuth<User>()
  const router = useRouter()
  const staff = user?.role === 'admin' || user?.role === 'editor'
  const [open, setOpen] = useState(false)
  const [period, setPeriod] = useState(lastMonth)
  const [unit, setUnit] = useState('')
  const [units, setUnits] = useState<UnitOption[]>([])
  const [file, setFile] = useState<File | null>(null)
  const [rows, setRows] = useState<Row[] | null>(null)
  const [ticked, setTicked] = useState<Set<number>>(new Set())
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const api = `${serverURL}${routes.api}`

  useEffect(() => {
    if (!open || !staff || units.length) return
    fetch(`${api}/units?limit=500&depth=0&sort=name&select[name]=true`, { credentials: 'include' })
      .then((r) => r.json())
      .then((body: { docs?: UnitOption[] }) => setUnits(body.docs ?? []))
      .catch(() => setUnits([]))
  }, [api, open, staff, units.length])

  const chosen = useMemo(
    () => (rows ?? []).filter((row) => ticked.has(row.line) && !row.problems.length),
    [rows, ticked],
  )

  async function send(commit: boolean) {
    if (!file) {
      setError('Hãy chọn tệp danh sách (.docx hoặc .xlsx).')
      return
    }
    const form = new FormData()
    form.append('file', file)
    form.append('period', period)
    if (staff) form.append('unit', unit)
    form.append('commit', commit ? 'true' : 'false')
    if (commit) form.append('rows', chosen.map((row) => row.line).join(','))
    setBusy(true)
    setError('')
    try {
      const response = await fetch(`${api}/exemplars/import`, {
        method: 'POST',
        credentials: 'include',
        body: form,
      })
      const body = await response.json().catch(() => null)
      if (!response.ok) {
        setError(body?.errors?.[0]?.message ?? 'Không đọc được tệp.')
        return
      }
      if (commit) {
        toast.success(`Đã tạo ${body.created.length} hồ sơ nháp.`)
        setRows(null)
        setFile(null)
        setOpen(false)
        router.refresh()
        return
      }
      const preview = body.rows as Row[]
      setRows(preview)
      setTicked(new Set(preview.filter((row) => !row.problems.length).map((row) => row.line)))
    } catch {
      setError('Mất kết nối tới máy chủ. Hãy thử lại.')
    } finally {
      setBusy(false)
    }
  }

  if (!open) {
    return (
      <div style={{ marginBottom: 'var(--base)' }}>
        <Button buttonStyle="secondary" size="small" margin={false} onClick={() => setOpen(true)}>
          Nhập danh sách từ Word/Excel
        </Button>
      </div>
    )
  }

  return (
    <section style={card} aria-labelledby="import-title" className="import-panel">
      <h3 id="import-title" style={{ margin: '0 0 8px' }}>
        Nhập danh sách từ Word/Excel
      </h3>
      <p style={{ margin: '0 0 12px', color: 'var(--theme-elevation-600)' }}>
        Tệp Word (.docx) theo mẫu danh sách giới thiệu gương điển hình (các nhóm TẬP THỂ, CÁ NHÂN,
        HỘ GIA ĐÌNH; năm sinh ghi ở cột Nam hoặc Nữ) hoặc tệp Excel (.xlsx) có hàng tiêu đề theo
        mẫu, dưới 10 MB, tối đa 500 dòng. Các dòng được tạo thành hồ sơ nháp.
      </p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end' }}>
        <label style={field}>
          Kỳ giới thiệu (tháng/năm)
          <input
            type="month"
            value={period}
            onChange={(e) => setPeriod(e.target.value)}
            style={input}
          />
        </label>
        {staff ? (
          <label style={field}>
            Đơn vị giới thiệu
            <select value={unit} onChange={(e) => setUnit(e.target.value)} style={input}>
              <option value="">— Chọn đơn vị —</option>
              {units.map((u) => (
                <option key={u.id} value={String(u.id)}>
                  {u.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label style={field}>
          Tệp danh sách
          <input
            type="file"
            accept=".docx,.xlsx,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null)
              setRows(null)
            }}
            style={{ ...input, padding: 4 }}
          />
        </label>
        <Button
          buttonStyle="primary"
          size="small"
          margin={false}
          disabled={busy}
          onClick={() => send(false)}
        >
          Xem trước
        </Button>
        <Button buttonStyle="secondary" size="small" margin={false} onClick={() => setOpen(false)}>
          Đóng
        </Button>
      </div>
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)', margin: '12px 0 0' }}>
          {error}
        </p>
      ) : null}
      {rows ? (
        <div style={{ marginTop: 12 }}>
          <div style={{ overflowX: 'auto', maxHeight: '60vh', overflowY: 'auto' }}>
            <table style={{ borderCollapse: 'collapse', width: '100%', minWidth: 720 }}>
              <thead>
                <tr>
                  <th style={cell}>Chọn</th>
                  <th style={cell}>Dòng</th>
                  <th style={cell}>Đối tượng</th>
                  <th style={cell}>Tên</th>
                  <th style={cell}>Giới tính, năm sinh</th>
                  <th style={cell}>Chức vụ, đơn vị công tác / Địa chỉ</th>
                  <th style={cell}>Thành tích tiêu biểu</th>
                  <th style={cell}>Khen thưởng</th>
                  <th style={cell}>Cần sửa</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.line}>
                    <td style={cell}>
                      <input
                        type="checkbox"
                        aria-label={`Chọn dòng ${row.line}`}
                        disabled={row.problems.length > 0}
                        checked={ticked.has(row.line) && !row.problems.length}
                        onChange={(e) => {
                          const next = new Set(ticked)
                          if (e.target.checked) next.add(row.line)
                          else next.delete(row.line)
                          setTicked(next)
                        }}
                      />
                    </td>
                    <td style={cell}>{row.line}</td>
                    <td style={cell}>{row.kind ? EXEMPLAR_KIND_LABELS[row.kind] : '—'}</td>
                    <td style={{ ...cell, fontWeight: 600 }}>{row.name || '—'}</td>
                    <td style={cell}>
                      {[row.gender ? GENDER_LABELS[row.gender] : '', row.birthYear ?? '']
                        .filter(Boolean)
                        .join(', ')}
                    </td>
                    <td style={cell}>{row.position}</td>
                    <td style={{ ...cell, whiteSpace: 'pre-line', maxWidth: 360 }}>
                      {row.summary.length > 240 ? `${row.summary.slice(0, 240)}…` : row.summary}
                    </td>
                    <td style={cell}>{row.awards.map((a) => a.title).join('; ')}</td>
                    <td style={{ ...cell, color: 'var(--theme-error-500)' }}>
                      {row.problems.join(' ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div style={{ display: 'flex', gap: 12, alignItems: 'center', marginTop: 12 }}>
            <Button
              buttonStyle="primary"
              size="small"
              margin={false}
              disabled={busy || !chosen.length || (staff && !unit)}
              onClick={() => send(true)}
            >
              {`Tạo ${chosen.length} hồ sơ nháp`}
            </Button>
            {staff && !unit ? <span>Hãy chọn đơn vị giới thiệu.</span> : null}
            <span style={{ color: 'var(--theme-elevation-600)' }}>
              {rows.length} dòng đọc được, {rows.filter((r) => r.problems.length).length} dòng cần
              sửa trong tệp.
            </span>
          </div>
        </div>
      ) : null}
    </section>
  )
}
