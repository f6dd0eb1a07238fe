import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { evenAccountTiming } from '@/security/account-timing'
import { vietnameseGraphQL } from '@/security/graphql-limits'

export const POST = evenAccountTiming(vietnameseGraphQL(GRAPHQL_POST(config)))
export const OPTIONS = REST_OPTIONS(config)
