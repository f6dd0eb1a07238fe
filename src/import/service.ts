import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { isContributorUser, isStaffUser, unitOf, type AppUser } from '@/access/roles'
import { findUnit } from '@/collections/units/find'
import { isPeriod } from '@/lib/period'
import { fold } from '@/lib/vietnamese'
import type { Exemplar } from '@/payload-types'
import { audit } from '@/workflow/audit'

import { ImportError } from './errors'
import { readListFile, type FileKind } from './read'
import type { ImportedRow } from './template'

type Id = number | string

export type ImportRequest = {
  payload: Payload
  user: AppUser | null
  file: { name: string; data: Uint8Array }
  period?: string | null
  /** The unit staff import for; ignored for a contributor (always its own unit). */
  unit?: Id | null
  commit: boolean
  /** 1-based lines to create (the rows left ticked); all rows when absent. */
  lines?: number[] | null
  /** The HTTP request, when there is one: the drafts and their audit entries join its transaction. */
  req?: PayloadRequest
  now?: Date
}

export type PreviewRow = ImportedRow & { movementId: Id | null }

export type ImportResult = {
  format: FileKind
  rows: PreviewRow[]
  created: Id[]
}

/** `"1,3,4"` or `[1, 3, 4]`: the lines a client left ticked. */
export function parseLines(value: unknown): number[] | null {
  if (value === undefined || value === null || value === '') return null
  let list: unknown = value
  if (typeof value === 'string') {
    const text = value.trim()
    list = text.startsWith('[') ? safeJson(text) : text.split(/[\s,;]+/).filter(Boolean)
  }
  if (!Array.isArray(list) || list.length > 1000) throw new ImportError(LINES)
  const lines = list.map((item) => Number(item))
  if (lines.some((line) => !Number.isInteger(line) || line < 1)) throw new ImportError(LINES)
  return [...new Set(lines)]
}

const LINES = 'Danh sách dòng được chọn (rows) không hợp lệ: cần các số thứ tự dòng, ví dụ "1,2,5".'

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

async function movementIds(payload: Payload, req?: PayloadRequest): Promise<Map<string, Id>> {
  const { docs } = await payload.find({
    collection: 'movements',
    select: { name: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((m) => [fold(m.name), m.id]))
}

/** Which unit the drafts belong to: a contributor's own, or the one staff chose (must exist). */
async function targetUnit(
  payload: Payload,
  user: AppUser,
  unit: Id | null | undefined,
  req?: PayloadRequest,
): Promise<Id> {
  if (isContributorUser(user)) {
    const own = unitOf(user)
    if (own === null) throw new ImportError('Tài khoản chưa gắn với đơn vị nào.', 403)
    return own
  }
  if (unit === null || unit === undefined || unit === '') {
    throw new ImportError('Hãy chọn đơn vị giới thiệu cho các hồ sơ nhập vào.')
  }
  const found = await findUnit(payload, unit, req)
  if (!found) throw new ImportError('Không tìm thấy đơn vị đã chọn.', 404)
  return found.id
}

function draftData(row: PreviewRow, unit: Id, period: string): Partial<Exemplar> {
  const individual = row.kind === 'individual'
  return {
    kind: row.kind ?? undefined,
    name: row.name,
    category: row.category,
    sector: row.sector,
    summary: row.summary,
    period,
    unit: unit as number,
    position: row.position || undefined,
    movement: (row.movementId ?? undefined) as number | undefined,
    ...(individual
      ? {
          gender: row.gender ?? undefined,
          birthYear: row.birthYear ?? undefined,
          ethnicity: row.ethnicity || undefined,
        }
      : {}),
    awards: row.awards.map((award) => ({
      title: award.title,
      decisionNo: award.decisionNo,
      year: award.year,
      issuer: award.issuer,
    })),
  }
}

const messageOf = (error: unknown) => {
  const { message, data } = error as { message?: string; data?: { errors?: unknown[] } }
  const fields = Array.isArray(data?.errors)
    ? data.errors
        .map((item) => (item as { message?: string; label?: string }).label ?? '')
        .filter(Boolean)
    : []
  return [message, fields.join(', ')].filter(Boolean).join(' ')
}

/**
 * Reads a unit's list and, when asked to commit, creates the ticked rows as drafts for one unit
 * and month, as `user` (access rules apply), all in one transaction with an audit entry each:
 * every row or none.
 */
export async function importExemplars({
  payload,
  user,
  file,
  period,
  unit,
  commit,
  lines,
  req,
  now,
}: ImportRequest): Promise<ImportResult> {
  if (!user) throw new ImportError('Bạn cần đăng nhập để nhập danh sách.', 401)
  if (!isStaffUser(user) && !isContributorUser(user)) {
    throw new ImportError('Tài khoản không có quyền nhập danh sách.', 403)
  }
  if (period !== undefined && period !== null && period !== '' && !isPeriod(period)) {
    throw new ImportError('Kỳ giới thiệu phải có dạng YYYY-MM (ví dụ 2022-07).')
  }
  const parsed = await readListFile(file.data, file.name, now)
  const movements = await movementIds(payload, req)
  const rows: PreviewRow[] = parsed.rows.map((row) => ({
    ...row,
    movementId: row.movement ? (movements.get(fold(row.movement)) ?? null) : null,
  }))
  if (!commit) return { format: parsed.kind, rows, created: [] }

  if (!isPeriod(period)) throw new ImportError('Hãy chọn kỳ giới thiệu (tháng/năm) để tạo hồ sơ.')
  const owner = await targetUnit(payload, user, unit, req)
  const chosen = lines ? rows.filter((row) => lines.includes(row.line)) : rows
  const unknown = (lines ?? []).filter((line) => !rows.some((row) => row.line === line))
  if (unknown.length) {
    throw new ImportError(`Tệp không có dòng số ${unknown.join(', ')}.`)
  }
  if (!chosen.length) throw new ImportError('Chưa chọn dòng nào để tạo hồ sơ.')
  const blocked = chosen.filter((row) => row.problems.length)
  if (blocked.length) {
    throw new ImportError(
      `Chưa tạo hồ sơ nào: ${blocked
        .slice(0, 5)
        .map((row) => `dòng ${row.line} (${row.problems.join(' ')})`)
        .join('; ')}${blocked.length > 5 ? '; …' : ''}. Hãy sửa tệp hoặc bỏ chọn các dòng này.`,
    )
  }
  return {
    format: parsed.kind,
    rows,
    created: await createDrafts({ payload, user, req, rows: chosen, unit: owner, period, file }),
  }
}

/** Creates the rows as drafts in one transaction: on any failure, none is kept. */
export async function createDrafts({
  payload,
  user,
  req: incoming,
  rows,
  unit,
  period,
  file,
}: {
  payload: Payload
  user: AppUser
  req?: PayloadRequest
  rows: PreviewRow[]
  unit: Id
  period: string
  file: { name: string }
}): Promise<Id[]> {
  const req = incoming ?? ({ payload, user, context: {} } as unknown as PayloadRequest)
  if (!req.user) req.user = user as PayloadRequest['user']
  const own = await initTransaction(req)
  const created: Id[] = []
  try {
    for (const row of rows) {
      try {
        const doc = await payload.create({
          collection: 'exemplars',
          data: draftData(row, unit, period),
          draft: true,
          user: user as PayloadRequest['user'],
          overrideAccess: false,
          req,
        })
        created.push(doc.id)
        await audit(req, {
          action: 'import',
          targetCollection: 'exemplars',
          docId: doc.id,
          summary: doc.name,
          to: 'Nháp',
          note: `Nhập từ tệp "${file.name || 'không tên'}", dòng ${row.line}.`,
        })
      } catch (error) {
        const status = (error as { status?: number }).status
        if (status && status >= 400 && status < 500) {
          throw new ImportError(
            `Chưa tạo hồ sơ nào: dòng ${row.line} (${row.name}) không lưu được: ${messageOf(error)}`,
            status,
          )
        }
        throw error
      }
    }
    if (own) await commitTransaction(req)
    return created
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
}
