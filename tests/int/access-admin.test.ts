/**
 * Accounts, the unit and cluster lists, and the site settings (SPEC §2–§3): only admins manage
 * users, units and clusters; nobody changes their own role or unit; the first account is an
 * admin. Every call under test runs with a user and `overrideAccess: false`.
 */
import { createLocalReq, registerFirstUserOperation } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import {
  asActor,
  exists,
  expectNotVisible,
  expectVietnamese,
  idOf,
  rejection,
  stored,
  withUser,
  type Actor,
} from '../helpers/access'
import { createFixtures, testPayload, type Fixtures } from '../helpers/payload'

let f: Fixtures
let firstUser: User
let firstUserToken: string | undefined

const PASSWORD = 'mat-khau-thu-nghiem-1'

beforeAll(async () => {
  const payload = await testPayload()
  // This file's database is empty: the account registered here is really the first one ever.
  expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)
  const result = await registerFirstUserOperation({
    collection: payload.collections.users,
    data: {
      email: 'nguoi-dau-tien@lantoa.test',
      password: PASSWORD,
      fullName: 'Người đăng ký đầu tiên',
      role: 'contributor',
    } as never,
    req: await createLocalReq({}, payload),
  })
  firstUserToken = result.token
  firstUser = (await payload.findByID({ collection: 'users', id: result.user!.id })) as User
  f = await createFixtures(payload)
})

describe('the first user', () => {
  it('becomes admin even though it asked to be a contributor', async () => {
    expect(firstUserToken).toEqual(expect.any(String))
    expect(firstUser.role).toBe('admin')
    expect((await stored(f.payload, 'users', firstUser.id)).role).toBe('admin')
  })

  it('can manage accounts afterwards, as an admin', async () => {
    const found = await f.payload.find({ collection: 'users', limit: 100, ...withUser(firstUser) })
    const ids = found.docs.map((doc) => doc.id)
    for (const user of [firstUser, f.admin, f.editor, f.contributorA, f.contributorB]) {
      expect(ids).toContain(user.id)
    }
  })

  it('only the first: a later registration is refused (403) and accounts after it keep their role', async () => {
    const error = await rejection(
      registerFirstUserOperation({
        collection: f.payload.collections.users,
        data: {
          email: 'ke-den-sau@lantoa.test',
          password: PASSWORD,
          fullName: 'Người đến sau',
          role: 'admin',
        } as never,
        req: await createLocalReq({}, f.payload),
      }),
    )
    expect(error.status).toBe(403)
    expect(
      (
        await f.payload.count({
          collection: 'users',
          where: { email: { equals: 'ke-den-sau@lantoa.test' } },
        })
      ).totalDocs,
    ).toBe(0)
    expect(f.contributorA.role).toBe('contributor')
    expect(f.editor.role).toBe('editor')
  })
})

const uniq = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

type Managed = 'users' | 'units' | 'clusters'

/** Data to create a record of each admin-managed collection. */
const createData = (slug: Managed): Record<string, unknown> => {
  switch (slug) {
    case 'users':
      return {
        email: `moi-${uniq()}@lantoa.test`,
        password: PASSWORD,
        fullName: 'Cán bộ mới',
        role: 'editor',
      }
    case 'units':
      return { name: `Xã Hữu Khánh ${uniq()}`, kind: 'commune' }
    case 'clusters':
      return { name: `Cụm thi đua số ${uniq()}` }
  }
}
const textField: Record<Managed, string> = { users: 'fullName', units: 'name', clusters: 'name' }

describe.each(['users', 'units', 'clusters'] as const)('%s are managed by admins only', (slug) => {
  let target: { id: number }
  beforeAll(async () => {
    target = (await f.payload.create({
      collection: slug,
      data: createData(slug) as never,
    })) as unknown as { id: number }
  })

  it.each(['anonymous', 'contributorA', 'editor'] as const)(
    '%s cannot create (403) and nothing is stored',
    async (actor) => {
      const before = (await f.payload.count({ collection: slug })).totalDocs
      const error = await rejection(
        f.payload.create({
          collection: slug,
          data: createData(slug) as never,
          ...asActor(f, actor),
        }),
      )
      expect(error.status).toBe(403)
      expect((await f.payload.count({ collection: slug })).totalDocs).toBe(before)
    },
  )

  it.each(['anonymous', 'contributorA', 'editor'] as const)(
    "%s cannot update someone else's record (403) and it is unchanged",
    async (actor) => {
      const before = await stored(f.payload, slug, target.id)
      const error = await rejection(
        f.payload.update({
          collection: slug,
          id: target.id,
          data: { [textField[slug]]: 'Đã bị sửa trái phép' } as never,
          ...asActor(f, actor),
        }),
      )
      expect(error.status).toBe(403)
      expect((await stored(f.payload, slug, target.id))[textField[slug]]).toBe(
        before[textField[slug]],
      )
    },
  )

  it.each(['anonymous', 'contributorA', 'editor'] as const)(
    '%s cannot delete (403) and the record stays',
    async (actor) => {
      const error = await rejection(
        f.payload.delete({ collection: slug, id: target.id, ...asActor(f, actor) }),
      )
      expect(error.status).toBe(403)
      expect(await exists(f.payload, slug, target.id)).toBe(true)
    },
  )

  it('an admin creates, updates and deletes', async () => {
    const created = (await f.payload.create({
      collection: slug,
      data: createData(slug) as never,
      ...withUser(f.admin),
    })) as unknown as { id: number }
    expect(await exists(f.payload, slug, created.id)).toBe(true)
    const value = `Tên mới ${uniq()}`
    await f.payload.update({
      collection: slug,
      id: created.id,
      data: { [textField[slug]]: value } as never,
      ...withUser(f.admin),
    })
    expect((await stored(f.payload, slug, created.id))[textField[slug]]).toBe(value)
    await f.payload.delete({ collection: slug, id: created.id, ...withUser(f.admin) })
    expect(await exists(f.payload, slug, created.id)).toBe(false)
  })
})

describe('movements and documents', () => {
  it.each([
    { slug: 'movements', data: { name: 'Phong trào "Dân vận khéo"', startYear: 2010 } },
    {
      slug: 'documents',
      data: {
        number: '123/KH-UBND',
        docType: 'ke-hoach',
        title: 'Kế hoạch tuyên truyền gương điển hình tiên tiến',
        issuer: 'UBND huyện Lộc Bình',
      },
    },
  ] as const)('$slug: anonymous and contributors create nothing (403)', async ({ slug, data }) => {
    for (const actor of ['anonymous', 'contributorA'] as const) {
      const error = await rejection(
        f.payload.create({ collection: slug, data: data as never, ...asActor(f, actor) }),
      )
      expect(error.status).toBe(403)
    }
    expect((await f.payload.count({ collection: slug })).totalDocs).toBe(0)
  })
})

describe('public reference data', () => {
  let ids: Record<'units' | 'clusters' | 'movements' | 'documents', number>
  beforeAll(async () => {
    const cluster = await f.payload.create({
      collection: 'clusters',
      data: { name: 'Cụm thi đua các xã vùng cao' },
    })
    const movement = await f.payload.create({
      collection: 'movements',
      data: { name: 'Phong trào "Cả nước chung tay vì người nghèo"', startYear: 2015 },
    })
    const document = await f.payload.create({
      collection: 'documents',
      data: {
        number: '456/KH-UBND',
        docType: 'ke-hoach',
        title: 'Kế hoạch giới thiệu gương điển hình tiên tiến hằng tháng',
        issuer: 'UBND huyện Lộc Bình',
      },
    })
    ids = {
      units: f.unitA.id as number,
      clusters: cluster.id,
      movements: movement.id,
      documents: document.id,
    }
  })

  it.each(['units', 'clusters', 'movements', 'documents'] as const)(
    'anonymous reads %s',
    async (slug) => {
      const found = await f.payload.find({
        collection: slug,
        where: { id: { equals: ids[slug] } },
        ...asActor(f, 'anonymous'),
      })
      expect(found.docs.map((doc) => doc.id)).toEqual([ids[slug]])
      const one = await f.payload.findByID({
        collection: slug,
        id: ids[slug],
        ...asActor(f, 'anonymous'),
      })
      expect(one.id).toBe(ids[slug])
    },
  )

  it('anonymous reads the site settings', async () => {
    const settings = await f.payload.findGlobal({
      slug: 'site-settings',
      ...asActor(f, 'anonymous'),
    })
    expect(settings.portalName).toBe('Trang thông tin điện tử huyện Lộc Bình')
    expect(settings.deadlineDay).toBe(5)
  })

  it('anonymous cannot read accounts (403)', async () => {
    const error = await rejection(
      f.payload.find({ collection: 'users', ...asActor(f, 'anonymous') }),
    )
    expect(error.status).toBe(403)
  })
})

describe('site settings', () => {
  it.each(['anonymous', 'contributorA', 'editor'] as const)(
    '%s cannot update them (403) and they are unchanged',
    async (actor) => {
      const error = await rejection(
        f.payload.updateGlobal({
          slug: 'site-settings',
          data: { portalName: 'Trang giả mạo' },
          ...asActor(f, actor as Actor),
        }),
      )
      expect(error.status).toBe(403)
      const settings = await f.payload.findGlobal({ slug: 'site-settings' })
      expect(settings.portalName).not.toBe('Trang giả mạo')
    },
  )

  it('an admin updates them', async () => {
    await f.payload.updateGlobal({
      slug: 'site-settings',
      data: { authorityName: 'UBND huyện Lộc Bình', deadlineDay: 7 },
      ...withUser(f.admin),
    })
    const settings = await f.payload.findGlobal({ slug: 'site-settings' })
    expect(settings.authorityName).toBe('UBND huyện Lộc Bình')
    expect(settings.deadlineDay).toBe(7)
  })
})

describe('own role and unit', () => {
  it.each([
    { actor: 'admin', data: { role: 'editor' }, field: 'role' },
    { actor: 'admin', data: { unit: 'A' }, field: 'unit' },
    { actor: 'editor', data: { role: 'admin' }, field: 'role' },
    { actor: 'contributorA', data: { role: 'admin' }, field: 'role' },
    { actor: 'contributorA', data: { role: 'editor' }, field: 'role' },
    { actor: 'contributorA', data: { unit: 'B' }, field: 'unit' },
  ] as const)(
    '$actor changing its own $field is refused (403, Vietnamese) and unchanged',
    async ({ actor, data, field }) => {
      const self = f[actor]
      const payloadData =
        'unit' in data ? { unit: data.unit === 'A' ? f.unitA.id : f.unitB.id } : data
      const before = await stored(f.payload, 'users', self.id)
      const error = await rejection(
        f.payload.update({
          collection: 'users',
          id: self.id,
          data: payloadData as never,
          ...asActor(f, actor),
        }),
      )
      expect(error.status).toBe(403)
      expectVietnamese(error.message)
      const after = await stored(f.payload, 'users', self.id)
      expect(field === 'unit' ? idOf(after.unit) : after.role).toBe(
        field === 'unit' ? idOf(before.unit) : before.role,
      )
    },
  )

  it('a contributor updates its own fullName', async () => {
    const updated = await f.payload.update({
      collection: 'users',
      id: f.contributorA.id,
      data: { fullName: 'Hoàng Thị Lan' },
      ...withUser(f.contributorA),
    })
    expect(updated.fullName).toBe('Hoàng Thị Lan')
    const saved = await stored(f.payload, 'users', f.contributorA.id)
    expect(saved.fullName).toBe('Hoàng Thị Lan')
    expect(saved.role).toBe('contributor')
    expect(idOf(saved.unit)).toBe(f.unitA.id)
  })

  it("an admin changes another account's role and unit", async () => {
    const other = await f.payload.create({
      collection: 'users',
      data: {
        email: `doi-vai-tro-${uniq()}@lantoa.test`,
        password: PASSWORD,
        fullName: 'Cán bộ chuyển công tác',
        role: 'contributor',
        unit: f.unitA.id as number,
      },
    })
    await f.payload.update({
      collection: 'users',
      id: other.id,
      data: { unit: f.unitB.id as number },
      ...withUser(f.admin),
    })
    await f.payload.update({
      collection: 'users',
      id: other.id,
      data: { role: 'editor' },
      ...withUser(f.admin),
    })
    const saved = await stored(f.payload, 'users', other.id)
    expect(saved.role).toBe('editor')
    expect(idOf(saved.unit)).toBe(f.unitB.id)
  })
})

describe('contributor accounts need a unit', () => {
  it('an admin creating a contributor without unit is refused (400, Vietnamese), nothing stored', async () => {
    const email = `khong-don-vi-${uniq()}@lantoa.test`
    const error = await rejection(
      f.payload.create({
        collection: 'users',
        data: { email, password: PASSWORD, fullName: 'Không có đơn vị', role: 'contributor' },
        ...withUser(f.admin),
      }),
    )
    expect(error.status).toBe(400)
    expectVietnamese(error.message)
    expect(
      (await f.payload.count({ collection: 'users', where: { email: { equals: email } } }))
        .totalDocs,
    ).toBe(0)
  })

  it("an admin removing a contributor's unit is refused (400) and the unit stays", async () => {
    const error = await rejection(
      f.payload.update({
        collection: 'users',
        id: f.contributorB.id,
        data: { unit: null },
        ...withUser(f.admin),
      }),
    )
    expect(error.status).toBe(400)
    expect(idOf((await stored(f.payload, 'users', f.contributorB.id)).unit)).toBe(f.unitB.id)
  })
})

describe('reading accounts', () => {
  it.each(['editor', 'contributorA'] as const)('%s finds only its own account', async (actor) => {
    const found = await f.payload.find({ collection: 'users', limit: 100, ...asActor(f, actor) })
    expect(found.docs.map((doc) => doc.id)).toEqual([f[actor].id])
    expect(found.totalDocs).toBe(1)
  })

  it.each(['editor', 'contributorA'] as const)(
    '%s cannot read another account by id',
    async (actor) => {
      await expectNotVisible(
        f.payload.findByID({ collection: 'users', id: f.contributorB.id, ...asActor(f, actor) }),
      )
    },
  )

  it('an admin reads every account', async () => {
    const found = await f.payload.find({ collection: 'users', limit: 100, ...withUser(f.admin) })
    const ids = found.docs.map((doc) => doc.id)
    for (const user of [firstUser, f.admin, f.editor, f.contributorA, f.contributorB]) {
      expect(ids).toContain(user.id)
    }
  })
})
