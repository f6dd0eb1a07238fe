import { relationId } from '@/lib/ids'
import { VN_OFFSET_MS } from '@/lib/vn-time'
import type { Payload, PayloadRequest, Where } from 'payload'

import { findUnit } from '@/collections/units/find'
import { inSentence, unitHeading } from '@/collections/units/heading'
import { orgWords } from '@/globals/org-words'
import { deadlineOf, displayPeriod, FIRST_YEAR, LAST_YEAR } from '@/lib/period'
import { CATEGORY_LABELS, SECTOR_LABELS } from '@/lib/labels'
import { compareVietnamese, slugify } from '@/lib/vietnamese'
import type { SiteSetting } from '@/payload-types'
import { provincialStatusLabel } from '@/workflow/states'

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
 *   exemplars the unit sent for that month — the compliance figures' `submitted`, one
 *   definition (`submittedAt` set, not in the trash). A returned one was sent and counts, so it is
 *   listed with "Trả lại bổ sung" in its note; one taken back ("Rút lại") was not sent;
 * - the district's monthly compilation (`nominations?period=…` by an editor): the month's
 *   published exemplars, i.e. those the compiling office accepted and introduced on the portal,
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
  /** Top left, first lines, regular (cơ quan chủ quản), may be empty. */
  parentBody: string[]
  /** Top left, then, bold (cơ quan ban hành); a short rule under it. */
  issuer: string[]
  title: string
  subtitle: string
  attachment: string
  /** Always I. TẬP THỂ and II. CÁ NHÂN (empty ones say so); III. HỘ GIA ĐÌNH when present. */
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
  reviewState?: string | null
  period?: string | null
}

/** A calendar day, as the date line prints it. */
export type CalendarDay = { year: number; month: number; day: number }

/** The calendar day (Vietnam time) of an instant. */
export function vietnamDay(instant: Date): CalendarDay {
  const local = new Date(instant.getTime() + VN_OFFSET_MS)
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() }
}

/** Decree 30/2020: days below 10 and months 1–2 take a leading zero. */
export function officialDateLine(place: string, date: CalendarDay): string {
  const day = String(date.day).padStart(2, '0')
  const mm = date.month <= 2 ? String(date.month).padStart(2, '0') : String(date.month)
  return `${place ? `${place}, ` : ''}ngày ${day} tháng ${mm} năm ${date.year}`
}

/** `date=YYYY-MM-DD` from the download form: a real calendar day, or a Vietnamese 400. */
export function parseDocumentDate(value: unknown): CalendarDay | null {
  if (value === undefined || value === null || value === '') return null
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim()) : null
  const [year, month, day] = match ? match.slice(1).map(Number) : [0, 0, 0]
  const check = new Date(Date.UTC(year, month - 1, day))
  if (
    !match ||
    year < FIRST_YEAR ||
    year > LAST_YEAR ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  ) {
    throw new ReportError(
      'Tham số "date" không hợp lệ: ngày ghi trên văn bản phải có dạng YYYY-MM-DD, ví dụ 2022-07-05.',
      400,
    )
  }
  return { year, month, day }
}

/**
 * The day a list is dated: the one asked for; otherwise, for a period whose deadline has passed,
 * the deadline (the day the list was due), and for the current cycle today.
 */
export function documentDay(
  lastPeriod: string,
  deadlineDay: number,
  now: Date,
  requested: CalendarDay | null,
): CalendarDay {
  if (requested) return requested
  const deadline = deadlineOf(lastPeriod, deadlineDay)
  return vietnamDay(now.getTime() > deadline.getTime() ? deadline : now)
}

/** The returned or unpublished ones a unit's list carries, said in the note column. */
const STATE_NOTES: Record<string, string> = {
  returned: 'Trả lại bổ sung',
  draft: 'Đã gỡ xuống',
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
      reviewState: true,
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
  const movementId = relationId(e.movement)
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

/**
 * Rows grouped as the template numbers them: I. TẬP THỂ and II. CÁ NHÂN always (a list of
 * individuals only still reads "II. CÁ NHÂN", under an empty "I. TẬP THỂ"), III. HỘ GIA ĐÌNH
 * when there is one; by unit within each group for the district's compilation.
 */
function groupRows(exemplars: ListExemplar[], ctx: RowContext, byUnit: boolean): ListGroup[] {
  const groups: ListGroup[] = []
  for (const [index, { kind, label }] of KIND_GROUPS.entries()) {
    const members = exemplars.filter((e) => e.kind === kind)
    if (!members.length && kind === 'household') continue
    const unitName = (e: ListExemplar) => ctx.units.get(String(relationId(e.unit))) ?? ''
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
    groups.push({ label: `${ROMAN[index]}. ${label}`, sections: members.length ? sections : [] })
  }
  return groups
}

const upper = (value: string | null | undefined) =>
  (value ?? '').normalize('NFC').toLocaleUpperCase('vi')

/** The authority's signer (site settings), for what the authority itself sends. */
function authoritySigner(settings: SiteSetting): OfficialList['signatures'] {
  const lines = [settings.signerAuthority, settings.signerTitle].filter(Boolean).map(upper)
  return signer(lines.length ? lines : ['THỦ TRƯỞNG ĐƠN VỊ'], settings.signerName ?? '')
}

function signer(lines: string[], name: string): OfficialList['signatures'] {
  return {
    left: { title: 'Người lập biểu', hint: '(Ký, ghi rõ họ tên)' },
    right: { lines, hint: '(Ký, ghi rõ họ tên, đóng dấu)', name },
  }
}

/**
 * An administrative body's name on the heading's lines: "ỦY BAN NHÂN DÂN" over "HUYỆN LỘC BÌNH",
 * as Decree 30's annex lays it out; other names stay on one line.
 */
const LEVEL_SPLIT =
  /^(.+?)\s+((?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+.+)$/iu
export function headingLines(name: string | null | undefined): string[] {
  const text = upper(name).trim()
  if (!text) return []
  const split = LEVEL_SPLIT.exec(text)
  return split && /^ỦY BAN NHÂN DÂN$/u.test(split[1]) ? [split[1], split[2]] : [text]
}

async function buildContext(payload: Payload, exemplars: ListExemplar[], req?: PayloadRequest) {
  const unitIds = [
    ...new Set(exemplars.map((e) => relationId(e.unit)).filter((id): id is Id => id !== null)),
  ]
  const movementIds = [
    ...new Set(exemplars.map((e) => relationId(e.movement)).filter((id): id is Id => id !== null)),
  ]
  const [units, movements] = await Promise.all([
    namesOf(payload, 'units', unitIds, req),
    namesOf(payload, 'movements', movementIds, req),
  ])
  return { units, movements }
}

type DocumentOptions = { req?: PayloadRequest; now?: Date; date?: CalendarDay | null }

export async function nominationsList(
  payload: Payload,
  {
    period,
    unit,
    req,
    now = new Date(),
    date = null,
  }: DocumentOptions & { period: string; unit: Id | null },
): Promise<OfficialList> {
  const settings = await readSettings(payload, req)
  let unitName = ''
  let heading: ReturnType<typeof unitHeading> | null = null
  if (unit !== null) {
    const found = await findUnit(payload, unit, req)
    if (!found) throw new ReportError('Không tìm thấy đơn vị đã chọn.', 404)
    unitName = found.name
    heading = unitHeading(found, settings)
  }
  const where: Where =
    unit === null
      ? { and: [{ period: { equals: period } }, { reviewState: { equals: 'published' } }] }
      : {
          // What the unit sent: the compliance figures' `submitted` (src/reports/figures.ts).
          and: [
            { period: { equals: period } },
            { unit: { equals: unit } },
            { submittedAt: { exists: true } },
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
        [
          e.category ? (CATEGORY_LABELS[e.category as keyof typeof CATEGORY_LABELS] ?? '') : '',
          unit !== null ? (STATE_NOTES[e.reviewState ?? ''] ?? '') : '',
        ]
          .filter(Boolean)
          .join('; '),
    },
    unit === null,
  )
  const authority = settings.authorityName ?? ''
  const code = settings.issuingUnitCode ? `/${settings.issuingUnitCode}` : ''
  const slugPeriod = period
  const day = documentDay(period, settings.deadlineDay ?? 5, now, date)
  // The compilation comes from the compiling office under the authority; without one, from the
  // authority itself, which (a People's Committee) heads with its own name only (Decree 30, annex I).
  const office = settings.compilingOffice?.trim()
  const top =
    heading !== null
      ? { parentBody: headingLines(heading.parentBody), issuer: [upper(unitName)] }
      : office
        ? { parentBody: headingLines(authority), issuer: [upper(office)] }
        : { parentBody: [], issuer: headingLines(authority) }
  return {
    ...top,
    title: 'DANH SÁCH',
    subtitle: `Giới thiệu mô hình, gương điển hình tiên tiến tháng ${shown}`,
    attachment:
      unit === null
        ? `(Kèm theo Công văn số ……${code} ngày …… tháng …… năm …… của ${authority || '……'})`
        : `(Kèm theo Công văn số …… ngày …… tháng …… năm …… của ${inSentence(unitName)})`,
    groups,
    total: exemplars.length,
    dateLine: officialDateLine(heading?.placeName ?? settings.placeName ?? '', day),
    signatures: signer([upper(heading?.signerTitle ?? 'Thủ trưởng đơn vị')], ''),
    documentTitle: `Danh sách giới thiệu mô hình, gương điển hình tiên tiến tháng ${shown}${unitName ? ` - ${unitName}` : ''}`,
    fileBase: {
      ascii: `danh-sach-gioi-thieu-${slugPeriod}${unit !== null ? `-don-vi-${unit}` : ''}`,
      utf8: `Danh sách giới thiệu gương điển hình tháng ${shown.replace('/', '-')}${unitName ? ` - ${unitName}` : ''}`,
    },
  }
}

export async function proposalsList(
  payload: Payload,
  { periods, req, now = new Date(), date = null }: DocumentOptions & { periods: string[] },
): Promise<OfficialList> {
  const settings = await readSettings(payload, req)
  const exemplars = await findExemplars(
    payload,
    {
      and: [
        { period: { in: periods } },
        { reviewState: { equals: 'published' } },
        { provincialStatus: { in: ['proposed', 'selected'] } },
      ],
    },
    req,
  )
  const ctx = await buildContext(payload, exemplars, req)
  // A district proposes to its province, a province to the central level: the words are data.
  const words = orgWords(settings)
  const upper = words.upperLevel
  const note = (e: ListExemplar) =>
    [
      ctx.units.get(String(relationId(e.unit))) ?? '',
      e.period ? `kỳ ${displayPeriod(e.period)}` : '',
      e.provincialStatus === 'selected' ? provincialStatusLabel('selected', words) : '',
    ]
      .filter(Boolean)
      .join('; ')
  const from = displayPeriod(periods[0])
  const to = displayPeriod(periods[periods.length - 1])
  const span = from === to ? `tháng ${from}` : `từ tháng ${from} đến tháng ${to}`
  const authority = settings.authorityName ?? ''
  const code = settings.issuingUnitCode ? `/${settings.issuingUnitCode}` : ''
  const day = documentDay(periods[periods.length - 1], settings.deadlineDay ?? 5, now, date)
  return {
    // The authority itself sends it; a People's Committee heads with its own name only.
    parentBody: [],
    issuer: headingLines(authority),
    title: 'DANH SÁCH',
    subtitle: `Đề nghị giới thiệu gương điển hình tiên tiến lên ${upper} (${span})`,
    attachment: `(Kèm theo Công văn số ……${code} ngày …… tháng …… năm …… của ${authority || '……'}${settings.provincialBoard ? ` gửi ${settings.provincialBoard}` : ''})`,
    groups: groupRows(exemplars, { ...ctx, note }, false),
    total: exemplars.length,
    dateLine: officialDateLine(settings.placeName ?? '', day),
    signatures: authoritySigner(settings),
    documentTitle: `Danh sách đề nghị giới thiệu gương điển hình tiên tiến lên ${upper} ${span}`,
    fileBase: {
      ascii: `de-xuat-len-${slugify(upper) || 'cap-tren'}-${periods[0]}-${periods[periods.length - 1]}`,
      utf8: `Danh sách đề nghị lên ${upper} ${span.replace(/\//g, '-')}`,
    },
  }
}
