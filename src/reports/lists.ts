import type { Payload, PayloadRequest, Where } from 'payload'

import { displayPeriod } from '@/lib/period'
import { CATEGORY_LABELS, SECTOR_LABELS } from '@/lib/labels'
import { compareVietnamese } from '@/lib/vietnamese'
import type { SiteSetting } from '@/payload-types'

import { readSettings } from './compliance'
import type { Id } from './figures'
import { ReportError } from './scope'

/**
 * The lists an office sends, as one layout model that the Word and PDF renderers both draw:
 * Decree 30/2020/NĐ-CP heading, title, the columns of the province's template
 * (shared reference `listTemplateColumns`), rows grouped I. TẬP THỂ / II. CÁ NHÂN /
 * III. HỘ GIA ĐÌNH, place and date, signature blocks.
 *
 * What goes on them:
 * - a unit's monthly list (`nominations?period=…&unit=…`, and every contributor's): the
 *   exemplars the unit sent for that month and that are not back with it — `submitted` or
 *   `published` (returned ones are being completed; drafts were never sent);
 * - the district's monthly compilation (`nominations?period=…` by an editor): the month's
 *   published exemplars, i.e. those Phòng Nội vụ accepted and introduced on the portal,
 *   grouped by introducing unit within each group;
 * - the proposal to the province (`proposals?from&to`): published exemplars of those months
 *   proposed to (or already selected by) the province.
 * Only the template's columns are printed: never phone numbers, addresses or consent.
 */

export const LIST_COLUMNS = [
  'STT',
  'Tên tập thể / Họ và tên cá nhân',
  'Năm sinh',
  'Dân tộc',
  'Chức vụ, đơn vị công tác / Địa chỉ',
  'Lĩnh vực / Phong trào thi đua',
  'Thành tích tiêu biểu (tóm tắt)',
  'Hình thức khen thưởng đã đạt',
  'Ghi chú',
] as const

/** Relative widths of the ten printed columns (Năm sinh splits into Nam / Nữ). */
export const COLUMN_WEIGHTS = [4, 14, 5, 5, 6, 14, 11, 22, 12, 7]

export type ListRow = {
  name: string
  birthMale: string
  birthFemale: string
  ethnicity: string
  position: string
  sectorMovement: string
  summary: string
  awards: string
  note: string
}

export type ListSection = { heading: string | null; rows: ListRow[] }
export type ListGroup = { label: string; sections: ListSection[] }

export type OfficialList = {
  /** Top left, first line (cơ quan chủ quản), may be empty. */
  parentBody: string
  /** Top left, second line, bold (cơ quan ban hành). */
  issuer: string
  title: string
  subtitle: string
  attachment: string
  groups: ListGroup[]
  total: number
  dateLine: string
  signatures: {
    left: { title: string; hint: string }
    right: { lines: string[]; hint: string; name: string }
  }
  /** Document title for file properties. */
  documentTitle: string
  fileBase: { ascii: string; utf8: string }
}

const KIND_GROUPS: Array<{ kind: string; label: string }> = [
  { kind: 'collective', label: 'TẬP THỂ' },
  { kind: 'individual', label: 'CÁ NHÂN' },
  { kind: 'household', label: 'HỘ GIA ĐÌNH' },
]
const ROMAN = ['I', 'II', 'III']

type Relation = Id | { id: Id } | null | undefined
const idOf = (value: Relation): Id | null =>
  value === null || value === undefined ? null : typeof value === 'object' ? value.id : value

type ListExemplar = {
  id: Id
  kind: string
  name: string
  birthYear?: number | null
  gender?: string | null
  ethnicity?: string | null
  position?: string | null
  sector?: string | null
  category?: string | null
  movement?: Relation
  summary?: string | null
  awards?: Array<{
    title?: string | null
    decisionNo?: string | null
    year?: number | null
    issuer?: string | null
  }> | null
  unit?: Relation
  provincialStatus?: string | null
  period?: string | null
}

/** Decree 30/2020: days below 10 and months 1–2 take a leading zero. */
export function officialDateLine(place: string, now = new Date()): string {
  const local = new Date(now.getTime() + 7 * 3600_000)
  const day = String(local.getUTCDate()).padStart(2, '0')
  const month = local.getUTCMonth() + 1
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month)
  return `${place ? `${place}, ` : ''}ngày ${day} tháng ${mm} năm ${local.getUTCFullYear()}`
}

function awardsText(awards: ListExemplar['awards']): string {
  return (awards ?? [])
    .map((a) => {
      const detail = [
        a.decisionNo ? `QĐ số ${a.decisionNo}` : '',
        a.issuer ?? '',
        a.year ? String(a.year) : '',
      ]
        .filter(Boolean)
        .join(', ')
      return detail ? `${a.title} (${detail})` : (a.title ?? '')
    })
    .filter(Boolean)
    .join('; ')
}

async function namesOf(
  payload: Payload,
  collection: 'units' | 'movements',
  ids: Id[],
  req?: PayloadRequest,
): Promise<Map<string, string>> {
  if (!ids.length) return new Map()
  const { docs } = await payload.find({
    collection,
    where: { id: { in: ids } },
    select: { name: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((d) => [String(d.id), d.name]))
}

async function findExemplars(payload: Payload, where: Where, req?: PayloadRequest) {
  const { docs } = await payload.find({
    collection: 'exemplars',
    where,
    select: {
      kind: true,
      name: true,
      birthYear: true,
      gender: true,
      ethnicity: true,
      position: true,
      sector: true,
      category: true,
      movement: true,
      summary: true,
      awards: true,
      unit: true,
      provincialStatus: true,
      period: true,
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs as unknown as ListExemplar[]
}

type RowContext = {
  units: Map<string, string>
  movements: Map<string, string>
  note: (e: ListExemplar) => string
}

function toRow(e: ListExemplar, ctx: RowContext): ListRow {
  const year = e.kind === 'individual' && e.birthYear ? String(e.birthYear) : ''
  const sector = e.sector ? (SECTOR_LABELS[e.sector as keyof typeof SECTOR_LABELS] ?? e.sector) : ''
  const movementId = idOf(e.movement)
  const movement = movementId === null ? '' : (ctx.movements.get(String(movementId)) ?? '')
  return {
    name: e.name,
    birthMale: e.gender === 'male' ? year : '',
    birthFemale: e.gender === 'female' ? year : e.gender ? '' : year,
    ethnicity: e.kind === 'individual' ? (e.ethnicity ?? '') : '',
    position: e.position ?? '',
    sectorMovement: [sector, movement].filter(Boolean).join(' / '),
    summary: e.summary ?? '',
    awards: awardsText(e.awards),
    note: ctx.note(e),
  }
}

/** Rows grouped I. TẬP THỂ / II. CÁ NHÂN / III. HỘ GIA ĐÌNH (empty groups left out), by unit within. */
function groupRows(exemplars: ListExemplar[], ctx: RowContext, byUnit: boolean): ListGroup[] {
  const groups: ListGroup[] = []
  for (const { kind, label } of KIND_GROUPS) {
    const members = exemplars.filter((e) => e.kind === kind)
    if (!members.length) continue
    const unitName = (e: ListExemplar) => ctx.units.get(String(idOf(e.unit))) ?? ''
    members.sort(
      (a, b) => compareVietnamese(unitName(a), unitName(b)) || compareVietnamese(a.name, b.name),
    )
    const sections: ListSection[] = []
    if (byUnit) {
      for (const e of members) {
        const heading = unitName(e) || 'Đơn vị khác'
        const last = sections.at(-1)
        if (last && last.heading === heading) last.rows.push(toRow(e, ctx))
        else sections.push({ heading, rows: [toRow(e, ctx)] })
      }
    } else {
      sections.push({ heading: null, rows: members.map((e) => toRow(e, ctx)) })
    }
    groups.push({ label: `${ROMAN[groups.length]}. ${label}`, sections })
  }
  return groups
}

const upper = (value: string | null | undefined) =>
  (value ?? '').normalize('NFC').toLocaleUpperCase('vi')

function signatureBlocks(settings: SiteSetting, district: boolean): OfficialList['signatures'] {
  const right =
    district && (settings.signerAuthority || settings.signerTitle)
      ? {
          lines: [settings.signerAuthority, settings.signerTitle]
            .filter(Boolean)
            .map((l) => upper(l)),
          hint: '(Ký, ghi rõ họ tên, đóng dấu)',
          name: settings.signerName ?? '',
        }
      : { lines: ['THỦ TRƯỞNG ĐƠN VỊ'], hint: '(Ký, ghi rõ họ tên, đóng dấu)', name: '' }
  return { left: { title: 'Người lập biểu', hint: '(Ký, ghi rõ họ tên)' }, right }
}

async function buildContext(payload: Payload, exemplars: ListExemplar[], req?: PayloadRequest) {
  const unitIds = [
    ...new Set(exemplars.map((e) => idOf(e.unit)).filter((id): id is Id => id !== null)),
  ]
  const movementIds = [
    ...new Set(exemplars.map((e) => idOf(e.movement)).filter((id): id is Id => id !== null)),
  ]
  const [units, movements] = await Promise.all([
    namesOf(payload, 'units', unitIds, req),
    namesOf(payload, 'movements', movementIds, req),
  ])
  return { units, movements }
}

export async function nominationsList(
  payload: Payload,
  { period, unit, req, now }: { period: string; unit: Id | null; req?: PayloadRequest; now?: Date },
): Promise<OfficialList> {
  const settings = await readSettings(payload, req)
  let unitName = ''
  if (unit !== null) {
    // An id of the wrong shape for the adapter (not a number on SQLite, not an ObjectId on
    // MongoDB) is as unknown as a missing one.
    const found = await payload
      .findByID({
        collection: 'units',
        id: unit,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
      })
      .catch(() => null)
    if (!found) throw new ReportError('Không tìm thấy đơn vị đã chọn.', 404)
    unitName = found.name
  }
  const where: Where =
    unit === null
      ? { and: [{ period: { equals: period } }, { reviewState: { equals: 'published' } }] }
      : {
          and: [
            { period: { equals: period } },
            { unit: { equals: unit } },
            { reviewState: { in: ['submitted', 'published'] } },
          ],
        }
  const exemplars = await findExemplars(payload, where, req)
  const ctx = await buildContext(payload, exemplars, req)
  const shown = displayPeriod(period)
  const groups = groupRows(
    exemplars,
    {
      ...ctx,
      note: (e) =>
        e.category ? (CATEGORY_LABELS[e.category as keyof typeof CATEGORY_LABELS] ?? '') : '',
    },
    unit === null,
  )
  const authority = settings.authorityName ?? ''
  const issuer = unit === null ? (settings.compilingOffice ?? authority) : unitName
  const code = settings.issuingUnitCode ? `/${settings.issuingUnitCode}` : ''
  const slugPeriod = period
  return {
    parentBody: upper(authority),
    issuer: upper(issuer),
    title: 'DANH SÁCH',
    subtitle: `Giới thiệu mô hình, gương điển hình tiên tiến tháng ${shown}`,
    attachment:
      unit === null
        ? `(Kèm theo Công văn số ……${code} ngày …… tháng …… năm …… của ${authority || '……'})`
        : `(Kèm theo Công văn số …… ngày …… tháng …… năm …… của ${unitName})`,
    groups,
    total: exemplars.length,
    dateLine: officialDateLine(settings.placeName ?? '', now),
    signatures: signatureBlocks(settings, false),
    documentTitle: `Danh sách giới thiệu mô hình, gương điển hình tiên tiến tháng ${shown}${unitName ? ` - ${unitName}` : ''}`,
    fileBase: {
      ascii: `danh-sach-gioi-thieu-${slugPeriod}${unit !== null ? `-don-vi-${unit}` : ''}`,
      utf8: `Danh sách giới thiệu gương điển hình tháng ${shown.replace('/', '-')}${unitName ? ` - ${unitName}` : ''}`,
    },
  }
}

export async function proposalsList(
  payload: Payload,
  {
    periods,
    unit = null,
    req,
    now,
  }: { periods: string[]; unit?: Id | null; req?: PayloadRequest; now?: Date },
): Promise<OfficialList> {
  const settings = await readSettings(payload, req)
  const exemplars = await findExemplars(
    payload,
    {
      and: [
        { period: { in: periods } },
        { reviewState: { equals: 'published' } },
        { provincialStatus: { in: ['proposed', 'selected'] } },
        ...(unit !== null ? [{ unit: { equals: unit } }] : []),
      ],
    },
    req,
  )
  const ctx = await buildContext(payload, exemplars, req)
  const note = (e: ListExemplar) =>
    [
      ctx.units.get(String(idOf(e.unit))) ?? '',
      e.period ? `kỳ ${displayPeriod(e.period)}` : '',
      e.provincialStatus === 'selected' ? 'Được tỉnh lựa chọn' : '',
    ]
      .filter(Boolean)
      .join('; ')
  const from = displayPeriod(periods[0])
  const to = displayPeriod(periods[periods.length - 1])
  const span = from === to ? `tháng ${from}` : `từ tháng ${from} đến tháng ${to}`
  const authority = settings.authorityName ?? ''
  const code = settings.issuingUnitCode ? `/${settings.issuingUnitCode}` : ''
  return {
    // A People's Committee heads its documents with its own name only (Decree 30/2020, annex I).
    parentBody: '',
    issuer: upper(authority),
    title: 'DANH SÁCH',
    subtitle: `Đề nghị giới thiệu gương điển hình tiên tiến lên tỉnh (${span})`,
    attachment: `(Kèm theo Công văn số ……${code} ngày …… tháng …… năm …… của ${authority || '……'}${settings.provincialBoard ? ` gửi ${settings.provincialBoard}` : ''})`,
    groups: groupRows(exemplars, { ...ctx, note }, false),
    total: exemplars.length,
    dateLine: officialDateLine(settings.placeName ?? '', now),
    signatures: signatureBlocks(settings, true),
    documentTitle: `Danh sách đề nghị giới thiệu gương điển hình tiên tiến lên tỉnh ${span}`,
    fileBase: {
      ascii: `de-xuat-len-tinh-${periods[0]}-${periods[periods.length - 1]}`,
      utf8: `Danh sách đề nghị lên tỉnh ${span.replace(/\//g, '-')}`,
    },
  }
}
