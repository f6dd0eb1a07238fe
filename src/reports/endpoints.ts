import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { complianceJson, computeCompliance } from './compliance'
import { parseRange, RangeInputError } from './figures'
import { ReportError, reportScope, type ReportScope } from './scope'

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

export const reportEndpoints: Endpoint[] = [complianceEndpoint]
