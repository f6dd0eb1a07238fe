/**
 * `npm run bench` — the portal and the API at N exemplars, against a separate bare Next.js app.
 *
 *   npm run bench                      10,000 exemplars (2,000 articles)
 *   npm run bench -- --n=100000        100,000
 *   npm run bench -- --duration=10     seconds per measurement (default 10)
 *   npm run bench -- --rounds=3        app and bare app alternate this many times per cached
 *                                      page and connection count; the median round is kept
 *   npm run bench -- --only=search     the cached pages, then only the scenarios whose name
 *                                      holds this word; no publish, weight or target checks
 *
 * Seeds the demo into a throwaway SQLite file with the built server, adds N synthetic published
 * exemplars through the bulk path (bench/generate.ts), restarts the server pinned to core 0 and
 * loads it from this process pinned to core 1. Every cached public page is captured and served,
 * byte for byte, by a bare Next.js app (bench/bare/, same core, same start) so each page has its
 * own ratio. Prints requests/s, p50/p95/p99 and the server's CPU time per request at 1 and 10
 * connections (for cached pages also bare CPU ÷ app CPU, which this VM moves least), search and
 * REST, publish-to-visible, cold start, peak RSS and page weights; writes
 * bench/results/<date>-n<N>.json.
 */
import type { JsonBody } from '../tests/helpers/json'
import { execSync, spawnSync, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import autocannon from 'autocannon'

import { fold } from '../src/lib/vietnamese'

import { bareBase, captureAndBuild, startBare } from './bare'
import {
  base,
  dbFile,
  hasTaskset,
  password,
  root,
  startServer,
  startWithDemo,
  stopServer,
  tmp,
  waitFor,
} from './server'

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value = 'true'] = arg.replace(/^--/, '').split('=')
    return [key, value]
  }),
)
const N = Number(args.n ?? 10_000)
const DURATION = Number(args.duration ?? 10)
const ROUNDS = Math.max(1, Math.round(Number(args.rounds ?? 1)))
const ONLY = typeof args.only === 'string' ? args.only : null

// The load generator runs on core 1, the server on core 0, so neither steals from the other.
if (hasTaskset && !process.env.BENCH_PINNED && os.cpus().length > 1) {
  const child = spawnSync(
    'taskset',
    ['-c', '1', process.execPath, ...process.execArgv, ...process.argv.slice(1)],
    {
      stdio: 'inherit',
      env: { ...process.env, BENCH_PINNED: '1' },
    },
  )
  process.exit(child.status ?? 1)
}

const log = (...parts: unknown[]) => console.log('[bench]', ...parts)

/** Peak resident memory of the server's process group, sampled every 200 ms. */
function watchMemory(child: ChildProcess) {
  let peak = 0
  const timer = setInterval(() => {
    try {
      const out = execSync(`ps -o rss= -g ${child.pid}`).toString()
      const total = out.split('\n').reduce((sum, line) => sum + (Number(line.trim()) || 0), 0)
      peak = Math.max(peak, total)
    } catch {
      // between samples the group may be gone
    }
  }, 200)
  return { peakMB: () => Math.round(peak / 1024), stop: () => clearInterval(timer) }
}

type Load = {
  rps: number
  p50: number
  p95: number
  p99: number
  requests: number
  errors: number
  /** Server CPU time (user + system) per answered request, µs; null where /proc is missing. */
  cpuUs: number | null
}

/**
 * `bench/results/<UTC date>-<name>.json`, or `…-<name>-2.json` and so on when a run of the same
 * day is already there: a second run must not overwrite figures a note or the README quotes.
 */
function resultFile(name: string): string {
  const dir = path.join(root, 'bench', 'results')
  fs.mkdirSync(dir, { recursive: true })
  const stem = `${new Date().toISOString().slice(0, 10)}-${name}`
  let file = path.join(dir, `${stem}.json`)
  for (let n = 2; fs.existsSync(file); n++) file = path.join(dir, `${stem}-${n}.json`)
  return file
}

/** The process group of the server behind each base URL, for its CPU time. */
const serverGroups = new Map<string, number>()
const CLOCK_TICKS = (() => {
  try {
    return Number(execSync('getconf CLK_TCK').toString().trim()) || 100
  } catch {
    return 100
  }
})()

/**
 * CPU time (ms) the server's processes have used so far, from /proc/<pid>/stat (utime + stime).
 * On this shared VM a run's requests/s moves by 20–40 % from one hour to the next; the CPU a
 * request costs moves far less, so it is recorded beside every figure.
 */
function serverCpuMs(url: string): number | null {
  const group = serverGroups.get(url)
  if (!group) return null
  try {
    const pids = execSync(`ps -o pid= -g ${group}`).toString().split('\n').map(Number)
    let ticks = 0
    for (const pid of pids.filter((pid) => pid > 0)) {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
      ticks += Number(fields[11]) + Number(fields[12])
    }
    return (ticks * 1000) / CLOCK_TICKS
  } catch {
    return null
  }
}

/** The middle item by `key` (the upper one of an even count), as rounds are judged. */
const middle = <T>(items: T[], key: (item: T) => number): T =>
  [...items].sort((a, b) => key(a) - key(b))[Math.floor(items.length / 2)]

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN

async function load(
  paths: string[],
  connections: number,
  headers: Record<string, string> = {},
  seconds = DURATION,
  url = base,
): Promise<Load> {
  const latencies: number[] = []
  let errors = 0
  let n = 0
  const cpuBefore = serverCpuMs(url)
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        headers,
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => ({ ...request, path: paths[n++ % paths.length] }),
          },
        ],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    )
    instance.on('response', (_client, status, _bytes, time) => {
      latencies.push(time)
      if (status >= 400) errors++
    })
  })
  const cpuAfter = serverCpuMs(url)
  latencies.sort((a, b) => a - b)
  const round = (value: number) => Math.round(value * 10) / 10
  return {
    rps: round(result.requests.average),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    requests: latencies.length,
    errors: Math.max(errors, result.errors + result.non2xx),
    cpuUs:
      cpuBefore === null || cpuAfter === null || latencies.length === 0
        ? null
        : Math.round(((cpuAfter - cpuBefore) * 1000) / latencies.length),
  }
}

async function json(pathname: string, init: RequestInit = {}) {
  const response = await fetch(`${base}${pathname}`, init)
  return { status: response.status, body: (await response.json()) as JsonBody }
}

async function weight(pathname: string) {
  const html = await (await fetch(`${base}${pathname}`)).text()
  const scripts = [
    ...new Set(
      [...html.matchAll(/<script src="([^"]+)"([^>]*)>/g)]
        .filter((m) => !/noModule/i.test(m[2]))
        .map((m) => m[1]),
    ),
  ]
  let js = 0
  for (const src of scripts)
    js += zlib.gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer()), {
      level: 9,
    }).length
  const kb = (bytes: number) => Math.round(bytes / 102.4) / 10
  return {
    htmlKB: kb(Buffer.byteLength(html)),
    htmlGzipKB: kb(zlib.gzipSync(html, { level: 9 }).length),
    jsGzipKB: kb(js),
  }
}

async function main() {
  log(
    `N = ${N} exemplars, ${Math.round(N / 5)} articles; ${DURATION} s per measurement; tmp ${tmp}`,
  )
  log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, taskset ${hasTaskset}`,
  )

  // 1. Build if needed, migrate and seed the demo through the real start path.
  const seedServer = startWithDemo()
  await waitFor(`${base}/`, seedServer, 20 * 60_000)
  await stopServer(seedServer)
  log('demo seeded')

  // 2. Bulk synthetic content.
  // In a child process: at 100,000 the generator's garbage (GBs) left this process, which is also
  // the load generator, stalling ~230 ms per request on every scenario, the bare page included.
  const generation = spawnSync(
    process.execPath,
    [
      ...process.execArgv,
      path.join(root, 'bench', 'generate.ts'),
      dbFile,
      String(N),
      String(Math.round(N / 5)),
    ],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const seconds = Number(/in ([\d.]+) s/.exec(generation.stdout)?.[1])
  if (generation.status !== 0 || !Number.isFinite(seconds))
    throw new Error(`generation failed: ${generation.stdout}`)
  const generated = { seconds }
  log(generation.stdout.trim())

  // 3. Cold start of the built server on the full database.
  const server = startServer(true)
  running.push(server)
  if (server.pid) serverGroups.set(base, server.pid)
  const coldStartMs = Math.round(await waitFor(`${base}/`, server))
  const memory = watchMemory(server)
  log(`cold start ${coldStartMs} ms`)

  const editor = (
    await json('/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'bientap@lantoa.local', password }),
    })
  ).body.token as string
  const auth = { authorization: `JWT ${editor}` }
  const sample = (
    await json(
      `/api/exemplars?limit=200&depth=0&sort=-id&select[slug]=true&select[name]=true&select[unit]=true`,
    )
  ).body.docs as { id: number; slug: string; name: string; unit: number }[]
  const profile = `/guong-dien-hinh/${sample[0].slug}`
  const unitId = sample[0].unit
  const names = sample.map((doc) => doc.name)
  const withMarks = names.map(
    (name) => `/tim-kiem?q=${encodeURIComponent(name.split(' ').slice(0, 2).join(' '))}`,
  )
  const withoutMarks = names.map(
    (name) => `/tim-kiem?q=${encodeURIComponent(fold(name.split(' ').slice(0, 2).join(' ')))}`,
  )

  // Pages to measure, found by following the portal's own links.
  const listHtml = await (await fetch(`${base}/guong-dien-hinh`)).text()
  const homeHtml = await (await fetch(`${base}/`)).text()
  const profileHtml = await (await fetch(`${base}${profile}`)).text()
  const firstLink = (prefix: string) => {
    const match = new RegExp(`href="(${prefix}/[^"?#/]+)"`).exec(homeHtml + listHtml + profileHtml)
    if (!match) throw new Error(`no link to ${prefix}/… on the home page, the list or a profile`)
    return match[1]
  }
  const pages: Record<string, string> = {
    home: '/',
    list: '/guong-dien-hinh',
    'list-filtered': '/guong-dien-hinh?loai=individual&trang=50',
    profile,
    article: firstLink('/tin-tuc'),
    unit: firstLink('/don-vi'),
    movement: firstLink('/phong-trao'),
    gallery: '/thu-vien-anh',
    documents: '/van-ban',
    about: '/gioi-thieu',
    contact: '/lien-he',
    rss: '/rss.xml',
    sitemap: '/sitemap.xml',
  }
  const captured = await captureAndBuild(base, pages)
  const bare = await startBare(captured[0].barePath)
  running.push(bare)
  if (bare.pid) serverGroups.set(bareBase, bare.pid)
  log(
    `bare app up at ${bareBase}; ${captured.map((c) => `${c.path} ${c.bytes} B ${c.cache}`).join(', ')}`,
  )

  // App and bare app take turns page by page, so a change in the machine's load (it is shared)
  // falls on both sides of each ratio alike.
  const cached: Record<
    string,
    {
      path: string
      cache: string
      app: Record<string, Load>
      bare: Record<string, Load>
      ratio: Record<string, number>
      /** Bare CPU µs per request ÷ the app's, median of the rounds: what the VM moves least. */
      cpuRatio: Record<string, number | null>
      /** Each round's ratio, with --rounds. */
      rounds: Record<string, number[]>
    }
  > = {}
  for (const page of captured) {
    await load([page.path], 10, {}, 2)
    await load([page.barePath], 10, {}, 2, bareBase)
    const entry = {
      path: page.path,
      cache: page.cache,
      app: {} as Record<string, Load>,
      bare: {} as Record<string, Load>,
      ratio: {} as Record<string, number>,
      cpuRatio: {} as Record<string, number | null>,
      rounds: {} as Record<string, number[]>,
    }
    for (const connections of [1, 10]) {
      const key = `c${connections}`
      // On this VM two rounds of the same code differ by up to ±0.2 in ratio: with several
      // rounds, the one with the median ratio is kept (and every round's ratio logged).
      const rounds: { app: Load; bare: Load; ratio: number }[] = []
      for (let round = 0; round < ROUNDS; round++) {
        const app = await load([page.path], connections)
        const bare = await load([page.barePath], connections, {}, DURATION, bareBase)
        rounds.push({ app, bare, ratio: Math.round((app.rps / bare.rps) * 100) / 100 })
      }
      const median = middle(rounds, (round) => round.ratio)
      entry.app[key] = median.app
      entry.bare[key] = median.bare
      entry.ratio[key] = median.ratio
      const cpuRatios = rounds
        .map(({ app, bare }) => (app.cpuUs && bare.cpuUs ? bare.cpuUs / app.cpuUs : NaN))
        .filter(Number.isFinite)
      entry.cpuRatio[key] = cpuRatios.length
        ? Math.round(middle(cpuRatios, (ratio) => ratio) * 100) / 100
        : null
      if (ROUNDS > 1) entry.rounds[key] = rounds.map((r) => r.ratio)
      log(
        `${page.name.padEnd(14)} c=${String(connections).padEnd(2)} app ${String(entry.app[key].rps).padStart(7)} req/s p50 ${entry.app[key].p50} p95 ${entry.app[key].p95} ms | bare ${String(entry.bare[key].rps).padStart(7)} req/s p50 ${entry.bare[key].p50} p95 ${entry.bare[key].p95} ms | ${entry.ratio[key]}×${ROUNDS > 1 ? ` (median of ${entry.rounds[key].join(', ')})` : ''} | CPU ${entry.app[key].cpuUs ?? '?'} vs ${entry.bare[key].cpuUs ?? '?'} µs/req, ${entry.cpuRatio[key] ?? '?'}× (${entry.app[key].errors + entry.bare[key].errors} errors)`,
      )
    }
    cached[page.name] = entry
  }
  await stopServer(bare)

  const scenarios: {
    name: string
    paths: string[]
    headers?: Record<string, string>
    connections?: number[]
  }[] = [
    // The search page with no query: no SQL, the portal's layout and Next's dynamic rendering
    // path only. What a page of results can reach on this core is below this.
    { name: 'search, empty form (no query)', paths: ['/tim-kiem'] },
    { name: 'search, with diacritics', paths: withMarks },
    { name: 'search, without diacritics', paths: withoutMarks },
    {
      name: 'REST list by unit',
      paths: [`/api/exemplars?limit=20&depth=0&where[unit][equals]=${unitId}`],
    },
    {
      name: 'REST by slug',
      paths: sample
        .slice(0, 100)
        .map((doc) => `/api/exemplars?limit=1&where[slug][equals]=${doc.slug}`),
    },
    {
      name: 'compliance report, 12 months',
      paths: ['/api/reports/compliance?from=2024-01&to=2024-12'],
      headers: auth,
      connections: [1],
    },
  ]

  const results: Record<string, Record<string, Load>> = {}
  const chosen = ONLY
    ? scenarios.filter((s) => s.name.includes(ONLY) || s.name.startsWith('baseline'))
    : scenarios
  for (const scenario of chosen) {
    await load(scenario.paths, 10, scenario.headers ?? {}, 2) // warm-up
    results[scenario.name] = {}
    for (const connections of scenario.connections ?? [1, 10]) {
      const figures = await load(scenario.paths, connections, scenario.headers ?? {})
      results[scenario.name][`c${connections}`] = figures
      log(
        `${scenario.name.padEnd(32)} c=${String(connections).padEnd(2)} ${String(figures.rps).padStart(8)} req/s  p50 ${figures.p50} ms  p95 ${figures.p95} ms  p99 ${figures.p99} ms  CPU ${figures.cpuUs ?? '?'} µs/req  (${figures.requests} requests, ${figures.errors} errors)`,
      )
    }
  }

  if (ONLY) {
    memory.stop()
    await stopServer(server)
    const file = resultFile(`n${N}-${ONLY}`)
    const n = { exemplars: N, articles: Math.round(N / 5), generateSeconds: generated.seconds }
    const run = {
      date: new Date().toISOString(),
      n,
      durationSeconds: DURATION,
      rounds: ROUNDS,
      cachedPages: cached,
      scenarios: results,
    }
    fs.writeFileSync(file, JSON.stringify(run, null, 2))
    console.log(`\nwritten ${path.relative(root, file)}`)
    fs.rmSync(tmp, { recursive: true, force: true })
    return
  }

  // 4. Publish → visible on the public page.
  const visible: number[] = []
  for (let round = 0; round < 5; round++) {
    const doc = sample[10 + round]
    const page = `/guong-dien-hinh/${doc.slug}`
    await fetch(`${base}${page}`)
    const marker = `Mốc đo ${crypto.randomBytes(4).toString('hex')}`
    const started = performance.now()
    const patched = await json(`/api/exemplars/${doc.id}`, {
      method: 'PATCH',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ summary: `Bản cập nhật để đo. ${marker}` }),
    })
    if (patched.status !== 200)
      throw new Error(`publish edit failed: ${patched.status} ${JSON.stringify(patched.body)}`)
    while (!(await (await fetch(`${base}${page}`)).text()).includes(marker)) {
      if (performance.now() - started > 30_000) throw new Error('change not visible after 30 s')
    }
    visible.push(Math.round(performance.now() - started))
  }
  log(`publish → visible: ${visible.join(', ')} ms`)

  const weights: Record<string, Awaited<ReturnType<typeof weight>>> = {}
  for (const page of captured) weights[page.name] = await weight(page.path)
  log('page weight', JSON.stringify(weights))

  memory.stop()
  const peakRssMB = memory.peakMB()
  log(`peak server RSS ${peakRssMB} MB`)
  await stopServer(server)

  const median = [...visible].sort((a, b) => a - b)[Math.floor(visible.length / 2)]
  const report = results['compliance report, 12 months']?.c1
  const checks = [
    ...(['c1', 'c10'] as const).map((key) => {
      const worst = Object.entries(cached).sort((x, y) => x[1].ratio[key] - y[1].ratio[key])[0]
      return [
        `every cached page ≥ 0.9× bare (${key})`,
        `lowest ${worst[0]} ${worst[1].ratio[key]}×`,
        worst[1].ratio[key] >= 0.9,
      ] as const
    }),
    (() => {
      const worst = Object.entries(cached).sort((x, y) => y[1].app.c10.p95 - x[1].app.c10.p95)[0]
      return [
        'every cached page p95 ≤ 20 ms (c10)',
        `highest ${worst[0]} ${worst[1].app.c10.p95} ms (bare ${worst[1].bare.c10.p95} ms)`,
        worst[1].app.c10.p95 <= 20,
      ] as const
    })(),
    // The issue names no connection count for search and REST: both are judged at 1 and at 10
    // (the server has one core; at 10 connections a request waits for the nine before it).
    ...([1, 10] as const).map((c) => {
      const key = c === 1 ? 'c1' : 'c10'
      const limit = N > 50_000 ? 250 : 100
      const p95 = Math.max(
        results['search, with diacritics'][key].p95,
        results['search, without diacritics'][key].p95,
      )
      return [`search p95 ≤ ${limit} ms (c=${c})`, `${p95} ms`, p95 <= limit] as const
    }),
    ...([1, 10] as const).map((c) => {
      const p95 = results['REST list by unit'][c === 1 ? 'c1' : 'c10'].p95
      return [`REST list p95 ≤ 50 ms (c=${c})`, `${p95} ms`, p95 <= 50] as const
    }),
    [
      'compliance 12 months ≤ 300 ms (p95, c=1)',
      report?.errors ? `errors (${report.errors})` : `${report?.p95} ms`,
      !report?.errors && (report?.p95 ?? Infinity) <= 300,
    ],
    ['publish visible ≤ 2 s (median)', `${median} ms`, median <= 2000],
    ['cold start ≤ 10 s', `${coldStartMs} ms`, coldStartMs <= 10_000],
    ['server RSS ≤ 600 MB', `${peakRssMB} MB`, peakRssMB <= 600],
    (() => {
      const worst = Object.entries(weights).sort((x, y) => y[1].jsGzipKB - x[1].jsGzipKB)[0]
      return [
        'JavaScript ≤ 15 kB gzip on every page',
        `highest ${worst[0]} ${worst[1].jsGzipKB} kB`,
        worst[1].jsGzipKB <= 15,
      ] as const
    })(),
  ] as const satisfies readonly (readonly [string, string, boolean])[]
  console.log('\nTargets')
  for (const [target, value, ok] of checks)
    console.log(`  ${ok ? '✓' : '✗'} ${target.padEnd(44)} ${value}`)

  const file = resultFile(`n${N}`)
  fs.writeFileSync(
    file,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: {
          cpus: os.cpus().length,
          model: os.cpus()[0]?.model,
          memGiB: Math.round(os.totalmem() / 2 ** 30),
          node: process.version,
          pinned: hasTaskset,
        },
        n: { exemplars: N, articles: Math.round(N / 5), generateSeconds: generated.seconds },
        durationSeconds: DURATION,
        rounds: ROUNDS,
        cachedPages: cached,
        scenarios: results,
        publishVisibleMs: visible,
        coldStartMs,
        peakRssMB,
        pageWeight: weights,
        targets: checks.map(([target, value, ok]) => ({ target, value, ok })),
      },
      null,
      2,
    ),
  )
  console.log(`\nwritten ${path.relative(root, file)}`)
  fs.rmSync(tmp, { recursive: true, force: true })
}

/** Servers to stop if the run fails half-way: they are detached and would outlive it. */
const running: ChildProcess[] = []

main().catch(async (error) => {
  console.error(error)
  for (const child of running) await stopServer(child)
  console.error(`logs kept in ${tmp}`)
  process.exit(1)
})
