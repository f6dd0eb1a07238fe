import type { GlobalConfig } from 'payload'

import { anyone, isAdmin } from '@/access'
import { expireGlobalOnChange } from '@/hooks/expire-cache'
import { normalizeGlobalText } from '@/hooks/normalize-text'

import { DEFAULT_LEVEL, DEFAULT_UPPER_LEVEL } from './org-words'

export const DEFAULT_PORTAL_NAME = 'Trang thông tin điện tử huyện Lộc Bình'

const points = (name: string, label: string, defaultValue: number) => ({
  name,
  type: 'number' as const,
  label,
  defaultValue,
  required: true,
  min: -100,
  max: 100,
})

/** Every organisation name shown anywhere comes from here, never from code. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Cấu hình cổng thông tin',
  admin: { group: 'Hệ thống' },
  access: { read: anyone, update: isAdmin },
  hooks: {
    beforeValidate: [normalizeGlobalText],
    afterChange: [expireGlobalOnChange('site-settings')],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Cơ quan',
          fields: [
            {
              name: 'portalName',
              type: 'text',
              label: 'Tên cổng thông tin',
              required: true,
              defaultValue: DEFAULT_PORTAL_NAME,
            },
            {
              name: 'logo',
              type: 'upload',
              relationTo: 'media',
              label: 'Biểu trưng (logo, quốc huy)',
              admin: {
                description:
                  'Hiện ở đầu mọi trang, cạnh tên cổng thông tin. Nên dùng ảnh vuông PNG hoặc WebP, nền trong suốt. Để trống: biểu tượng ngôi sao.',
              },
            },
            { name: 'authorityName', type: 'text', label: 'Cơ quan chủ quản' },
            { name: 'parentBody', type: 'text', label: 'Cơ quan cấp trên' },
            {
              name: 'compilingOffice',
              type: 'text',
              label: 'Cơ quan tổng hợp (ví dụ: Phòng Nội vụ, Sở Nội vụ)',
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'level',
                  type: 'text',
                  label: 'Cấp của cơ quan',
                  defaultValue: DEFAULT_LEVEL,
                  admin: {
                    placeholder: DEFAULT_LEVEL,
                    description:
                      'Ví dụ: huyện, tỉnh, xã. Dùng trong các câu như "toàn huyện", "toàn tỉnh".',
                  },
                },
                {
                  name: 'upperLevel',
                  type: 'text',
                  label: 'Cấp trên nhận đề xuất',
                  defaultValue: DEFAULT_UPPER_LEVEL,
                  admin: {
                    placeholder: DEFAULT_UPPER_LEVEL,
                    description:
                      'Ví dụ: tỉnh, Trung ương. Dùng trong "Đề xuất lên …", "Được … lựa chọn".',
                  },
                },
              ],
            },
            { name: 'address', type: 'text', label: 'Địa chỉ' },
            {
              type: 'row',
              fields: [
                { name: 'phone', type: 'text', label: 'Điện thoại' },
                { name: 'email', type: 'email', label: 'Thư điện tử' },
              ],
            },
            { name: 'responsiblePerson', type: 'text', label: 'Người chịu trách nhiệm nội dung' },
            { name: 'licence', type: 'text', label: 'Giấy phép / Quyết định thành lập trang' },
            {
              name: 'slogans',
              type: 'array',
              label: 'Dải khẩu hiệu',
              fields: [{ name: 'text', type: 'text', label: 'Khẩu hiệu', required: true }],
            },
            {
              name: 'introduction',
              type: 'textarea',
              label: 'Giới thiệu chung (trang Giới thiệu)',
            },
          ],
        },
        {
          label: 'Văn bản xuất',
          fields: [
            {
              name: 'placeName',
              type: 'text',
              label: 'Địa danh ghi trên văn bản (đứng trước "ngày … tháng … năm …")',
            },
            {
              name: 'issuingUnitCode',
              type: 'text',
              label: 'Ký hiệu đơn vị ban hành (ví dụ: UBND-NV)',
            },
            {
              name: 'signerAuthority',
              type: 'text',
              label: 'Quyền hạn, chức vụ người ký (ví dụ: KT. CHỦ TỊCH)',
            },
            { name: 'signerTitle', type: 'text', label: 'Chức vụ người ký (ví dụ: PHÓ CHỦ TỊCH)' },
            { name: 'signerName', type: 'text', label: 'Họ tên người ký' },
            {
              name: 'provincialBoard',
              type: 'text',
              label: 'Cơ quan cấp trên tiếp nhận danh sách đề xuất',
            },
          ],
        },
        {
          label: 'Thi đua',
          fields: [
            {
              name: 'demoMonth',
              type: 'text',
              label: 'Tháng cuối của dữ liệu trình diễn',
              validate: (value: unknown) =>
                value === undefined ||
                value === null ||
                value === '' ||
                (typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value)) ||
                'Ghi dạng YYYY-MM (ví dụ 2022-12), hoặc để trống.',
              admin: {
                placeholder: '2022-12',
                description:
                  'Chỉ dùng cho dữ liệu trình diễn: trang chủ, báo cáo thi đua và mục "Tháng này" mở ở tháng này thay vì tháng hiện tại. Để trống khi vận hành thật.',
              },
            },
            {
              name: 'deadlineDay',
              type: 'number',
              label: 'Hạn gửi hằng tháng (ngày của tháng sau)',
              defaultValue: 5,
              required: true,
              min: 1,
              max: 28,
              admin: {
                description: 'Danh sách tháng M phải gửi trước hết ngày này của tháng M+1.',
              },
            },
            {
              name: 'scoring',
              type: 'group',
              label: 'Điểm chấm thi đua',
              fields: [
                points('perPublished', 'Điểm mỗi gương được xuất bản', 2),
                points('perOnTimeMonth', 'Điểm mỗi tháng gửi đúng hạn', 1),
                points('perProposal', 'Điểm mỗi gương được đề xuất lên cấp trên', 3),
                points('perSelected', 'Điểm mỗi gương được cấp trên lựa chọn', 5),
                points('perCoverage', 'Điểm mỗi lần đăng trên phương tiện truyền thông', 1),
                points('missingMonthPenalty', 'Điểm trừ mỗi tháng không gửi', -2),
                {
                  name: 'coverageCapPerExemplar',
                  type: 'number',
                  label: 'Số lần đăng tối đa được tính điểm cho mỗi gương',
                  defaultValue: 5,
                  required: true,
                  min: 0,
                  max: 100,
                  admin: {
                    step: 1,
                    description:
                      'Mỗi gương chỉ được tính tối đa chừng này lần đăng khác nhau trong tháng giới thiệu của gương; các lần đăng trùng (cùng kênh và đường dẫn, hoặc cùng kênh và ngày khi không có đường dẫn) chỉ tính một lần.',
                  },
                },
              ],
            },
            {
              name: 'mediaOutlets',
              type: 'array',
              label: 'Kênh tuyên truyền',
              fields: [{ name: 'name', type: 'text', label: 'Tên kênh', required: true }],
            },
          ],
        },
      ],
    },
  ],
}
