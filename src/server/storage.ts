import fs from 'node:fs/promises'
import path from 'node:path'

import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

export type S3Settings = {
  bucket: string
  endpoint?: string
  region: string
  forcePathStyle: boolean
  credentials?: { accessKeyId: string; secretAccessKey: string }
}

/** S3-compatible storage when S3_BUCKET is set (AWS, MinIO, any S3 API); else the local `media/`. */
export function s3Settings(
  env: Record<string, string | undefined> = process.env,
): S3Settings | null {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return null
  const accessKeyId = env.S3_ACCESS_KEY_ID
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY
  return {
    bucket,
    endpoint: env.S3_ENDPOINT || undefined,
    region: env.S3_REGION || 'us-east-1',
    // MinIO and most self-hosted stores want path-style URLs (http://host/bucket/key).
    forcePathStyle: /^(1|true|yes)$/i.test(
      env.S3_FORCE_PATH_STYLE ?? (env.S3_ENDPOINT ? 'true' : ''),
    ),
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  }
}

function clientConfig(settings: S3Settings) {
  return {
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials: settings.credentials,
  }
}

/**
 * Images (with every resized variant) and document PDFs go to the bucket; they are still served
 * through the app at `/api/media/file/<name>` and `/api/document-files/file/<name>` (Payload's
 * access control, one URL whatever the storage). The plugin's extra columns (`prefix`,
 * `_objectKey`) exist with or without S3 (`alwaysInsertFields`), so both share one schema and
 * one set of migrations. The upload checks (content, polyglot, metadata strip) are
 * `beforeOperation` hooks: they run before the plugin's `beforeChange` upload.
 */
export function storagePlugin(env: Record<string, string | undefined> = process.env): Plugin {
  const settings = s3Settings(env)
  return s3Storage({
    enabled: Boolean(settings),
    alwaysInsertFields: true,
    collections: { media: true, 'document-files': true },
    bucket: settings?.bucket ?? 'unused',
    config: settings ? clientConfig(settings) : {},
  })
}

/** For the health check: the bucket answers, or the local folder is writable. */
export async function storageReachable(
  env: Record<string, string | undefined> = process.env,
): Promise<{ ok: boolean; kind: 's3' | 'disk'; error?: string }> {
  const settings = s3Settings(env)
  try {
    if (settings) {
      const client = storageClient(settings)
      await client.send(new HeadBucketCommand({ Bucket: settings.bucket }), {
        abortSignal: AbortSignal.timeout(2000),
      })
      return { ok: true, kind: 's3' }
    }
    await fs.access(path.resolve(process.cwd(), 'media'), fs.constants.W_OK)
    return { ok: true, kind: 'disk' }
  } catch (error) {
    return { ok: false, kind: settings ? 's3' : 'disk', error: (error as Error).name || 'Error' }
  }
}

let healthClient: S3Client | null = null
function storageClient(settings: S3Settings): S3Client {
  healthClient ??= new S3Client(clientConfig(settings))
  return healthClient
}
