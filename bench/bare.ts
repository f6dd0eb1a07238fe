/**
 * The bare Next.js app (bench/bare/) the bench divides by: it serves, byte for byte, the answers
 * the portal gave for the pages measured, captured from the running app just before.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { serverNodeFlags } from '../scripts/server-flags.mjs'
import { freePort, hasTaskset, root, tmp, waitFor } from './server'

const bareDir = path.join(root, 'bench', 'bare')
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next')
const port = await freePort()
export const bareBase = `http://127.0.0.1:${port}`

export type Captured = {
  name: string
  path: string
  barePath: string
  bytes: number
  cache: string
}

/**
 * Fetches each page from the app (the cached answer: the first request renders it) and builds the
 * bare app over those bytes. With `assetsFrom`, anything else the bare app is asked for (styles,
 * fonts, /portal.js, images) is fetched from the app, for Lighthouse.
 */
export async function captureAndBuild(
  appBase: string,
  pages: Record<string, string>,
  assetsFrom?: string,
): Promise<Captured[]> {
  const dir = path.join(tmp, 'bare-pages')
  fs.mkdirSync(dir, { recursive: true })
  const manifest: Record<string, { file: string; type: string }> = {}
  const captured: Captured[] = []
  for (const [name, pathname] of Object.entries(pages)) {
    await fetch(`${appBase}${pathname}`)
    const response = await fetch(`${appBase}${pathname}`)
    if (response.status !== 200) throw new Error(`${pathname} answered ${response.status}`)
    const body = Buffer.from(await response.arrayBuffer())
    fs.writeFileSync(path.join(dir, `${name}.body`), body)
    manifest[name] = { file: `${name}.body`, type: response.headers.get('content-type') ?? '' }
    captured.push({
      name,
      path: pathname,
      barePath: `/b/${name}`,
      bytes: body.length,
      cache: response.headers.get('x-nextjs-cache') ?? '',
    })
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest))
  const build = spawnSync(process.execPath, [nextBin, 'build', '--webpack', bareDir], {
    cwd: bareDir,
    env: { ...bareEnv(dir), ...(assetsFrom ? { BARE_ASSETS_FROM: assetsFrom } : {}) },
    encoding: 'utf8',
  })
  if (build.status !== 0)
    throw new Error(`bare app build failed:\n${build.stdout}\n${build.stderr}`)
  return captured
}

const bareEnv = (dir: string): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  BARE_PAGES: dir,
})

/** `next start` with the app's V8 flags, pinned to the app's core: the same start as the app. */
export async function startBare(firstPath: string): Promise<ChildProcess> {
  const node = [...serverNodeFlags(), nextBin, 'start', '-p', String(port), bareDir]
  const [command, argv] = hasTaskset
    ? ['taskset', ['-c', '0', process.execPath, ...node]]
    : [process.execPath, node]
  const out = fs.openSync(path.join(tmp, 'bare.log'), 'a')
  const child = spawn(command, argv, {
    cwd: bareDir,
    env: bareEnv(path.join(tmp, 'bare-pages')),
    detached: true,
    stdio: ['ignore', out, out],
  })
  await waitFor(`${bareBase}${firstPath}`, child)
  return child
}
