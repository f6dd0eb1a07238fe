// @ts-check
import fs from 'node:fs'
import path from 'node:path'

/**
 * Each captured answer, prerendered once at build time and then served from Next's cache as the
 * portal's pages are: no code of ours runs per request.
 */
export const dynamic = 'force-static'
export const dynamicParams = false

/** @returns {Record<string, { file: string, type: string }>} */
function manifest() {
  const dir = process.env.BARE_PAGES
  if (!dir) throw new Error('BARE_PAGES (the folder of captured answers) is not set')
  return JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'))
}

export function generateStaticParams() {
  return Object.keys(manifest()).map((page) => ({ page }))
}

/** @param {Request} _request @param {{ params: Promise<{ page: string }> }} context */
export async function GET(_request, { params }) {
  const { page } = await params
  const entry = manifest()[page]
  const body = fs.readFileSync(
    path.join(/** @type {string} */ (process.env.BARE_PAGES), entry.file),
  )
  return new Response(body, { headers: { 'content-type': entry.type } })
}
