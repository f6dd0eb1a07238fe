import type { AfterErrorHook } from 'payload'

/** Payload messages that have no Vietnamese translation of their own. */
const TRANSLATIONS: Array<[RegExp, (match: RegExpExecArray) => string]> = [
  [
    /^The following paths? cannot be queried:?\s*(.*)$/s,
    (m) => `Không được phép lọc hoặc sắp xếp theo trường: ${m[1]}`.trim(),
  ],
  [/^Invalid JSON$/, () => 'Dữ liệu JSON gửi lên không hợp lệ.'],
  [/^File size limit has been reached$/, () => 'Tệp tải lên vượt quá dung lượng cho phép.'],
  [/^A file name is required\.?$/, () => 'Cần có tên tệp.'],
  [/^No files were uploaded\.?$/, () => 'Chưa có tệp nào được tải lên.'],
  [/^Invalid file type/, () => 'Loại tệp không được chấp nhận.'],
  [
    /is currently locked by another user/,
    () =>
      'Hồ sơ đang được người khác chỉnh sửa nên chưa thể cập nhật. Vui lòng thử lại sau ít phút.',
  ],
  [/^Not Found$/, () => 'Không tìm thấy.'],
  [
    /Blocked unsafe attempt|Failed to fetch from|External file URLs must use|Pasting from URL is not enabled/,
    () => 'Không hỗ trợ lấy ảnh từ đường dẫn bên ngoài: hãy tải tệp ảnh lên từ máy tính.',
  ],
  [
    /^The query exceeds the maximum complexity of (\d+)\. Actual complexity is (\d+)/,
    (m) =>
      `Truy vấn GraphQL quá phức tạp (độ phức tạp ${m[2]}, tối đa ${m[1]}). Hãy chia thành các truy vấn nhỏ hơn.`,
  ],
  [/^Unauthorized/, () => 'Bạn cần đăng nhập.'],
]

export function toVietnamese(message: string): string {
  for (const [pattern, translate] of TRANSLATIONS) {
    const match = pattern.exec(message)
    if (match) return translate(match)
  }
  return message
}

const NAMES_BY_STATUS: Record<number, string> = {
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
}

function errorName(name: string | undefined, status: number): string {
  if (name && /^[A-Z][A-Za-z]{3,}$/.test(name)) return name
  return NAMES_BY_STATUS[status] ?? 'APIError'
}

type PayloadLikeError = {
  name?: string
  message?: string
  status?: number
  data?: unknown
  cause?: unknown
}

/**
 * Errors Payload reports as 500 that are the request's fault, not the server's (found by the
 * fuzz test): a query value the SQLite driver refuses to bind (an object, NaN, an invalid date
 * that became `undefined`) before the statement runs, or an operator the adapter does not have.
 * Nothing was read or written; the client gets a 400 it can act on.
 */
const CLIENT_FAULTS: Array<[RegExp, string]> = [
  [
    /can only bind numbers|cannot be passed as argument to the database|Only finite numbers .*can be passed/,
    'Giá trị trong điều kiện lọc hoặc trong đường dẫn không hợp lệ với kiểu của trường.',
  ],
  [/adapter\.operators\[\w+\] is not a function/, 'Toán tử lọc không hợp lệ với trường này.'],
]

function messagesOf(error: unknown, depth = 0): string[] {
  if (!error || typeof error !== 'object' || depth > 4) return []
  const { message, cause } = error as PayloadLikeError
  return [typeof message === 'string' ? message : '', ...messagesOf(cause, depth + 1)]
}

export function clientFault(error: unknown): string | null {
  const messages = messagesOf(error)
  for (const [pattern, answer] of CLIENT_FAULTS) {
    if (messages.some((message) => pattern.test(message))) return answer
  }
  return null
}

/**
 * Everything a REST client reads is Vietnamese, Payload's own untranslated errors included.
 * The answer to a 4xx is rebuilt from the error itself: in the production bundle Payload's
 * error formatter can meet a second copy of its error classes, fail `instanceof` and drop the
 * message ("An unknown error occurred.") and the per-field details of validation errors.
 */
export const vietnameseErrors: AfterErrorHook = ({ error, graphqlResult, result }) => {
  const { name, message, data } = error as PayloadLikeError
  if (graphqlResult && (message === LOGIN_REFUSED || message === LOGIN_REFUSED_EN)) {
    // GraphQL names the error by its (minified) class: a lock and a wrong password would read
    // apart by that name alone.
    const extensions = { ...(graphqlResult.extensions ?? {}), name: 'AuthenticationError' }
    return { graphqlResult: { ...graphqlResult, extensions } }
  }
  let { status } = error as PayloadLikeError
  const fault = (!status || status >= 500) && clientFault(error)
  if (fault) {
    return { status: 400, response: { errors: [{ name: 'ValidationError', message: fault }] } }
  }
  // Payload refuses to fetch an upload from a private address with a 500 (FileRetrievalError):
  // it is the request that is wrong.
  if (
    message &&
    /Blocked unsafe attempt|Failed to fetch from|External file URLs must use/.test(message)
  ) {
    status = 400
  }
  if (status && status >= 400 && status < 500 && message) {
    return {
      status,
      response: {
        errors: [
          {
            // Class names are minified in the production bundle ("h"): name what it is.
            name:
              data && typeof data === 'object' && 'errors' in data
                ? 'ValidationError'
                : message === LOGIN_REFUSED || message === LOGIN_REFUSED_EN
                  ? 'AuthenticationError'
                  : errorName(name, status),
            message: toVietnamese(message),
            ...(data && typeof data === 'object' ? { data: data as Record<string, unknown> } : {}),
          },
        ],
      },
    }
  }
  if (!result?.errors?.length) return
  return {
    response: {
      ...result,
      errors: result.errors.map((item) => ({ ...item, message: toVietnamese(item.message ?? '') })),
    },
  }
}

/**
 * One answer to a refused login, whether the address is unknown, the password wrong or the
 * account locked: a lock only a known account can be in would otherwise tell which addresses
 * exist after five guesses (maxLoginAttempts 5, lockTime 10 minutes: src/collections/users).
 */
export const LOGIN_REFUSED =
  'Email hoặc mật khẩu không chính xác, hoặc tài khoản đang tạm khóa vì đăng nhập sai quá 5 lần (thử lại sau 10 phút hoặc liên hệ Quản trị hệ thống).'

/** The same for an account that chose English (Accept-Language or its admin setting). */
export const LOGIN_REFUSED_EN =
  'The email or password is incorrect, or the account is locked for 10 minutes after 5 failed logins.'

export const enOverrides = {
  error: { emailOrPasswordIncorrect: LOGIN_REFUSED_EN, userLocked: LOGIN_REFUSED_EN },
}

/** Payload's `vi` pack leaves a few English words ("field") in its messages. */
export const viOverrides = {
  error: {
    correctInvalidFields: 'Lỗi - Vui lòng sửa các trường không hợp lệ.',
    followingFieldsInvalid_one: 'Lỗi - Trường sau không hợp lệ:',
    followingFieldsInvalid_other: 'Lỗi - Các trường sau không hợp lệ:',
    noMatchedField: 'Lỗi - Không tìm thấy trường khớp với "{{label}}".',
    emailOrPasswordIncorrect: LOGIN_REFUSED,
    userLocked: LOGIN_REFUSED,
  },
  validation: {
    fieldHasNo: 'Trường này không có: {{label}}',
    invalidSelection: 'Lựa chọn ở trường này không hợp lệ.',
    invalidSelections: 'Trường này có những lựa chọn không hợp lệ sau:',
    validUploadID: 'Trường này không chứa ID tệp tải lên hợp lệ.',
  },
}
