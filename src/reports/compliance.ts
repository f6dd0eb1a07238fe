import type { CoverageEntryLike } from '@/lib/coverage-key'
import { relationId } from '@/lib/ids'
import { VN_OFFSET_MS } from '@/lib/vn-time'
import type { Payload, PayloadRequest, Where } from 'payload'

import { sqliteClient } from '@/server/sqlite-client'
import type { Exemplar, SiteSetting } from '@/payload-types'

import {
  assembleReport,
  localDay,
  type ComplianceReport,
  type ExemplarInput,
  type Id,
  type UnitInput,
} from './figures'

export type ComplianceOptions = {
  periods: string[]
  /** Only this unit (a contributor's own); all units when absent. */
  unit?: Id | null
  now?: Date
  req?: PayloadRequest
}

type Relation = Id | { id: Id } | null | undefined

/** Start of the first and end of the last month, widened by a day to be safe at the edges. */
function rangeBounds(periods: string[]): { start: string; end: string } {
  const start = new Date(`${periods[0]}-01T00:00:00+07:00`)
  const [year, month] = periods[periods.length - 1].split('-').map(Number)
  const end = new Date(Date.UTC(year, month, 1) - VN_OFFSET_MS)
  const day = 24 * 3600_000
  return {
    start: new Date(start.getTime() - day).toISOString(),
    end: new Date(end.getTime() + day).toISOString(),
  }
}

export async function readSettings(payload: Payload, req?: PayloadRequest): Promise<SiteSetting> {
  return payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, req })
}

/** Units that existed at some time in the range (exact months are judged in `assembleReport`). */
export async function unitsInRange(
  payload: Payload,
  periods: string[],
  unit?: Id | null,
  req?: PayloadRequest,
): Promise<UnitInput[]> {
  const { start, end } = rangeBounds(periods)
  const where: Where = {
    and: [
      // Unset dates are missing or null depending on the adapter and how the unit was saved.
      {
        or: [
          { validFrom: { exists: false } },
          { validFrom: { equals: null } },
          { validFrom: { less_than: end } },
        ],
      },
      {
        or: [
          { validTo: { exists: false } },
          { validTo: { equals: null } },
          { validTo: { greater_than: start } },
        ],
      },
      ...(unit !== undefined && unit !== null ? [{ id: { equals: unit } }] : []),
    ],
  }
  const { docs } = await payload.find({
    collection: 'units',
    where,
    select: { name: true, slug: true, kind: true, cluster: true, validFrom: true, validTo: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => ({
    id: doc.id,
    name: doc.name,
    slug: doc.slug ?? null,
    kind: doc.kind ?? null,
    cluster: relationId(doc.cluster as Relation),
    validFrom: doc.validFrom ?? null,
    validTo: doc.validTo ?? null,
  }))
}

/** The coverage log as SQLite's json_group_array hands it over. */
function coverageRows(value: unknown): CoverageEntryLike[] {
  if (typeof value !== 'string') return []
  const parsed = JSON.parse(value) as unknown
  if (!Array.isArray(parsed)) return []
  return parsed
    .filter((entry): entry is unknown[] => Array.isArray(entry))
    .map(([outlet, url, date]) => ({ outlet, url, date }))
}

/**
 * The few fields of the range's exemplars that the figures need, read from the main documents
 * (what the workflow writes): no rich text, no images, no private fields.
 */
async function exemplarsInRange(
  payload: Payload,
  periods: string[],
  unit?: Id | null,
  req?: PayloadRequest,
): Promise<ExemplarInput[]> {
  const scoped = unit !== undefined && unit !== null
  const client = sqliteClient(payload)
  if (client) {
    // SQLite: one query, each exemplar's coverage log gathered in the database as a JSON array
    // of [outlet, url, date]; the figures decide which entries count.
    const { rows } = await client.execute({
      sql:
        'SELECT e.unit_id AS unit, e.period, e.submitted_at AS submittedAt, e.review_state AS reviewState,' +
        ' e.provincial_status AS provincialStatus,' +
        ' (SELECT json_group_array(json_array(c.outlet, c.url, c.date)) FROM exemplars_coverage c' +
        ' WHERE c._parent_id = e.id) AS coverage' +
        ` FROM exemplars e WHERE e.deleted_at IS NULL AND e.period IN (${periods.map(() => '?').join(', ')})` +
        (scoped ? ' AND e.unit_id = ?' : ''),
      args: [...periods, ...(scoped ? [Number(unit)] : [])],
    })
    return (rows as Record<string, unknown>[]).map((row) => ({
      unit: row.unit === null ? null : Number(row.unit),
      period: String(row.period),
      submittedAt: (row.submittedAt as string | null) ?? null,
      reviewState: (row.reviewState as string | null) ?? null,
      provincialStatus: (row.provincialStatus as string | null) ?? null,
      coverage: coverageRows(row.coverage),
    }))
  }
  // Elsewhere straight from the database adapter (adapter-neutral, no hooks, no access): a year of
  // a province's exemplars is thousands of rows, and Payload's per-document read pipeline was most
  // of the report's time (2.2 s → see bench/README). Access is decided by the caller.
  const { docs } = await payload.db.find<Exemplar>({
    collection: 'exemplars',
    where: {
      and: [
        { period: { in: periods } },
        ...(scoped ? [{ unit: { equals: unit } }] : []),
        { deletedAt: { exists: false } },
      ],
    },
    select: {
      unit: true,
      period: true,
      submittedAt: true,
      reviewState: true,
      provincialStatus: true,
      coverage: { outlet: true, url: true, date: true },
    },
    limit: 0,
    pagination: false,
    req,
  })
  return docs.map((doc) => ({
    unit: relationId(doc.unit as Relation),
    period: doc.period,
    submittedAt: doc.submittedAt ?? null,
    reviewState: doc.reviewState ?? null,
    provincialStatus: doc.provincialStatus ?? null,
    coverage: doc.coverage ?? [],
  }))
}

/**
 * The one computation behind `/api/reports/compliance`, `compliance.xlsx`, the admin's
 * "Báo cáo thi đua" view and the dashboard widget. Access is the caller's business: the
 * endpoints and views decide which unit a user may see and pass it as `unit`.
 */
export async function computeCompliance(
  payload: Payload,
  { periods, unit, now, req }: ComplianceOptions,
): Promise<ComplianceReport> {
  const [settings, units, exemplars, clusters] = await Promise.all([
    readSettings(payload, req),
    unitsInRange(payload, periods, unit, req),
    exemplarsInRange(payload, periods, unit, req),
    payload.find({
      collection: 'clusters',
      select: { name: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    }),
  ])
  return assembleReport({
    periods,
    units,
    clusters: clusters.docs.map((c) => ({ id: c.id, name: c.name })),
    exemplars,
    deadlineDay: settings.deadlineDay ?? 5,
    points: settings.scoring,
    now,
  })
}

/** The JSON of SPEC §5 (and a few extra keys): counts per unit and month, score, ranks. */
export function complianceJson(report: ComplianceReport) {
  return {
    from: report.from,
    to: report.to,
    periods: report.periods,
    deadlineDay: report.deadlineDay,
    points: report.points,
    generatedAt: report.generatedAt,
    units: report.units.map((row) => ({
      id: row.id,
      name: row.name,
      cluster: row.cluster,
      clusterId: row.clusterId,
      kind: row.kind,
      validFrom: row.validFrom ? localDay(row.validFrom) : null,
      validTo: row.validTo ? localDay(row.validTo) : null,
      byPeriod: row.byPeriod,
      totals: row.totals,
      score: row.score,
      rank: row.rank,
      clusterRank: row.clusterRank,
    })),
    clusters: report.clusters,
    totals: report.totals,
  }
}
