import type { JsonBody } from '../helpers/json'
import { inject } from 'vitest'

export const baseURL = () => inject('baseURL')

export async function login(email: string, password = inject('demoPassword')): Promise<string> {
  const response = await fetch(`${baseURL()}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (response.status !== 200) throw new Error(`login ${email}: ${response.status}`)
  const body = (await response.json()) as { token: string }
  return body.token
}

export async function api(
  path: string,
  init: RequestInit & { token?: string; json?: unknown } = {},
): Promise<{ status: number; body: JsonBody }> {
  const headers = new Headers(init.headers)
  if (init.token) headers.set('authorization', `JWT ${init.token}`)
  let body = init.body
  if (init.json !== undefined) {
    headers.set('content-type', 'application/json')
    body = JSON.stringify(init.json)
  }
  const response = await fetch(`${baseURL()}${path}`, { ...init, headers, body })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // HTML or empty
  }
  return { status: response.status, body: parsed }
}
