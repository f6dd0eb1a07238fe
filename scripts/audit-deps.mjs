#!/usr/bin/env node
// `npm run audit:deps`: checks the installed versions of Payload, Next.js, React and sharp
// against security/known-vulnerabilities.json and exits 1 when one falls in a vulnerable range.
// (`npm audit` cannot reach the registry's audit endpoint from the build machines.)
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import semver from 'semver'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Packages checked: exact names, or a scope with /*. */
export const WATCHED = [
  'payload',
  '@payloadcms/*',
  'next',
  'react',
  'react-dom',
  'react-server-dom-webpack',
  'react-server-dom-turbopack',
  'react-server-dom-parcel',
  'sharp',
]

function readVersion(dir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version ?? null
  } catch {
    return null
  }
}

/** `{ name: version }` of the watched packages installed under `projectRoot/node_modules`. */
export function installedVersions(projectRoot = root, watched = WATCHED) {
  const modules = path.join(projectRoot, 'node_modules')
  const found = {}
  for (const name of watched) {
    if (name.endsWith('/*')) {
      const scope = name.slice(0, -2)
      const scopeDir = path.join(modules, scope)
      if (!fs.existsSync(scopeDir)) continue
      for (const entry of fs.readdirSync(scopeDir)) {
        const version = readVersion(path.join(scopeDir, entry))
        if (version) found[`${scope}/${entry}`] = version
      }
    } else {
      const version = readVersion(path.join(modules, name))
      if (version) found[name] = version
    }
  }
  return found
}

const covers = (pattern, name) =>
  pattern.endsWith('/*') ? name.startsWith(pattern.slice(0, -1)) : pattern === name

/** The advisories whose range contains an installed version. */
export function audit(installed, advisories) {
  const matches = []
  for (const [name, version] of Object.entries(installed)) {
    for (const advisory of advisories) {
      if (!covers(advisory.package, name)) continue
      if (semver.satisfies(version, advisory.range, { includePrerelease: true })) {
        matches.push({ ...advisory, name, version })
      }
    }
  }
  return matches
}

export function loadAdvisories(file = path.join(root, 'security', 'known-vulnerabilities.json')) {
  return JSON.parse(fs.readFileSync(file, 'utf8')).advisories
}

function main() {
  const installed = installedVersions()
  const advisories = loadAdvisories()
  const names = Object.keys(installed).sort()
  if (!names.length) {
    console.error('Không tìm thấy gói nào trong node_modules: hãy chạy npm ci trước.')
    process.exit(2)
  }
  console.log(`Đã kiểm tra ${names.length} gói với ${advisories.length} cảnh báo bảo mật đã biết:`)
  for (const name of names) console.log(`  ${name}@${installed[name]}`)
  const matches = audit(installed, advisories)
  if (!matches.length) {
    console.log('Không có phiên bản nào nằm trong dải có lỗ hổng đã biết.')
    return
  }
  console.error(`\nPhát hiện ${matches.length} lỗ hổng đã biết:`)
  for (const m of matches) {
    console.error(
      `  [${m.severity}] ${m.name}@${m.version} — ${m.id}: ${m.title} (dải ${m.range}) ${m.url}`,
    )
  }
  process.exit(1)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
