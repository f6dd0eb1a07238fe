import { buildSchema, parse, specifiedRules, validate } from 'graphql'
import { describe, expect, it } from 'vitest'

import { toVietnamese } from '@/lib/errors'
import { depthLimit, MAX_GRAPHQL_DEPTH } from '@/security/graphql-limits'
import { MIN_PASSWORD_LENGTH, passwordProblem } from '@/security/password-policy'

describe('password policy', () => {
  it('refuses fewer than 10 characters, counting Vietnamese letters as one', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(10)
    expect(passwordProblem('123456789')).toMatch(/ít nhất 10 ký tự/)
    expect(passwordProblem('mật khẩu!'.normalize('NFD'))).toMatch(/ít nhất 10 ký tự/) // 9 letters
    expect(passwordProblem('1234567890')).toBeNull()
    expect(passwordProblem('x'.repeat(300))).toMatch(/dài quá/)
    expect(passwordProblem(undefined)).not.toBeNull()
  })
})

describe('GraphQL depth limit', () => {
  const schema = buildSchema(`
    type Unit { name: String, successor: Unit }
    type Query { unit: Unit }
  `)
  const nested = (levels: number) =>
    `{ unit ${'{ successor '.repeat(levels - 2)}{ name }${' }'.repeat(levels - 2)} }`
  const errors = (query: string) =>
    validate(schema, parse(query), [...specifiedRules, depthLimit()])

  it(`accepts ${MAX_GRAPHQL_DEPTH} levels and refuses ${MAX_GRAPHQL_DEPTH + 1}, in Vietnamese`, () => {
    expect(errors(nested(MAX_GRAPHQL_DEPTH))).toEqual([])
    const refused = errors(nested(MAX_GRAPHQL_DEPTH + 1))
    expect(refused).toHaveLength(1)
    expect(refused[0].message).toMatch(/lồng quá sâu/)
  })

  it('follows fragments, and a fragment cycle does not hang', () => {
    const viaFragments = `
      query { unit { ...A } }
      fragment A on Unit { successor { ...B } }
      fragment B on Unit { successor { successor { successor { successor { successor { successor { name } } } } } } }
    `
    expect(errors(viaFragments).some((e) => /lồng quá sâu/.test(e.message))).toBe(true)
    const cycle = `query { unit { ...A } } fragment A on Unit { successor { ...A } }`
    expect(errors(cycle).length).toBeGreaterThan(0)
  })

  it("Payload's complexity message is translated", () => {
    expect(
      toVietnamese('The query exceeds the maximum complexity of 500. Actual complexity is 812'),
    ).toBe(
      'Truy vấn GraphQL quá phức tạp (độ phức tạp 812, tối đa 500). Hãy chia thành các truy vấn nhỏ hơn.',
    )
  })
})
