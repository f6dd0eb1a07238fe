/**
 * One-shot administration from the command line, against the database of DATABASE_URI:
 *
 *   ADMIN_EMAIL=… ADMIN_PASSWORD=… npm run setup          the first administrator (empty database)
 *   npm run setup -- --reset-password <email>             a new temporary password, printed once,
 *                                                          and the account unlocked
 *
 * For an operator locked out of the admin with no mail server: the server may keep running.
 */
import crypto from 'node:crypto'

// See src/seed/cli.ts: Node 20's module hooks can stall under load and quit with code 13.
let finished = false
process.on('beforeExit', () => {
  if (finished) return
  console.error(
    'Lệnh dừng giữa chừng (trình nạp mô-đun của Node bị treo khi máy quá tải). Hãy chạy lại.',
  )
  process.exitCode = 13
})

const args = process.argv.slice(2)
const resetIndex = args.indexOf('--reset-password')
if (args.length > 0 && (resetIndex < 0 || !args[resetIndex + 1])) {
  console.error('Cách dùng: npm run setup   |   npm run setup -- --reset-password <email>')
  process.exit(2)
}

const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const { describeFirstAdmin, ensureFirstAdmin, SetupError } = await import('./first-admin')

const payload = await getPayload({ config })
let code = 0
try {
  if (resetIndex >= 0) {
    const email = args[resetIndex + 1]!.trim().toLowerCase()
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      limit: 1,
      overrideAccess: true,
    })
    const user = docs[0]
    if (!user) {
      console.error(`Không có tài khoản ${email}.`)
      code = 1
    } else {
      const password = crypto.randomBytes(9).toString('base64url')
      await payload.update({
        collection: 'users',
        id: user.id,
        data: { password },
        overrideAccess: true,
      })
      await payload.unlock({ collection: 'users', data: { email, password }, overrideAccess: true })
      console.log(`Mật khẩu tạm của ${email} (chỉ in một lần): ${password}`)
      console.log('Hãy đăng nhập và đổi mật khẩu ngay (Tài khoản → Đổi mật khẩu).')
    }
  } else {
    if (!process.env.ADMIN_EMAIL || !process.env.ADMIN_PASSWORD) {
      console.error('Đặt ADMIN_EMAIL và ADMIN_PASSWORD (ít nhất 10 ký tự), ví dụ:')
      console.error("  ADMIN_EMAIL=quantri@xa.gov.vn ADMIN_PASSWORD='…' npm run setup")
      code = 2
    } else {
      const result = await ensureFirstAdmin(payload)
      console.log(describeFirstAdmin(result))
      if (result.status === 'skipped') code = 1
    }
  }
} catch (error) {
  if (!(error instanceof SetupError)) throw error
  console.error(error.message)
  code = 1
} finally {
  finished = true
  await payload.destroy()
}
process.exit(code)
