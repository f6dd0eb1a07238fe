/**
 * Password policy (issue 7, item 1) through the Local API, including the whole reset flow,
 * which writes the new hash without field validation: length >= 10, Vietnamese message, and
 * nothing changed when refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { expectVietnamese, rejection, withUser } from '../helpers/access'
import { createFixtures, testPayload, type Fixtures } from '../helpers/payload'

let f: Fixtures
const created: Array<number | string> = []

beforeAll(async () => {
  f = await createFixtures(await testPayload())
})

afterAll(async () => {
  for (const id of created) await f.payload.delete({ collection: 'users', id })
})

const login = (email: string, password: string) =>
  f.payload.login({ collection: 'users', data: { email, password } })

describe('password length', () => {
  it('an admin cannot create an account with a 9-character password', async () => {
    const email = `ngan-${Date.now()}@lantoa.test`
    const error = await rejection(
      f.payload.create({
        collection: 'users',
        data: { email, password: '123456789', fullName: 'Mật khẩu ngắn', role: 'editor' },
        ...withUser(f.admin),
      }),
    )
    expect(error.status).toBe(400)
    expect(error.message).toBe('Mật khẩu phải có ít nhất 10 ký tự.')
    const found = await f.payload.find({ collection: 'users', where: { email: { equals: email } } })
    expect(found.totalDocs).toBe(0)
  })

  it('a user cannot change their own password to a short one; 10 characters are enough', async () => {
    const email = `doi-mat-khau-${Date.now()}@lantoa.test`
    const user = await f.payload.create({
      collection: 'users',
      data: { email, password: 'mat-khau-ban-dau', fullName: 'Đổi mật khẩu', role: 'editor' },
    })
    created.push(user.id)
    const error = await rejection(
      f.payload.update({
        collection: 'users',
        id: user.id,
        data: { password: 'ngan' },
        ...withUser(user as never),
      }),
    )
    expect(error.status).toBe(400)
    expectVietnamese(error.message)
    expect((await login(email, 'mat-khau-ban-dau')).token).toBeTruthy()

    await f.payload.update({
      collection: 'users',
      id: user.id,
      data: { password: '0123456789' },
      ...withUser(user as never),
    })
    expect((await login(email, '0123456789')).token).toBeTruthy()
  })

  it('reset-password refuses a short password and keeps the old one and the token', async () => {
    const email = `quen-${Date.now()}@lantoa.test`
    const user = await f.payload.create({
      collection: 'users',
      data: { email, password: 'mat-khau-cu-123', fullName: 'Quên mật khẩu', role: 'editor' },
    })
    created.push(user.id)
    const token = await f.payload.forgotPassword({
      collection: 'users',
      data: { email },
      disableEmail: true,
    })
    expect(typeof token).toBe('string')
    const error = await rejection(
      f.payload.resetPassword({
        collection: 'users',
        data: { token: token as string, password: 'ngan-9-ky' },
        overrideAccess: true,
      }),
    )
    expect(error.status).toBe(400)
    expect(error.message).toMatch(/ít nhất 10 ký tự/)
    expect((await login(email, 'mat-khau-cu-123')).token).toBeTruthy()

    const reset = await f.payload.resetPassword({
      collection: 'users',
      data: { token: token as string, password: 'mat-khau-moi-456' },
      overrideAccess: true,
    })
    expect(reset.token).toBeTruthy()
    expect((await login(email, 'mat-khau-moi-456')).token).toBeTruthy()
  })
})
