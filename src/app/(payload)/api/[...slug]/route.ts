import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { guardRest } from '@/lib/rest-guard'
import { evenAccountTiming } from '@/security/account-timing'

// Malformed input is refused with a 4xx before Payload sees it (src/lib/rest-guard.ts).
export const GET = guardRest(config, REST_GET(config))
// Login and forgot-password answer in the same time for known and unknown addresses.
export const POST = evenAccountTiming(guardRest(config, REST_POST(config)))
export const DELETE = guardRest(config, REST_DELETE(config))
export const PATCH = guardRest(config, REST_PATCH(config))
export const PUT = guardRest(config, REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
