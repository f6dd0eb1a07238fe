import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

export const MIN_PASSWORD_LENGTH = 10
export const MAX_PASSWORD_LENGTH = 256

export const PASSWORD_TOO_SHORT = `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`
export const PASSWORD_TOO_LONG = `Mật khẩu không được dài quá ${MAX_PASSWORD_LENGTH} ký tự.`

/** The Vietnamese reason a password is refused, or null when it is acceptable. */
export function passwordProblem(password: unknown): string | null {
  if (typeof password !== 'string') return PASSWORD_TOO_SHORT
  // Characters as a person counts them: "mật khẩu" is 8, whatever its Unicode normal form.
  const length = [...password.normalize('NFC')].length
  if (length < MIN_PASSWORD_LENGTH) return PASSWORD_TOO_SHORT
  if (length > MAX_PASSWORD_LENGTH) return PASSWORD_TOO_LONG
  return null
}

/**
 * Every door that sets a password: create (first-register included), update, and
 * reset-password, which writes the hash without running field validation or beforeChange hooks
 * but does run beforeOperation.
 */
export const enforcePasswordPolicy: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const data = (args as { data?: Record<string, unknown> }).data
  if (!data || !('password' in data)) return args
  // An update that carries an empty password (the admin form does) leaves it unchanged.
  if (operation === 'update' && (data.password === undefined || data.password === '')) return args
  const problem = passwordProblem(data.password)
  if (problem) {
    throw new APIError(problem, 400, { errors: [{ path: 'password', message: problem }] }, true)
  }
  return args
}
