import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { vietnameseGraphQL } from '@/security/graphql-limits'

export const POST = vietnameseGraphQL(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
