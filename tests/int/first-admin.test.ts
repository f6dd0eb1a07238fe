/**
 * ADMIN_EMAIL + ADMIN_PASSWORD create the first administrator on an empty database (what the
 * server does before it answers, src/seed/prepare.ts, and `npm run setup`); they never touch an
 * existing account nor add one to a database that already has accounts.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'

import { ensureFirstAdmin, SetupError } from '@/seed/first-admin'

import { rejection } from '../helpers/access'
import { testPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const env = (email?: string, password?: string) => ({
  ADMIN_EMAIL: email,
  ADMIN_PASSWORD: password,
})

describe('the first administrator from the environment', () => {
  it('does nothing when neither variable is set', async () => {
    expect(await ensureFirstAdmin(payload, env())).toEqual({ status: 'unset' })
  })

  it('refuses half a configuration and a short password, creating nothing', async () => {
    expect(await rejection(ensureFirstAdmin(payload, env('qt@xa.gov.vn')))).toBeInstanceOf(
      SetupError,
    )
    const short = await rejection(ensureFirstAdmin(payload, env('qt@xa.gov.vn', '123456789')))
    expect(short).toBeInstanceOf(SetupError)
    expect(short.message).toContain('10 ký tự')
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)
  })

  it('creates an administrator who can log in, once', async () => {
    const created = await ensureFirstAdmin(payload, env(' QuanTri@Xa.gov.vn ', 'mat-khau-quan-tri'))
    expect(created).toEqual({ status: 'created', email: 'quantri@xa.gov.vn' })
    const { user } = await payload.login({
      collection: 'users',
      data: { email: 'quantri@xa.gov.vn', password: 'mat-khau-quan-tri' },
    })
    expect(user?.role).toBe('admin')

    // A restart with the variables still set changes nothing, whatever the password says.
    expect(await ensureFirstAdmin(payload, env('quantri@xa.gov.vn', 'mat-khau-khac-han'))).toEqual({
      status: 'exists',
      email: 'quantri@xa.gov.vn',
    })
    const again = await payload.login({
      collection: 'users',
      data: { email: 'quantri@xa.gov.vn', password: 'mat-khau-quan-tri' },
    })
    expect(again.user?.id).toBe(user?.id)
  })

  it('adds nobody to a database that already has accounts', async () => {
    expect(
      await ensureFirstAdmin(payload, env('nguoi-khac@xa.gov.vn', 'mat-khau-quan-tri')),
    ).toEqual({ status: 'skipped', email: 'nguoi-khac@xa.gov.vn' })
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(1)
  })
})
