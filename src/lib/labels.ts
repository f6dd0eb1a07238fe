/** Vietnamese labels for enum values, one term per idea (shared/GLOSSARY.md). */

export const EXEMPLAR_KIND_LABELS = {
  individual: 'Cá nhân',
  collective: 'Tập thể',
  household: 'Hộ gia đình',
} as const

export const CATEGORY_LABELS = {
  advanced: 'Điển hình tiên tiến',
  'good-deeds': 'Người tốt, việc tốt',
  'new-factor': 'Nhân tố mới',
  'good-model': 'Mô hình hay, cách làm hiệu quả',
} as const

export const SECTOR_LABELS = {
  economy: 'Kinh tế',
  agriculture: 'Nông nghiệp, nông thôn mới',
  'culture-society': 'Văn hóa - Xã hội',
  education: 'Giáo dục - Đào tạo',
  health: 'Y tế',
  'defence-security': 'Quốc phòng - An ninh',
  'party-government': 'Xây dựng Đảng, chính quyền, đoàn thể',
  other: 'Lĩnh vực khác',
} as const

export const GENDER_LABELS = { male: 'Nam', female: 'Nữ' } as const

export type ExemplarKind = keyof typeof EXEMPLAR_KIND_LABELS
export type Category = keyof typeof CATEGORY_LABELS
export type Sector = keyof typeof SECTOR_LABELS

export function toOptions<T extends Record<string, string>>(labels: T) {
  return Object.entries(labels).map(([value, label]) => ({ value, label }))
}
