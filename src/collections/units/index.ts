import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { anyone, isAdmin } from '@/access'
import { slugField } from '@/fields/slug'
import { expireOnChange, expireOnDelete } from '@/hooks/expire-cache'
import { normalizeText } from '@/hooks/normalize-text'
import type { Unit } from '@/payload-types'

import {
  DEFAULT_UNIT_SIGNER,
  defaultParentBody,
  defaultPlaceName,
  LOCAL_COMMITTEE,
} from './heading'

export const UNIT_KIND_LABELS = {
  agency: 'Cơ quan, đơn vị',
  commune: 'Xã',
  town: 'Thị trấn',
  other: 'Khác',
} as const

/** A new unit starts with its kind's parent body and place name, which an admin may then change. */
const fillHeadingDefaults: CollectionBeforeChangeHook<Unit> = async ({ data, operation, req }) => {
  if (operation !== 'create' || (data.parentBody?.trim() && data.placeName?.trim())) return data
  const settings = await req.payload.findGlobal({
    slug: 'site-settings',
    depth: 0,
    overrideAccess: true,
    req,
  })
  const kind = data.kind ?? 'agency'
  return {
    ...data,
    parentBody: data.parentBody?.trim() || defaultParentBody(kind, settings) || null,
    placeName:
      data.placeName?.trim() || defaultPlaceName({ name: data.name ?? '', kind }, settings) || null,
  }
}

export const Units: CollectionConfig = {
  slug: 'units',
  labels: { singular: 'Đơn vị', plural: 'Đơn vị' },
  admin: {
    group: 'Danh mục',
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'cluster', 'validFrom', 'validTo'],
    listSearchableFields: ['name', 'slug'],
    description:
      'Cơ quan, đơn vị, xã, thị trấn. Khi sáp nhập, ghi ngày hết hiệu lực và đơn vị kế thừa: hồ sơ cũ giữ tên đơn vị của thời điểm đó.',
  },
  defaultSort: 'name',
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: {
    beforeValidate: [normalizeText],
    beforeChange: [fillHeadingDefaults],
    afterChange: [expireOnChange('units')],
    afterDelete: [expireOnDelete('units')],
  },
  fields: [
    { name: 'name', type: 'text', label: 'Tên đơn vị', required: true },
    slugField('name'),
    {
      name: 'kind',
      type: 'select',
      label: 'Loại đơn vị',
      required: true,
      defaultValue: 'agency',
      index: true,
      options: Object.entries(UNIT_KIND_LABELS).map(([value, label]) => ({ value, label })),
    },
    {
      name: 'cluster',
      type: 'relationship',
      relationTo: 'clusters',
      label: 'Cụm thi đua',
      index: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'validFrom',
          type: 'date',
          label: 'Hiệu lực từ ngày',
          index: true,
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
        },
        {
          name: 'validTo',
          type: 'date',
          label: 'Hết hiệu lực từ ngày',
          index: true,
          admin: {
            date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
            description:
              'Ngày đơn vị thôi hoạt động (sáp nhập, giải thể). Để trống nếu còn hoạt động.',
          },
        },
      ],
    },
    {
      name: 'successor',
      type: 'relationship',
      relationTo: 'units',
      label: 'Đơn vị kế thừa',
      admin: { description: 'Đơn vị mới sau sáp nhập.' },
    },
    {
      type: 'collapsible',
      label: 'Ghi trên văn bản xuất (danh sách của đơn vị)',
      fields: [
        {
          name: 'parentBody',
          type: 'text',
          label: 'Cơ quan chủ quản',
          admin: {
            description: `Dòng trên tên đơn vị ở góc trái văn bản. Để trống: xã, thị trấn ghi "${LOCAL_COMMITTEE}"; đơn vị khác ghi cơ quan chủ quản trong Cấu hình cổng thông tin.`,
          },
        },
        {
          name: 'placeName',
          type: 'text',
          label: 'Địa danh ghi ngày tháng',
          admin: {
            description:
              'Địa danh đứng trước "ngày … tháng … năm …". Để trống: xã, thị trấn ghi tên xã, thị trấn; đơn vị khác ghi địa danh trong Cấu hình cổng thông tin.',
          },
        },
        {
          name: 'signerTitle',
          type: 'text',
          label: 'Chức vụ người ký',
          admin: { description: `Để trống: "${DEFAULT_UNIT_SIGNER.toLocaleUpperCase('vi')}".` },
        },
      ],
    },
  ],
}
