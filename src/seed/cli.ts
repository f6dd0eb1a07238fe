/**
 * Seeds demo content by hand: `npx tsx src/seed/cli.ts`. Not the start script, which seeds an
 * empty database on its own; this is for a developer's database or a throwaway one.
 */
import crypto from 'node:crypto'

// Under heavy CPU load, Node 20's off-thread module hooks (which tsx uses) can lose a reply while
// the Payload config loads; Node then finds nothing left to run and quits silently with code 13.
// The listener is set before anything heavy is imported, so that case at least says what happened.
let finished = false
process.on('beforeExit', () => {
  if (finished) return
  console.error(
    'Dừng trước khi tạo xong nội dung mẫu (trình nạp mô-đun của Node bị treo khi máy quá tải). ' +
      'Hãy chạy lại lệnh; dữ liệu đã tạo được giữ nguyên và không bị tạo trùng.',
  )
  process.exitCode = 13
})

const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const { seedDemo } = await import('./index')

const password = process.env.DEMO_PASSWORD || crypto.randomBytes(9).toString('base64url')

const payload = await getPayload({ config })
const result = await seedDemo(payload, { password })
finished = true

console.log(result.created ? 'Đã tạo nội dung mẫu.' : 'Nội dung mẫu đã có sẵn, không tạo thêm.')
console.log('Tài khoản mẫu:')
for (const account of result.accounts) {
  console.log(`  ${account.email}  (${account.role}${account.unit ? `, ${account.unit}` : ''})`)
}
if (result.created) {
  console.log(
    process.env.DEMO_PASSWORD
      ? 'Mật khẩu: giá trị của DEMO_PASSWORD.'
      : `Mật khẩu (chỉ hiển thị một lần): ${password}`,
  )
}
process.exit(0)
