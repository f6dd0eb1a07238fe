// Runs before the server starts: connecting applies pending migrations (prodMigrations);
// then demo content is seeded into an empty database unless SEED_DEMO=false.
import crypto from 'node:crypto'

import config from '@payload-config'
import { getPayload } from 'payload'

import { seedDemo } from '@/seed'

const payload = await getPayload({ config })

if (process.env.SEED_DEMO === 'false') {
  console.log('[lantoa] SEED_DEMO=false: không tạo dữ liệu mẫu.')
} else {
  const given = process.env.DEMO_PASSWORD
  const password = given || crypto.randomBytes(9).toString('base64url')
  const result = await seedDemo(payload, { password })
  if (result.created && result.accounts.length > 0) {
    console.log('\n[lantoa] Đã tạo dữ liệu mẫu và các tài khoản demo:')
    for (const account of result.accounts) {
      console.log(`  ${account.email.padEnd(44)} ${account.role}${account.unit ? ` — ${account.unit}` : ''}`)
    }
    console.log(
      given
        ? '  Mật khẩu: giá trị của biến DEMO_PASSWORD.\n'
        : `  Mật khẩu (chỉ in một lần, hãy ghi lại): ${password}\n`,
    )
  } else {
    console.log('[lantoa] Dữ liệu mẫu đã có sẵn.')
  }
}

await payload.destroy()
process.exit(0)
