/**
 * `npm run bench:lighthouse` — Lighthouse 12.2 (mobile profile, headless Chromium from
 * tests/helpers/browser.ts) on the home, list, profile and article pages of the demo; the median
 * of 3 runs per page, judged against issue 14's targets (scores, TBT, LCP).
 */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import lighthouse from 'lighthouse'

import { launch } from '../tests/helpers/browser'
import { bareBase, captureAndBuild, startBare } from './bare'
import { base, root, startWithDemo, stopServer, tmp, waitFor } from './server'

const RUNS = 3
const TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 } as const
/** Upper bounds on the medians of these metrics. */
const METRIC_TARGETS: Record<string, number> = { 'TBT ms': 50, 'LCP ms': 1800 }
type Category = keyof typeof TARGETS

/** The metrics the performance score is made of, to see which one costs points. */
const METRICS = {
  'first-contentful-paint': 'FCP ms',
  'largest-contentful-paint': 'LCP ms',
  'total-blocking-time': 'TBT ms',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI ms',
} as const

const DEBUG_PORT = 9333

async function main() {
  const server = startWithDemo()
  let bare: ChildProcess | undefined
  try {
    await waitFor(`${base}/`, server, 20 * 60_000)
    const { docs } = (await (
      await fetch(`${base}/api/exemplars?limit=1&depth=0&where[kind][equals]=individual`)
    ).json()) as {
      docs: { slug: string }[]
    }
    const articles = (await (
      await fetch(`${base}/api/articles?limit=1&depth=0&sort=-publishedAt`)
    ).json()) as { docs: { slug: string }[] }
    const portal = {
      home: '/',
      list: '/guong-dien-hinh',
      profile: `/guong-dien-hinh/${docs[0].slug}`,
      article: `/tin-tuc/${articles.docs[0].slug}`,
    }
    // The home page's bytes from the separate bare Next.js app (bench/bare), its styles, fonts and
    // script from the app: the floor Next sets for that document; reported, not judged.
    const captured = await captureAndBuild(base, { home: '/' }, base)
    bare = await startBare(captured[0].barePath)
    const urls: Record<string, string> = Object.fromEntries(
      Object.entries(portal).map(([name, pathname]) => [name, `${base}${pathname}`]),
    )
    urls.baseline = `${bareBase}${captured[0].barePath}`
    const pages = { ...portal, baseline: urls.baseline }
    // The same browser the tests use (CHROMIUM_PATH, the system's, else the npm package's).
    const browser = await launch({ debugPort: DEBUG_PORT })
    const results: Record<string, Record<Category, number>> = {}
    const metrics: Record<string, Record<string, number | string>> = {}
    try {
      for (const [name, url] of Object.entries(urls)) {
        await fetch(url) // rendered once, as any visitor after the first finds it
        const runs: Record<Category, number>[] = []
        const measured: Record<string, number>[] = []
        for (let i = 0; i < RUNS; i++) {
          const result = await lighthouse(url, {
            port: DEBUG_PORT,
            output: 'json',
            logLevel: 'error',
            onlyCategories: Object.keys(TARGETS),
          })
          const categories = result!.lhr.categories
          const audits = result!.lhr.audits
          measured.push(
            Object.fromEntries(
              Object.entries(METRICS).map(([id, label]) => [
                label,
                audits[id]?.numericValue ?? NaN,
              ]),
            ),
          )
          runs.push(
            Object.fromEntries(
              Object.keys(TARGETS).map((key) => [
                key,
                Math.round((categories[key]?.score ?? 0) * 100),
              ]),
            ) as Record<Category, number>,
          )
        }
        results[name] = Object.fromEntries(
          Object.keys(TARGETS).map((key) => {
            const values = runs.map((run) => run[key as Category]).sort((a, b) => a - b)
            return [key, values[Math.floor(values.length / 2)]]
          }),
        ) as Record<Category, number>
        metrics[name] = Object.fromEntries(
          Object.values(METRICS).map((label) => {
            const values = measured.map((run) => run[label]).sort((a, b) => a - b)
            const median = values[Math.floor(values.length / 2)]
            return [label, label === 'CLS' ? Math.round(median * 1000) / 1000 : Math.round(median)]
          }),
        )
        console.log(`[lighthouse] ${name.padEnd(8)} ${JSON.stringify(results[name])}`)
        console.log(`             ${JSON.stringify(metrics[name])}`)
      }
    } finally {
      await browser.close()
    }
    let ok = true
    for (const [name, scores] of Object.entries(results)) {
      if (name === 'baseline') continue
      for (const [key, target] of Object.entries(TARGETS)) {
        const pass = scores[key as Category] >= target
        ok &&= pass
        console.log(
          `  ${pass ? '✓' : '✗'} ${name} ${key} ${scores[key as Category]} (target ${target})`,
        )
      }
      for (const [label, bound] of Object.entries(METRIC_TARGETS)) {
        const value = Number(metrics[name][label])
        const pass = value <= bound
        ok &&= pass
        console.log(`  ${pass ? '✓' : '✗'} ${name} ${label} ${value} (at most ${bound})`)
      }
    }
    const file = path.join(
      root,
      'bench',
      'results',
      `${new Date().toISOString().slice(0, 10)}-lighthouse.json`,
    )
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(
      file,
      JSON.stringify(
        {
          date: new Date().toISOString(),
          runs: RUNS,
          pages,
          results,
          metrics,
          targets: TARGETS,
          metricTargets: METRIC_TARGETS,
          ok,
        },
        null,
        2,
      ),
    )
    console.log(`written ${path.relative(root, file)}`)
  } finally {
    if (bare) await stopServer(bare)
    await stopServer(server)
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
