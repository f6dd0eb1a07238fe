import type { CollectionConfig } from 'payload'

import { canSeePrivateFields } from '@/access'
import { periodField } from '@/fields/period'
import { importEndpoint } from '@/import/endpoint'
import { storyEndpoint } from '@/import/story-endpoint'
import { slugField } from '@/fields/slug'
import { expireOnChange, expireOnDelete } from '@/hooks/expire-cache'
import { normalizeText } from '@/hooks/normalize-text'
import { keepSearchText, searchTextField } from '@/hooks/search-text'
import {
  CATEGORY_LABELS,
  EXEMPLAR_KIND_LABELS,
  GENDER_LABELS,
  SECTOR_LABELS,
  toOptions,
} from '@/lib/labels'

import { auditCoverage, validateCoverage } from './hooks/coverage'

const isIndividual = (data: Record<string, unknown> | undefined) => data?.kind === 'individual'

export const Exemplars: CollectionConfig = {
  slug: 'exemplars',
  labels: { singular: 'Gương điển hình', plural: 'Gương điển hình tiên tiến' },
  admin: {
    group: 'Nội dung',
    components: {
      beforeListTable: ['/import/import-panel#ImportPanel'],
      edit: { beforeDocumentControls: ['/import/story-button#StoryButton'] },
    },
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'category', 'unit', 'period', 'reviewState'],
    listSearchableFields: ['name', 'searchText', 'slug'],
    description:
      'Hồ sơ tập thể, cá nhân, hộ gia đình tiêu biểu do các cơ quan, đơn vị, xã, thị trấn giới thiệu hằng tháng.',
    pagination: { defaultLimit: 25 },
  },
  defaultSort: '-period',
  endpoints: [importEndpoint, storyEndpoint('exemplars')],
  // The public list (published, newest month first) and the reports (a unit's months).
  indexes: [{ fields: ['_status', 'period'] }, { fields: ['unit', 'period'] }],
  hooks: {
    afterChange: [auditCoverage, expireOnChange('exemplars')],
    afterDelete: [expireOnDelete('exemplars')],
    beforeValidate: [normalizeText],
    beforeChange: [
      validateCoverage,
      keepSearchText(['name', 'position', 'summary', 'ethnicity'], ['story']),
    ],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Thông tin chung',
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'kind',
                  type: 'select',
                  label: 'Đối tượng',
                  required: true,
                  index: true,
                  options: toOptions(EXEMPLAR_KIND_LABELS),
                  admin: { width: '33%' },
                },
                {
                  name: 'category',
                  type: 'select',
                  label: 'Nhóm',
                  required: true,
                  index: true,
                  options: toOptions(CATEGORY_LABELS),
                  admin: { width: '33%' },
                },
                {
                  name: 'sector',
                  type: 'select',
                  label: 'Lĩnh vực',
                  required: true,
                  index: true,
                  options: toOptions(SECTOR_LABELS),
                  admin: { width: '34%' },
                },
              ],
            },
            {
              name: 'name',
              type: 'text',
              label: 'Tên tập thể / Họ và tên cá nhân',
              required: true,
              admin: { description: 'Ghi đầy đủ, không viết tắt.' },
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'birthYear',
                  type: 'number',
                  label: 'Năm sinh',
                  min: 1900,
                  max: 2100,
                  admin: { condition: isIndividual, width: '33%' },
                },
                {
                  name: 'gender',
                  type: 'select',
                  label: 'Giới tính',
                  options: toOptions(GENDER_LABELS),
                  admin: { condition: isIndividual, width: '33%' },
                },
                {
                  name: 'ethnicity',
                  type: 'text',
                  label: 'Dân tộc',
                  admin: { condition: isIndividual, width: '34%' },
                },
              ],
            },
            {
              name: 'position',
              type: 'text',
              label: 'Chức vụ, đơn vị công tác / Địa chỉ',
              admin: { description: 'Như in trong danh sách giới thiệu.' },
            },
            {
              name: 'movement',
              type: 'relationship',
              relationTo: 'movements',
              label: 'Phong trào thi đua',
              index: true,
            },
            {
              name: 'summary',
              type: 'textarea',
              label: 'Thành tích tiêu biểu',
              required: true,
              maxLength: 2000,
              admin: {
                description: 'Vài dòng tóm tắt, như cột "Thành tích tiêu biểu" của danh sách.',
              },
            },
            { name: 'story', type: 'richText', label: 'Nội dung bài giới thiệu' },
          ],
        },
        {
          label: 'Hình ảnh',
          fields: [
            { name: 'portrait', type: 'upload', relationTo: 'media', label: 'Ảnh đại diện' },
            {
              name: 'gallery',
              type: 'upload',
              relationTo: 'media',
              hasMany: true,
              label: 'Bộ ảnh',
            },
          ],
        },
        {
          label: 'Khen thưởng',
          fields: [
            {
              name: 'awards',
              type: 'array',
              label: 'Hình thức khen thưởng đã đạt',
              labels: { singular: 'Khen thưởng', plural: 'Hình thức khen thưởng đã đạt' },
              fields: [
                { name: 'title', type: 'text', label: 'Danh hiệu/Hình thức', required: true },
                {
                  type: 'row',
                  fields: [
                    { name: 'decisionNo', type: 'text', label: 'Số quyết định' },
                    { name: 'year', type: 'number', label: 'Năm', min: 1945, max: 2100 },
                    { name: 'issuer', type: 'text', label: 'Cơ quan khen thưởng' },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: 'Tuyên truyền',
          fields: [
            {
              name: 'coverage',
              type: 'array',
              label: 'Đã tuyên truyền trên',
              labels: { singular: 'Lần đăng', plural: 'Đã tuyên truyền trên' },
              admin: {
                description:
                  'Nơi gương điển hình đã được giới thiệu: kênh lấy từ danh sách trong Cấu hình → Thi đua. Khi xuất bản, hệ thống tự ghi lần đăng trên trang thông tin điện tử. Cán bộ đơn vị vẫn bổ sung được mục này sau khi hồ sơ đã xuất bản.',
              },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'outlet',
                      type: 'text',
                      label: 'Kênh',
                      required: true,
                      admin: {
                        components: { Field: '/admin/outlet-field#OutletField' },
                      },
                    },
                    { name: 'url', type: 'text', label: 'Đường dẫn' },
                    {
                      name: 'date',
                      type: 'date',
                      label: 'Ngày đăng',
                      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: 'Thông tin riêng',
          description:
            'Không hiển thị trên trang công khai, nguồn tin RSS hay API công khai. Chỉ cơ quan tổng hợp và đơn vị giới thiệu xem được.',
          fields: [
            {
              name: 'contactPhone',
              type: 'text',
              label: 'Số điện thoại liên hệ',
              access: { read: canSeePrivateFields, update: canSeePrivateFields },
            },
            {
              name: 'address',
              type: 'text',
              label: 'Địa chỉ liên hệ',
              access: { read: canSeePrivateFields, update: canSeePrivateFields },
            },
            {
              name: 'consent',
              type: 'checkbox',
              label: 'Đồng ý công khai thông tin',
              defaultValue: false,
              access: { read: canSeePrivateFields, update: canSeePrivateFields },
              admin: {
                description:
                  'Cá nhân, tập thể được giới thiệu đã đồng ý công khai thông tin. Bắt buộc để xuất bản.',
              },
            },
          ],
        },
      ],
    },
    slugField('name'),
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      label: 'Đơn vị giới thiệu',
      required: true,
      index: true,
      admin: {
        position: 'sidebar',
        description: 'Hồ sơ của Cán bộ đơn vị luôn thuộc đơn vị của mình.',
      },
    },
    periodField({ admin: { position: 'sidebar', description: 'Dạng YYYY-MM, ví dụ 2022-07.' } }),
    searchTextField,
  ],
}
