import type { Payload } from 'payload'

export type FirstAdminResult =
  | { status: 'unset' }
  | { status: 'created'; email: string }
  | { status: 'exists'; email: string }
  | { status: 'skipped'; email: string }

/** Thrown for a configuration the operator must fix; the message is for the operator. */
export class SetupError extends Error {}

/**
 * ADMIN_EMAIL + ADMIN_PASSWORD: the first administrator, created on an empty database before
 * the server answers, so nobody who reaches /admin first can claim it. Never touches an existing
 * account (a password left in a unit file must not reset anyone's on every restart), and does
 * nothing once the database has accounts.
 */
export async function ensureFirstAdmin(
  payload: Payload,
  env: Record<string, string | undefined> = process.env,
): Promise<FirstAdminResult> {
  const email = (env.ADMIN_EMAIL ?? '').trim().toLowerCase()
  const password = env.ADMIN_PASSWORD ?? ''
  if (!email && !password) return { status: 'unset' }
  if (!email || !password) {
    throw new SetupError('Cần đặt cả ADMIN_EMAIL và ADMIN_PASSWORD (hoặc bỏ cả hai).')
  }
  const existing = await payload.count({
    collection: 'users',
    where: { email: { equals: email } },
    overrideAccess: true,
  })
  if (existing.totalDocs > 0) return { status: 'exists', email }
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return { status: 'skipped', email }
  try {
    await payload.create({
      collection: 'users',
      data: { email, password, fullName: 'Quản trị hệ thống', role: 'admin' },
      overrideAccess: true,
    })
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new SetupError(`Không tạo được tài khoản quản trị ${email}: ${detail}`)
  }
  return { status: 'created', email }
}

/** One line for the operator about what ensureFirstAdmin did. */
export function describeFirstAdmin(result: FirstAdminResult): string | null {
  switch (result.status) {
    case 'created':
      return `Đã tạo tài khoản quản trị đầu tiên ${result.email} (mật khẩu: ADMIN_PASSWORD). Có thể bỏ ADMIN_PASSWORD khỏi cấu hình.`
    case 'exists':
      return `Tài khoản ${result.email} đã có: ADMIN_EMAIL/ADMIN_PASSWORD không thay đổi gì.`
    case 'skipped':
      return `Cơ sở dữ liệu đã có tài khoản: không tạo ${result.email}. Người quản trị hiện có thêm tài khoản trong trang quản trị.`
    default:
      return null
  }
}
