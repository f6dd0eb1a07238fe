/**
 * `npm run test:cluster`: two app instances behind nginx on this machine, sharing one SQLite file
 * (WAL), Redis (cache + rate limits) and an S3-compatible store (s3rver, a fake S3 server used
 * here only as the storage peer). Proves: an image uploaded through A is served by B (from the
 * bucket, not a local disk); an edit published on A is on B's public page within 2 s, and on
 * the page a visitor gets through nginx's page cache (deploy/nginx/nginx.conf's) within 10 s; a
 * token from A works on B; login limits are counted across instances; stopping A (SIGTERM) under load
 * loses no request beyond those in flight. Prints the figures and writes them to
 * `cluster-results.json` in the temp dir (path printed).
 *
 * Reuses the existing build (`npm start` builds only when sources are newer).
 */
import type { JsonBody } from '../helpers/json'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import autocannon from 'autocannon'
import S3rver from 's3rver'
import sharp from 'sharp'

import { untilReady } from '../helpers/ready'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lantoa-cluster-'))
const started: Array<() => Promise<void> | void> = []
const results: Record<string, unknown> = {}
let failures = 0

const log = (message: string) => console.log(`[cluster] ${message}`)
function check(condition: unknown, message: string): void {
  if (condition) {
    log(`ok   ${message}`)
  } else {
    failures += 1
    log(`FAIL ${message}`)
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function waitFor(
  url: string,
  child: ChildProcess | null,
  timeoutMs: number,
  logFile?: string,
) {
  const fatal = 'error occurred while loading instrumentation'
  try {
    await untilReady(url, {
      timeoutMs,
      gone: () =>
        child && child.exitCode !== null
          ? `exited (${child.exitCode}): ${url}`
          : logFile && fs.readFileSync(logFile, 'utf8').includes(fatal)
            ? `instrumentation failed: ${url}`
            : null,
    })
  } catch (error) {
    if (logFile) process.stderr.write(fs.readFileSync(logFile, 'utf8').slice(-6000))
    throw new Error(`not ready: ${url} (${(error as Error).message})`)
  }
}

/**
 * Asks for `url` every `everyMs` until `done` holds for its answer or `withinMs` have passed since
 * `since`; returns the time from `since` to that answer (-1 if none) and the last answer.
 */
async function pollPage(
  url: string,
  done: (answer: { html: string; cache: string }) => boolean,
  { since = Date.now(), withinMs, everyMs }: { since?: number; withinMs: number; everyMs: number },
) {
  let last = { html: '', cache: '' }
  while (Date.now() - since < withinMs) {
    const response = await fetch(url)
    last = { html: await response.text(), cache: response.headers.get('x-nextjs-cache') ?? '' }
    if (done(last)) return { ms: Date.now() - since, last }
    await sleep(everyMs)
  }
  return { ms: -1, last }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal)
  } catch {
    // gone
  }
}

async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      tmp,
    ],
    { stdio: ['ignore', fs.openSync(path.join(tmp, 'redis.log'), 'a'), 'inherit'], detached: true },
  )
  started.push(() => killGroup(child, 'SIGTERM'))
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end()
        resolve(true)
      })
      socket.on('error', () => resolve(false))
    })
    if (ok) return child
    await sleep(100)
  }
  throw new Error('redis-server did not start')
}

async function startS3(port: number): Promise<string> {
  const directory = path.join(tmp, 's3')
  const server = new S3rver({
    port,
    address: '127.0.0.1',
    silent: true,
    directory,
    configureBuckets: [{ name: 'lantoa', configs: [] }],
  })
  await server.run()
  started.push(() => server.close())
  return directory
}

function startNginx(port: number, upstreams: number[]): { conf: string; pidFile: string } {
  const user = os.userInfo().username
  const pidFile = path.join(tmp, 'nginx.pid')
  const conf = path.join(tmp, 'nginx.conf')
  for (const dir of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi', 'pages']) {
    fs.mkdirSync(path.join(tmp, dir), { recursive: true })
  }
  fs.writeFileSync(
    conf,
    `${process.getuid?.() === 0 ? `user ${user};` : ''}
worker_processes 1;
pid ${pidFile};
error_log ${path.join(tmp, 'nginx-error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${path.join(tmp, 'client_body')};
  proxy_temp_path ${path.join(tmp, 'proxy')};
  fastcgi_temp_path ${path.join(tmp, 'fastcgi')};
  uwsgi_temp_path ${path.join(tmp, 'uwsgi')};
  scgi_temp_path ${path.join(tmp, 'scgi')};
  # The page cache of deploy/nginx/nginx.conf: anonymous public pages for as long as the app's
  # s-maxage says, never with a session cookie, never /admin or /api.
  proxy_cache_path ${path.join(tmp, 'pages')} levels=1:2 keys_zone=pages:4m max_size=64m inactive=10m
    use_temp_path=off;
  map $http_cookie $signed_in {
    default 0;
    ~*payload-token= 1;
  }
  upstream app {
${upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=10s;`).join('\n')}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 25m;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $http_host;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_next_upstream error timeout http_502 http_503;
    proxy_next_upstream_tries 2;
    location /admin {
      proxy_pass http://app;
    }
    location /api/ {
      proxy_pass http://app;
    }
    location / {
      proxy_pass http://app;
      proxy_cache pages;
      proxy_cache_key $scheme$host$request_uri;
      proxy_cache_bypass $signed_in;
      proxy_no_cache $signed_in;
      proxy_cache_use_stale updating error timeout http_502 http_503;
      proxy_cache_background_update on;
      proxy_cache_lock on;
      proxy_cache_lock_timeout 2s;
      add_header X-Cache $upstream_cache_status;
    }
  }
}
`,
  )
  const result = spawnSync('nginx', ['-c', conf, '-p', tmp], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`nginx: ${result.stderr}`)
  started.push(() => {
    try {
      process.kill(Number(fs.readFileSync(pidFile, 'utf8')), 'SIGQUIT')
    } catch {
      // gone
    }
  })
  return { conf, pidFile }
}

function startApp(
  name: string,
  port: number,
  env: NodeJS.ProcessEnv,
): { child: ChildProcess; logFile: string } {
  const logFile = path.join(tmp, `${name}.log`)
  const out = fs.openSync(logFile, 'a')
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs')], {
    cwd: root,
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...env, PORT: String(port) },
  })
  started.push(() => killGroup(child, 'SIGKILL'))
  return { child, logFile }
}

async function json(response: Response): Promise<JsonBody> {
  const text = await response.text()
  try {
    return JSON.parse(text)
  } catch {
    throw new Error(`not JSON (${response.status}): ${text.slice(0, 300)}`)
  }
}

/**
 * Requests per second at 16 connections. With `headers`, e.g. a session cookie that makes nginx
 * pass every request to the instances, so it is they that are measured and not nginx's cache.
 */
async function rps(
  url: string,
  seconds: number,
  headers?: Record<string, string>,
): Promise<number> {
  const result = await autocannon({ url, connections: 16, duration: seconds, headers })
  return Math.round(result.requests.average)
}

async function main() {
  const [redisPort, s3Port, nginxPort, portA, portB] = await Promise.all(
    Array.from({ length: 5 }, freePort),
  )
  log(`temp dir ${tmp}`)
  let redis = await startRedis(redisPort)
  const s3Dir = await startS3(s3Port)
  const lb = `http://127.0.0.1:${nginxPort}`
  const A = `http://127.0.0.1:${portA}`
  const B = `http://127.0.0.1:${portB}`
  const password = `demo-${crypto.randomBytes(6).toString('hex')}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    SERVER_URL: lb,
    DATABASE_URI: `file:${path.join(tmp, 'cluster.db')}`,
    PAYLOAD_SECRET: crypto.randomBytes(16).toString('hex'),
    DEMO_PASSWORD: password,
    SEED_DEMO: 'true',
    TRUST_PROXY: '1',
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    REDIS_PREFIX: `lantoa-test-${crypto.randomBytes(3).toString('hex')}:`,
    S3_BUCKET: 'lantoa',
    S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
    RATE_LIMIT_LOGIN: '8',
  }

  // A first (it migrates and seeds the shared database), then B on the same file.
  const t0 = Date.now()
  const a = startApp('a', portA, env)
  await waitFor(`${A}/api/ready`, a.child, 12 * 60_000, a.logFile)
  const b = startApp('b', portB, env)
  await waitFor(`${B}/api/ready`, b.child, 120_000, b.logFile)
  startNginx(nginxPort, [portA, portB])
  await waitFor(`${lb}/api/ready`, null, 10_000)
  log(`both instances ready in ${Math.round((Date.now() - t0) / 1000)} s`)

  // Health: database, storage (the bucket), cache (Redis).
  const health = await json(await fetch(`${B}/api/health`))
  check(
    health.status === 'ok' &&
      health.checks.storage.kind === 's3' &&
      health.checks.cache.kind === 'redis',
    `/api/health on B: ${JSON.stringify(health.checks)}`,
  )

  // Sessions: a token from A is accepted by B.
  const loginA = await fetch(`${A}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.1' },
    body: JSON.stringify({ email: 'quantri@lantoa.local', password }),
  })
  const { token } = await json(loginA)
  check(loginA.status === 200 && token, 'login on A')
  const me = await json(
    await fetch(`${B}/api/users/me`, { headers: { authorization: `JWT ${token}` } }),
  )
  check(me.user?.email === 'quantri@lantoa.local', 'the token from A is accepted by B')
  const auth = { authorization: `JWT ${token}` }

  // Rate limits are counted across instances (limit 8/min for this run).
  let lastStatus = 0
  for (let i = 0; i < 9; i++) {
    const target = i % 2 === 0 ? A : B
    const response = await fetch(`${target}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.77' },
      body: JSON.stringify({ email: 'nobody@lantoa.local', password: 'wrong-password-1' }),
    })
    lastStatus = response.status
  }
  check(lastStatus === 429, `9th login attempt spread over A and B is refused (${lastStatus})`)

  // Media: uploaded through A, stored in the bucket (not on local disk), read through B.
  const png = await sharp({
    create: { width: 800, height: 600, channels: 3, background: { r: 200, g: 40, b: 40 } },
  })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([png], { type: 'image/png' }), 'cluster-test.png')
  form.append('_payload', JSON.stringify({ alt: 'Ảnh thử cụm máy chủ' }))
  const upload = await fetch(`${A}/api/media`, { method: 'POST', headers: auth, body: form })
  const uploaded = await json(upload)
  const doc = uploaded.doc
  check(upload.status === 201 && doc?.filename, `upload through A (${upload.status})`)
  // Payload writes absolute URLs on SERVER_URL (nginx here): the same app path with or without S3.
  const mediaPath = (url: string) => new URL(url, lb).pathname
  check(
    new URL(doc.url, lb).origin === lb && mediaPath(doc.url).startsWith('/api/media/file/'),
    `media URL stays on the app: ${doc?.url}`,
  )
  // An image no published document uses yet is its uploader's (and staff's) alone: B serves it
  // to them, and to a visitor only once published content uses it (src/workflow/uploads.ts).
  const anonymous = await fetch(`${B}${mediaPath(doc.url)}`)
  check(anonymous.status === 404, `B hides the unused upload from a visitor (${anonymous.status})`)
  const original = await fetch(`${B}${mediaPath(doc.url)}`, { headers: auth })
  const originalBytes = Buffer.from(await original.arrayBuffer())
  check(
    original.status === 200 &&
      original.headers.get('content-type')?.startsWith('image/png') &&
      originalBytes.length > 0,
    `B serves the original (${original.status}, ${originalBytes.length} bytes)`,
  )
  const thumbUrl = mediaPath(doc.sizes?.thumbnail?.url)
  const thumb = await fetch(`${B}${thumbUrl}`, { headers: auth })
  check(thumb.status === 200, `B serves the resized variant ${thumbUrl} (${thumb.status})`)
  const stored = fs.readdirSync(path.join(s3Dir, 'lantoa'), { recursive: true }).map(String)
  const inBucket = stored.some((file) => file.includes(doc.filename))
  const thumbInBucket = stored.some((file) => file.includes(doc.sizes?.thumbnail?.filename))
  check(inBucket && thumbInBucket, 'the original and its resized variants are in the bucket')
  check(
    !fs.existsSync(path.join(root, 'media', doc.filename)),
    'nothing written to the local media/ folder',
  )
  check(
    (await sharp(originalBytes).metadata()).exif === undefined,
    'the stored original has no EXIF (the upload checks ran before storage)',
  )

  // Publish on A → visible on B. Take a published exemplar, warm B's cache, edit on A.
  const list = await json(
    await fetch(`${B}/api/exemplars?where[_status][equals]=published&limit=1&depth=0`),
  )
  const exemplar = list.docs[0]
  const page = `/guong-dien-hinh/${exemplar.slug}`
  // The first request renders the page; the entry reaches Redis a moment later (the set is
  // asynchronous), so B is asked again until it answers from the cache (once failed as a MISS).
  await (await fetch(`${B}${page}`)).text()
  const warm = await pollPage(`${B}${page}`, ({ cache }) => cache === 'HIT', {
    withinMs: 5_000,
    everyMs: 100,
  })
  check(warm.last.cache === 'HIT', `B serves ${page} from the cache (${warm.last.cache})`)
  const marker = `Cụm máy chủ ${crypto.randomBytes(4).toString('hex')}`
  const edit = await fetch(`${A}/api/exemplars/${exemplar.id}`, {
    method: 'PATCH',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ summary: `${exemplar.summary}\n${marker}` }),
  })
  const edited = await json(edit)
  const savedAt = Date.now()
  check(
    edit.status === 200 && edited.doc?._status === 'published',
    `edit published on A (${edit.status})`,
  )
  const { ms: visibleMs } = await pollPage(`${B}${page}`, ({ html }) => html.includes(marker), {
    since: savedAt,
    withinMs: 10_000,
    everyMs: 50,
  })
  results.publishToVisibleMs = visibleMs
  log(`publish on A → visible on B: ${visibleMs} ms`)
  check(visibleMs >= 0 && visibleMs <= 2000, `visible on B within 2 s (${visibleMs} ms)`)

  // Publish on A → visible to a visitor through nginx, whose page cache holds the page for the
  // s-maxage the app gives it (5 s) and then refreshes it in the background.
  const cold = await fetch(`${lb}${page}`)
  await cold.text()
  const cachedThere = await fetch(`${lb}${page}`)
  await cachedThere.text()
  check(
    cachedThere.headers.get('x-cache') === 'HIT' &&
      /\bpublic\b/.test(cachedThere.headers.get('cache-control') ?? ''),
    `nginx serves the public page from its cache (${cachedThere.headers.get('x-cache')}, ${cachedThere.headers.get('cache-control')})`,
  )
  const signedIn = await fetch(`${lb}${page}`, { headers: { cookie: `payload-token=${token}` } })
  await signedIn.text()
  check(
    signedIn.headers.get('x-cache') === 'BYPASS' &&
      /\bprivate\b/.test(signedIn.headers.get('cache-control') ?? ''),
    `a signed-in reader passes nginx's cache and gets a private answer (${signedIn.headers.get('x-cache')}, ${signedIn.headers.get('cache-control')})`,
  )
  const nginxMarker = `Qua nginx ${crypto.randomBytes(4).toString('hex')}`
  const nginxEdit = await fetch(`${A}/api/exemplars/${exemplar.id}`, {
    method: 'PATCH',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ summary: `${exemplar.summary}\n${nginxMarker}` }),
  })
  await nginxEdit.arrayBuffer()
  const nginxSavedAt = Date.now()
  check(nginxEdit.status === 200, `edit published on A for nginx (${nginxEdit.status})`)
  const { ms: throughNginxMs } = await pollPage(
    `${lb}${page}`,
    ({ html }) => html.includes(nginxMarker),
    { since: nginxSavedAt, withinMs: 20_000, everyMs: 100 },
  )
  results.publishToVisibleThroughNginxMs = throughNginxMs
  log(`publish on A → visible through nginx's page cache: ${throughNginxMs} ms`)
  check(
    throughNginxMs >= 0 && throughNginxMs <= 10_000,
    `visible through nginx within 10 s (${throughNginxMs} ms)`,
  )

  // Throughput through nginx with both instances; the session cookie sends every request past
  // nginx's page cache to the instances (an unknown token reads as a visitor).
  const loadUrl = `${lb}${page}`
  const pastCache = { cookie: 'payload-token=bench' }
  await rps(loadUrl, 2, pastCache) // warm-up
  const rpsTwo = await rps(loadUrl, 8, pastCache)
  results.rpsTwoInstances = rpsTwo
  log(`throughput, 2 instances behind nginx: ${rpsTwo} req/s`)

  // Stop A (SIGTERM) while a loop of requests goes through nginx.
  let ok = 0
  let failed = 0
  const errors: string[] = []
  let running = true
  const concurrency = 8
  const worker = async () => {
    while (running) {
      try {
        const response = await fetch(loadUrl, { headers: pastCache })
        await response.arrayBuffer()
        if (response.status === 200) ok += 1
        else {
          failed += 1
          errors.push(String(response.status))
        }
      } catch (error) {
        failed += 1
        errors.push((error as Error).message)
      }
    }
  }
  const workers = Array.from({ length: concurrency }, worker)
  await sleep(1500)
  const stopAt = Date.now()
  killGroup(a.child, 'SIGTERM')
  const exitCode = await new Promise<number | null>((resolve) => {
    if (a.child.exitCode !== null) resolve(a.child.exitCode)
    a.child.on('exit', (code) => resolve(code))
  })
  const stopMs = Date.now() - stopAt
  await sleep(3000)
  running = false
  await Promise.all(workers)
  results.requestsDuringStop = ok + failed
  results.failedDuringStop = failed
  results.stopMs = stopMs
  log(
    `A stopped in ${stopMs} ms (exit ${exitCode}); requests ${ok + failed}, failed ${failed} ${errors.slice(0, 5).join(', ')}`,
  )
  check(exitCode === 0, 'A exited cleanly after SIGTERM')
  check(
    fs.readFileSync(a.logFile, 'utf8').includes('"msg":"[lantoa] stopped"'),
    'A drained and closed its database',
  )
  check(
    failed <= concurrency,
    `no failed request beyond those in flight (${failed} ≤ ${concurrency})`,
  )
  check(failed === 0, `no failed request at all (${failed})`)

  const rpsOne = await rps(loadUrl, 8, pastCache)
  results.rpsOneInstance = rpsOne
  log(`throughput, 1 instance behind nginx: ${rpsOne} req/s (2 instances: ${rpsTwo} req/s)`)

  // Redis down: B renders pages from the database, takes edits, still limits logins (counted in
  // its memory); once Redis is back, B caches again.
  killGroup(redis, 'SIGKILL')
  await new Promise((resolve) =>
    redis.exitCode !== null ? resolve(null) : redis.on('exit', resolve),
  )
  const downMarker = `Redis dừng ${crypto.randomBytes(4).toString('hex')}`
  const downEdit = await fetch(`${B}/api/exemplars/${exemplar.id}`, {
    method: 'PATCH',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ summary: `${exemplar.summary}\n${downMarker}` }),
  })
  await downEdit.arrayBuffer()
  check(downEdit.status === 200, `Redis down: an edit published on B (${downEdit.status})`)
  const downPage = await fetch(`${B}${page}`)
  const downHtml = await downPage.text()
  check(
    downPage.status === 200 && downHtml.includes(downMarker),
    `Redis down: B renders ${page} from the database with the edit (${downPage.status})`,
  )
  const downHealth = await json(await fetch(`${B}/api/health`))
  check(downHealth.checks?.cache?.ok === false, 'Redis down: /api/health names the cache')
  let downLogin = 0
  for (let i = 0; i < 9; i++) {
    const response = await fetch(`${B}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.99' },
      body: JSON.stringify({ email: 'nobody@lantoa.local', password: 'wrong-password-1' }),
    })
    await response.arrayBuffer()
    downLogin = response.status
  }
  check(downLogin === 429, `Redis down: the 9th login attempt is still refused (${downLogin})`)
  redis = await startRedis(redisPort)
  const back = await pollPage(
    `${B}${page}`,
    ({ html, cache }) => cache === 'HIT' && html.includes(downMarker),
    { withinMs: 15_000, everyMs: 300 },
  )
  check(
    back.last.cache === 'HIT',
    `Redis back: B serves ${page} from the cache again (${back.last.cache})`,
  )

  const logLine = fs
    .readFileSync(b.logFile, 'utf8')
    .split('\n')
    .find((line) => line.startsWith('{"level":'))
  check(logLine !== undefined, 'production log lines are JSON')

  fs.writeFileSync(path.join(tmp, 'cluster-results.json'), JSON.stringify(results, null, 2))
  log(`results: ${JSON.stringify(results)}`)
}

async function cleanup(): Promise<void> {
  for (const stop of started.splice(0).reverse()) {
    try {
      await stop()
    } catch {
      // best effort
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void cleanup().then(() => process.exit(1))
  })
}

let exitCode = 0
try {
  await main()
  if (failures > 0) exitCode = 1
} catch (error) {
  console.error(error)
  exitCode = 1
} finally {
  await cleanup()
  if (exitCode === 0 && !process.env.KEEP_CLUSTER_TMP)
    fs.rmSync(tmp, { recursive: true, force: true })
  log(exitCode === 0 ? 'PASSED' : `FAILED (${failures} checks; logs in ${tmp})`)
  process.exit(exitCode)
}
