import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig, type Migration } from 'payload'
import sharp from 'sharp'

import { healthEndpoint, readyEndpoint } from '@/server/health'
import { Articles } from '@/collections/articles'
import { AuditLog } from '@/collections/audit-log'
import { Clusters } from '@/collections/clusters'
import { DocumentFiles } from '@/collections/document-files'
import { Documents } from '@/collections/documents'
import { Exemplars } from '@/collections/exemplars'
import { Media } from '@/collections/media'
import { Movements } from '@/collections/movements'
import { Units } from '@/collections/units'
import { Users } from '@/collections/users'
import { SiteSettings } from '@/globals/site-settings'
import { databaseAdapter, databaseUri, isMongoUri } from '@/server/database'
import { enOverrides, vietnameseErrors, viOverrides } from '@/lib/errors'
import { resolveSecret } from '@/server/secret'
import { storagePlugin } from '@/server/storage'
import { mailAdapter } from '@/mail'
import { migrations } from '@/migrations'
import { depthLimit, MAX_GRAPHQL_COMPLEXITY } from '@/security/graphql-limits'
import { serverUrl, trustedOrigins } from '@/security/origins'
import { reportEndpoints } from '@/reports/endpoints'
import { reviewWorkflow } from '@/workflow/plugin'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: serverUrl(),
  // The session cookie counts only on requests from these origins (cross-site forgery).
  csrf: trustedOrigins(),
  // `?depth=100` is served as depth 4: one request cannot make the server populate without end.
  maxDepth: 4,
  graphQL: {
    maxComplexity: MAX_GRAPHQL_COMPLEXITY,
    validationRules: () => [depthLimit()],
    disableIntrospectionInProduction: true,
    disablePlaygroundInProduction: true,
  },
  secret: resolveSecret(),
  telemetry: false,
  // Production logs one JSON object per line (pino), for the log collector; development stays pretty.
  logger:
    process.env.NODE_ENV === 'production'
      ? { options: { level: process.env.LOG_LEVEL || 'info' } }
      : undefined,
  db: databaseAdapter(),
  plugins: [
    // The review workflow (src/workflow): what is frozen, what is visible, who moves it.
    reviewWorkflow({
      collections: {
        exemplars: { provincial: true, openAfterPublish: ['coverage'] },
        articles: {},
      },
      uploads: ['media', 'document-files'],
    }),
    // Media on S3-compatible storage when S3_BUCKET is set (src/server/storage.ts).
    storagePlugin(),
  ],
  // GET /api/health (database, storage, cache) and GET /api/ready (for the load balancer).
  endpoints: [...reportEndpoints, healthEndpoint, readyEndpoint],
  editor: lexicalEditor(),
  // Password reset and every other mail Payload sends go through SMTP_URL, or to the log (src/mail).
  email: mailAdapter,
  sharp,
  admin: {
    user: 'users',
    // Gravatar would load a picture from outside (broken offline and under the CSP): the
    // admin's own initials avatar instead.
    avatar: 'default',
    meta: { titleSuffix: ' — Lan Tỏa' },
    importMap: { baseDir: path.resolve(dirname, 'src') },
    components: {
      beforeDashboard: ['/admin/month-widget#MonthWidget', '/admin/dashboard#Dashboard'],
      beforeNavLinks: [
        '/admin/nav-queue-link#NavQueueLink',
        '/admin/nav-reports-link#NavReportsLink',
      ],
      views: {
        reports: { Component: '/admin/reports/view#ReportsView', path: '/bao-cao' },
      },
    },
  },
  collections: [
    // Nội dung
    Exemplars,
    Articles,
    Media,
    Documents,
    DocumentFiles,
    // Danh mục
    Units,
    Clusters,
    Movements,
    // Hệ thống
    Users,
    AuditLog,
  ],
  globals: [SiteSettings],
  i18n: {
    // Vietnamese for everyone; English stays available from each account's settings.
    supportedLanguages: { vi, en },
    fallbackLanguage: 'vi',
    translations: { vi: viOverrides, en: enOverrides },
  },
  hooks: { afterError: [vietnameseErrors] },
  // Payload turns an aborted oversize upload into a 500; truncating instead lets the collections'
  // own checks answer 400 with a Vietnamese message.
  upload: { limits: { fileSize: 20 * 1024 * 1024 + 1 }, abortOnLimit: false },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  onInit: async (payload) => {
    // Production applies migrations on connect (prodMigrations); tests and `next dev` do it here,
    // so every environment runs on the same committed schema and none uses schema push.
    if (process.env.NODE_ENV !== 'production' && !isMongoUri(databaseUri())) {
      // Payload types migrate()'s list for any adapter (args: unknown); these are the SQLite adapter's own.
      await payload.db.migrate({ migrations: migrations as Migration[] })
    }
  },
})
