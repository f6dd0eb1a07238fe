import crypto from 'node:crypto'

import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { seedDemo } from './index'

const log = (message: string) => console.log(`[lantoa] ${message}`)

/**
 * Migrations are applied by getPayload; demo content goes into an empty database only.
 * Instrumentation is bundled apart from the routes: its Payload instance gets its own cache
 * key and is closed afterwards, so the routes build theirs from their own copy of Payload
 * (error classes compared with instanceof must come from one copy).
 */
export async function prepareDatabase(): Promise<void> {
  const payload = await getPayload({ config, key: 'lantoa-prepare' })
  try {
    await seedIfEmpty(payload)
  } finally {
    await payload.destroy()
  }
}

async function seedIfEmpty(payload: Payload): Promise<void> {
  if (process.env.SEED_DEMO === 'false') return
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return

  const given = process.env.DEMO_PASSWORD
  const password = given || crypto.randomBytes(9).toString('base64url')
  const started = Date.now()
  const result = await seedDemo(payload, { password })
  if (!result.created) return
  log(`Đã tạo dữ liệu mẫu (${Math.round((Date.now() - started) / 1000)} giây). Tài khoản demo:`)
  for (const account of result.accounts) {
    console.log(
      `  ${account.email.padEnd(40)} ${account.role}${account.unit ? ` — ${account.unit}` : ''}`,
    )
  }
  console.log(
    given
      ? '  Mật khẩu: giá trị của biến DEMO_PASSWORD.'
      : `  Mật khẩu (chỉ in một lần, hãy ghi lại): ${password}`,
  )
}
