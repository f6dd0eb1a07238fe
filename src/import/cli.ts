/**
 * The organisation (clusters, units, accounts) from a spreadsheet, against the database of
 * DATABASE_URI (the server may keep running):
 *
 *   npm run import:org -- --template to-chuc.xlsx    writes an empty workbook to fill in
 *   npm run import:org -- to-chuc.xlsx --dry-run     checks it, changes nothing
 *   npm run import:org -- to-chuc.xlsx               imports it; prints the new accounts'
 *                                                     temporary passwords once
 */
import fs from 'node:fs'

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
const usage = () => {
  console.error('Cách dùng: npm run import:org -- <tệp.xlsx> [--dry-run]')
  console.error('           npm run import:org -- --template <tệp.xlsx>')
  process.exit(2)
}
const { importOrganisation, organisationTemplate, readOrganisation } =
  await import('./organisation')

const templateIndex = args.indexOf('--template')
if (templateIndex >= 0) {
  const target = args[templateIndex + 1]
  if (!target) usage()
  if (fs.existsSync(target!)) {
    console.error(`Tệp ${target} đã có: không ghi đè.`)
    process.exit(1)
  }
  fs.writeFileSync(target!, await organisationTemplate())
  console.log(`Đã tạo ${target}: điền các trang Cụm thi đua, Đơn vị, Tài khoản (xóa dòng ví dụ).`)
  finished = true
  process.exit(0)
}

const file = args.find((arg) => !arg.startsWith('--'))
if (!file) usage()
if (!fs.existsSync(file!)) {
  console.error(`Không thấy tệp ${file}.`)
  process.exit(1)
}
const dryRun = args.includes('--dry-run')
const { rows, errors } = await readOrganisation(fs.readFileSync(file!))
if (errors.length) {
  console.error(`Tệp có ${errors.length} lỗi, chưa nhập gì:`)
  for (const error of errors) console.error(`  - ${error}`)
  finished = true
  process.exit(1)
}

const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const payload = await getPayload({ config })
let code = 0
try {
  const report = await importOrganisation(payload, rows, { dryRun })
  if (report.errors.length) {
    console.error(`Tệp có ${report.errors.length} lỗi, chưa nhập gì:`)
    for (const error of report.errors) console.error(`  - ${error}`)
    code = 1
  } else if (dryRun) {
    console.log(
      `Tệp hợp lệ: ${rows.clusters.length} cụm, ${rows.units.length} đơn vị, ${rows.accounts.length} tài khoản. Chưa ghi gì (--dry-run).`,
    )
  } else {
    const { created, updated, passwords } = report
    console.log(
      `Đã nhập: ${created.clusters} cụm thi đua mới, ${created.units} đơn vị mới ` +
        `(${updated.units} đơn vị đã có được cập nhật loại và cụm), ${created.accounts} tài khoản mới.`,
    )
    if (passwords.length) {
      console.log(
        'Mật khẩu tạm của các tài khoản mới (chỉ in một lần; người dùng đổi sau khi đăng nhập):',
      )
      for (const { email, password } of passwords) console.log(`  ${email.padEnd(40)} ${password}`)
    }
  }
} finally {
  finished = true
  await payload.destroy()
}
process.exit(code)
