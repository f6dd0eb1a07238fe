import type { PayloadRequest } from 'payload'

/** Where links in mail point: SERVER_URL, never the Host a request claimed (reset-link poisoning). */
export function publicBaseUrl(env: Record<string, string | undefined> = process.env): string {
  return (env.SERVER_URL || `http://localhost:${env.PORT || 3000}`).trim().replace(/\/+$/, '')
}

const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)

export function resetPasswordLink(token: string, env?: Record<string, string | undefined>) {
  return `${publicBaseUrl(env)}/admin/reset/${encodeURIComponent(token)}`
}

export const RESET_SUBJECT = '[Lan Tỏa] Đặt lại mật khẩu'

/** The Vietnamese reset mail (Payload's forgotPassword.generateEmailHTML). */
export function resetPasswordHtml(args?: {
  req?: PayloadRequest
  token?: string
  user?: { email?: string | null; fullName?: string | null }
}): string {
  const link = resetPasswordLink(args?.token ?? '')
  const name = args?.user?.fullName || args?.user?.email || ''
  return [
    `<p>Kính gửi ${escape(name)},</p>`,
    '<p>Hệ thống Lan Tỏa nhận được yêu cầu đặt lại mật khẩu cho tài khoản của anh/chị. ' +
      'Mở đường dẫn sau (trong vòng 1 giờ) để đặt mật khẩu mới:</p>',
    `<p><a href="${escape(link)}">${escape(link)}</a></p>`,
    '<p>Nếu anh/chị không yêu cầu, hãy bỏ qua thư này: mật khẩu hiện tại vẫn giữ nguyên.</p>',
    '<p>— Hệ thống Lan Tỏa (thư tự động, vui lòng không trả lời)</p>',
  ].join('\n')
}
