import type { Unit } from '@/payload-types'

/**
 * What a unit prints at the head and foot of its own documents (Decree 30/2020/NĐ-CP): the
 * parent body (cơ quan chủ quản) above its name, the place name of the date line, the signer's
 * title. Each is a field on the unit; an empty field takes the default for the unit's kind, so
 * the names always come from data: a commune or town is headed by its own People's Committee
 * ("ỦY BAN NHÂN DÂN" over "XÃ TÚ ĐOẠN"), any other unit by the authority running the portal
 * (site settings' authority name), and its place is the commune's name or the authority's.
 */

type UnitHeadingInput = Pick<Unit, 'name' | 'kind'> &
  Partial<Pick<Unit, 'parentBody' | 'placeName' | 'signerTitle'>>

type AuthorityInput = { authorityName?: string | null; placeName?: string | null }

/** A local People's Committee, the body every commune and town heads its documents with. */
export const LOCAL_COMMITTEE = 'Ủy ban nhân dân'

/** The template's signer for a unit's list (Decree 30 leaves the title to the unit). */
export const DEFAULT_UNIT_SIGNER = 'Thủ trưởng đơn vị'

const LEVEL_PREFIX = /^(xã|thị trấn|phường|đặc khu)\s+/iu

const isLocal = (kind: Unit['kind'] | null | undefined) => kind === 'commune' || kind === 'town'

const filled = (value: string | null | undefined) => (value ?? '').trim()

export function defaultParentBody(
  kind: Unit['kind'] | null | undefined,
  authority: AuthorityInput,
) {
  return isLocal(kind) ? LOCAL_COMMITTEE : filled(authority.authorityName)
}

export function defaultPlaceName(unit: Pick<Unit, 'name' | 'kind'>, authority: AuthorityInput) {
  if (isLocal(unit.kind)) return unit.name.replace(LEVEL_PREFIX, '').trim()
  return filled(authority.placeName)
}

export type UnitHeading = { parentBody: string; placeName: string; signerTitle: string }

export function unitHeading(unit: UnitHeadingInput, authority: AuthorityInput): UnitHeading {
  return {
    parentBody: filled(unit.parentBody) || defaultParentBody(unit.kind, authority),
    placeName: filled(unit.placeName) || defaultPlaceName(unit, authority),
    signerTitle: filled(unit.signerTitle) || DEFAULT_UNIT_SIGNER,
  }
}

/**
 * A unit's name inside a sentence: the level word of an administrative unit is a common noun
 * and takes no capital there ("của xã Tú Đoạn", "của thị trấn Na Dương"); proper names such as
 * "Phòng Nội vụ" or "Công an huyện" keep theirs.
 */
export function inSentence(name: string): string {
  return name.replace(LEVEL_PREFIX, (prefix) => prefix.toLocaleLowerCase('vi'))
}
