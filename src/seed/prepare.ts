import crypto from 'node:crypto'

import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { describeFirstAdmin, ensureFirstAdmin, SetupError } from './first-admin'
import { seedDemo } from './index'

const log = (message: string) => console.log(`[lantoa] ${message}`)

/**
 * Migrations are applied by getPayload; then the first administrator (ADMIN_EMAIL +
 * ADMIN_PASSWORD) is created, or demo content goes into a database that is still empty.
 * Both happen before the server answers (instrumentation awaits this).
 * Instrumentation is bundled apart from the routes: its Payload instance gets its own cache
 * key and is closed afterwards, so the routes build theirs from their own copy of Payload
 * (error classes compared with instanceof must come from one copy).
 */
export async function prepareDatabase(): Promise<void> {
  const payload = await getPayload({ config, key: 'lantoa-prepare' })
  try {
    const admin = await ensureFirstAdmin(payload).catch((error: unknown) => {
      if (!(error instanceof SetupError)) throw error
      // Serving without the admin the operator asked for would leave /admin to whoever comes first.
      console.error(`[lantoa] ${error.message}`)
      process.exit(1)
    })
    const line = describeFirstAdmin(admin)
    if (line) log(line)
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
