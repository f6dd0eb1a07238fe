import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import type { User } from '@/payload-types'

export async function testPayload(): Promise<Payload> {
  return getPayload({ config })
}

let counter = 0
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`

export type Fixtures = {
  payload: Payload
  unitA: { id: number | string; name: string }
  unitB: { id: number | string; name: string }
  admin: User
  editor: User
  contributorA: User
  contributorB: User
}

/** Two units and one account of each role; the admin is the first user ever created. */
export async function createFixtures(payload: Payload): Promise<Fixtures> {
  const unitA = await payload.create({
    collection: 'units',
    data: { name: `Xã Tú Đoạn ${unique('a')}`, kind: 'commune' },
  })
  const unitB = await payload.create({
    collection: 'units',
    data: { name: `Xã Mẫu Sơn ${unique('b')}`, kind: 'commune' },
  })
  const user = async (role: User['role'], unit?: number | string) =>
    (await payload.create({
      collection: 'users',
      data: {
        email: `${unique(role)}@lantoa.test`,
        password: 'mat-khau-thu-nghiem-1',
        fullName: `Người dùng ${role}`,
        role,
        unit: unit as number,
      },
    })) as User
  const admin = await user('admin')
  const editor = await user('editor')
  const contributorA = await user('contributor', unitA.id)
  const contributorB = await user('contributor', unitB.id)
  return { payload, unitA, unitB, admin, editor, contributorA, contributorB }
}

/** A Local API user as Payload's REST layer would attach it. */
export const as = (user: User) => ({ ...user, collection: 'users' as const })

export const validExemplar = (overrides: Record<string, unknown> = {}) => ({
  kind: 'individual' as const,
  name: 'Nguyễn Văn An',
  category: 'good-deeds' as const,
  sector: 'agriculture' as const,
  summary: 'Hiến 500 m² đất làm đường liên thôn.',
  period: '2022-07',
  ...overrides,
})
