import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { readOrgWords } from '@/globals/org-words'

import { complianceJson, computeCompliance } from './compliance'
import { parseOnePeriod, parseRange, RangeInputError } from './figures'
import { nominationsList, parseDocumentDate, proposalsList, type OfficialList } from './lists'
import { ReportError, reportScope, requireStaff, unitFor, type ReportScope } from './scope'

const fail = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

export function param(req: PayloadRequest, name: string): string | undefined {
  const value = req.searchParams?.get(name) ?? (req.query?.[name] as string | undefined)
  return typeof value === 'string' ? value : undefined
}

/** A report handler: who is asking is checked first; bad input answers 4xx in Vietnamese. */
export function reportHandler(
  handle: (req: PayloadRequest, scope: ReportScope) => Promise<Response>,
): PayloadHandler {
  return async (req) => {
    try {
      return await handle(req, reportScope(req.user))
    } catch (error) {
      if (error instanceof ReportError || error instanceof RangeInputError) {
        return fail(error.status, error.message)
      }
      throw error
    }
  }
}

/** `name.ext` in ASCII for old clients, the Vietnamese name for the rest (RFC 6266 / 5987). */
export function contentDisposition(asciiName: string, utf8Name: string): string {
  const safe = asciiName.replace(/[^A-Za-z0-9._-]/g, '-')
  return `attachment; filename="${safe}"; filename*=UTF-8''${encodeURIComponent(utf8Name)}`
}

export function fileResponse(
  body: Buffer | Uint8Array,
  type: string,
  asciiName: string,
  utf8Name: string,
): Response {
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      'content-type': type,
      'content-disposition': contentDisposition(asciiName, utf8Name),
      'content-length': String(body.byteLength),
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  })
}

export const complianceEndpoint: Endpoint = {
  path: '/reports/compliance',
  method: 'get',
  handler: reportHandler(async (req, scope) => {
    const periods = parseRange(param(req, 'from'), param(req, 'to'))
    const report = await computeCompliance(req.payload, { periods, unit: scope.unit, req })
    return Response.json(complianceJson(report), {
      status: 200,
      headers: { 'cache-control': 'private, no-store' },
    })
  }),
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

type Format = 'docx' | 'pdf'

async function renderList(list: OfficialList, format: Format): Promise<Response> {
  if (format === 'docx') {
    const { renderListDocx } = await import('./docx')
    return fileResponse(
      await renderListDocx(list),
      DOCX,
      `${list.fileBase.ascii}.docx`,
      `${list.fileBase.utf8}.docx`,
    )
  }
  const { renderListPdf } = await import('./pdf')
  return fileResponse(
    await renderListPdf(list),
    'application/pdf',
    `${list.fileBase.ascii}.pdf`,
    `${list.fileBase.utf8}.pdf`,
  )
}

/**
 * The monthly list: a unit's (a contributor's own; another unit's is 403) or, for staff, the
 * compilation of the whole authority. `date=YYYY-MM-DD` sets the date line.
 */
const nominations = (format: Format): Endpoint => ({
  path: `/reports/nominations.${format}`,
  method: 'get',
  handler: reportHandler(async (req, scope) => {
    const period = parseOnePeriod(param(req, 'period'))
    const unit = unitFor(scope, param(req, 'unit'))
    const date = parseDocumentDate(param(req, 'date'))
    return renderList(await nominationsList(req.payload, { period, unit, date, req }), format)
  }),
})

/** The authority's proposal to the upper level (a province, or the central level): staff only. */
const proposals = (format: Format): Endpoint => ({
  path: `/reports/proposals.${format}`,
  method: 'get',
  handler: reportHandler(async (req, scope) => {
    requireStaff(scope)
    const periods = parseRange(param(req, 'from'), param(req, 'to'))
    const date = parseDocumentDate(param(req, 'date'))
    return renderList(await proposalsList(req.payload, { periods, date, req }), format)
  }),
})

const complianceXlsx: Endpoint = {
  path: '/reports/compliance.xlsx',
  method: 'get',
  handler: reportHandler(async (req, scope) => {
    const periods = parseRange(param(req, 'from'), param(req, 'to'))
    const report = await computeCompliance(req.payload, { periods, unit: scope.unit, req })
    const { renderComplianceXlsx } = await import('./xlsx')
    const words = await readOrgWords(req.payload, req)
    const span = `${periods[0]}_${periods[periods.length - 1]}`
    return fileResponse(
      await renderComplianceXlsx(report, words),
      XLSX,
      `bao-cao-thi-dua-${span}.xlsx`,
      `Báo cáo thi đua ${span}.xlsx`,
    )
  }),
}

export const reportEndpoints: Endpoint[] = [
  complianceEndpoint,
  complianceXlsx,
  nominations('docx'),
  nominations('pdf'),
  proposals('docx'),
  proposals('pdf'),
]
