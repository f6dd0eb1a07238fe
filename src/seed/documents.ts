import { DIRECTING_DOCUMENTS, SITE, type DirectingDocument } from './data'

/**
 * The text of the three directing documents, reconstructed for the demo: the numbers, dates,
 * issuers and titles are public; the bodies paraphrase what such documents say; signers are invented.
 */
export type OfficialText = DirectingDocument & {
  /** Left-hand heading lines: the governing body, then the issuing body (bold). */
  heading: [string, string]
  place: string
  /** Kế hoạch carries its kind as a title line; Công văn its subject under the number. */
  recipients?: string[]
  body: Array<string | { section: string }>
  signature: { lines: string[]; name: string }
  distribution: string[]
  summary: string
}

const [plan, provincialLetter, districtLetter] = DIRECTING_DOCUMENTS

export const OFFICIAL_TEXTS: readonly OfficialText[] = [
  {
    ...plan,
    heading: ['ỦY BAN NHÂN DÂN', 'HUYỆN LỘC BÌNH'],
    place: 'Lộc Bình',
    body: [
      'Thực hiện Luật Thi đua, khen thưởng và các văn bản hướng dẫn thi hành; nhằm phát hiện, bồi dưỡng, tuyên truyền và nhân rộng các mô hình, điển hình tiên tiến trong các phong trào thi đua yêu nước, Ủy ban nhân dân huyện ban hành Kế hoạch xây dựng, nhân rộng các mô hình, điển hình tiên tiến trên địa bàn huyện giai đoạn 2021 - 2025 như sau:',
      { section: 'I. MỤC ĐÍCH, YÊU CẦU' },
      'Phát hiện, lựa chọn kịp thời các tập thể, cá nhân tiêu biểu, người tốt, việc tốt, nhân tố mới và các mô hình hay, cách làm hiệu quả trên các lĩnh vực. Việc xây dựng điển hình phải thiết thực, có trọng tâm, trọng điểm, tránh hình thức; điển hình được lựa chọn phải thực sự tiêu biểu, có sức lan tỏa trong cơ quan, đơn vị và cộng đồng dân cư.',
      { section: 'II. NỘI DUNG' },
      'Các cơ quan, đơn vị, Ủy ban nhân dân các xã, thị trấn chủ động phát hiện, bồi dưỡng điển hình gắn với các phong trào thi đua "Cả nước chung sức xây dựng nông thôn mới", "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", "Dân vận khéo", "Toàn dân bảo vệ an ninh Tổ quốc"; định kỳ giới thiệu các điển hình tiên tiến để tuyên truyền trên Trang thông tin điện tử huyện và các phương tiện thông tin đại chúng; kịp thời biểu dương, khen thưởng những tập thể, cá nhân có thành tích xuất sắc.',
      { section: 'III. TỔ CHỨC THỰC HIỆN' },
      'Giao Phòng Nội vụ (cơ quan Thường trực Hội đồng Thi đua - Khen thưởng huyện) chủ trì, hướng dẫn, theo dõi, đôn đốc việc triển khai Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân huyện kết quả thực hiện hằng năm. Trung tâm Văn hóa, Thể thao và Truyền thông huyện duy trì chuyên mục tuyên truyền gương điển hình tiên tiến, người tốt, việc tốt.',
    ],
    signature: {
      lines: ['TM. ỦY BAN NHÂN DÂN', SITE.signerAuthority, SITE.signerTitle],
      name: SITE.signerName,
    },
    distribution: [
      'Sở Nội vụ (Ban TĐ-KT);',
      'TT Huyện ủy, TT HĐND huyện;',
      'CT, các PCT UBND huyện;',
      'Các cơ quan, đơn vị thuộc huyện;',
      'UBND các xã, thị trấn;',
      'Lưu: VT, NV.',
    ],
    summary:
      'Kế hoạch phát hiện, bồi dưỡng, tuyên truyền và nhân rộng các mô hình, điển hình tiên tiến trong các phong trào thi đua trên địa bàn huyện giai đoạn 2021 - 2025; giao Phòng Nội vụ chủ trì theo dõi, tổng hợp.',
  },
  {
    ...provincialLetter,
    heading: ['UBND TỈNH LẠNG SƠN', 'SỞ NỘI VỤ'],
    place: 'Lạng Sơn',
    recipients: ['Các sở, ban, ngành, đoàn thể tỉnh;', 'Ủy ban nhân dân các huyện, thành phố.'],
    body: [
      'Thực hiện chỉ đạo của Ban Thi đua - Khen thưởng Trung ương về việc đẩy mạnh công tác tuyên truyền, phát hiện, bồi dưỡng, nhân rộng các điển hình tiên tiến, Sở Nội vụ (Ban Thi đua - Khen thưởng) đề nghị các cơ quan, đơn vị, địa phương thực hiện một số nội dung sau:',
      '1. Chỉ đạo các cơ quan, đơn vị trực thuộc thường xuyên phát hiện, lựa chọn các mô hình, gương điển hình tiên tiến, người tốt, việc tốt trong các phong trào thi đua để tuyên truyền, nhân rộng trên các phương tiện thông tin đại chúng.',
      '2. Định kỳ hằng tháng giới thiệu các tập thể, cá nhân tiêu biểu (kèm theo tóm tắt thành tích và hình ảnh) gửi về Sở Nội vụ (qua Ban Thi đua - Khen thưởng) để tổng hợp, giới thiệu với Ban Thi đua - Khen thưởng Trung ương, Đài Phát thanh và Truyền hình tỉnh, Báo Lạng Sơn và Trang thông tin điện tử Hội đồng Thi đua - Khen thưởng tỉnh.',
      '3. Kết quả tuyên truyền, giới thiệu điển hình tiên tiến là một trong những tiêu chí đánh giá, chấm điểm công tác thi đua, khen thưởng hằng năm của các cơ quan, đơn vị, địa phương.',
      'Sở Nội vụ đề nghị các cơ quan, đơn vị, địa phương quan tâm, phối hợp thực hiện./.',
    ],
    signature: { lines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: 'Vũ Thị Minh Hằng' },
    distribution: ['Như trên;', 'Giám đốc Sở (b/c);', 'Lưu: VT, BTĐKT.'],
    summary:
      'Đề nghị các sở, ngành, huyện, thành phố hằng tháng giới thiệu mô hình, gương điển hình tiên tiến về Ban Thi đua - Khen thưởng để tổng hợp, tuyên truyền trên báo, đài và trang thông tin của tỉnh; kết quả là tiêu chí chấm điểm thi đua.',
  },
  {
    ...districtLetter,
    heading: ['ỦY BAN NHÂN DÂN', 'HUYỆN LỘC BÌNH'],
    place: 'Lộc Bình',
    recipients: [
      'Các cơ quan, đơn vị thuộc các Cụm thi đua huyện;',
      'Ủy ban nhân dân các xã, thị trấn.',
    ],
    body: [
      'Thực hiện Công văn số 605/SNV-BTĐKT ngày 22/5/2022 của Sở Nội vụ tỉnh Lạng Sơn về việc tuyên truyền, giới thiệu mô hình, gương điển hình tiên tiến và Kế hoạch số 294/KH-UBND ngày 13/12/2021 của Ủy ban nhân dân huyện, Ủy ban nhân dân huyện yêu cầu:',
      '1. Các cơ quan, đơn vị thuộc các Cụm thi đua huyện, Ủy ban nhân dân các xã, thị trấn hằng tháng giới thiệu các tập thể, cá nhân điển hình tiên tiến, "người tốt, việc tốt", các nhân tố mới, mô hình hay trong các phong trào thi đua (theo mẫu danh sách gửi kèm), gửi về Ủy ban nhân dân huyện (qua Phòng Nội vụ) trước ngày 05 của tháng sau để tổng hợp.',
      '2. Phòng Nội vụ tổng hợp, giới thiệu lên Trang thông tin điện tử huyện và Trung tâm Văn hóa, Thể thao và Truyền thông huyện để tuyên truyền, nhân rộng; lựa chọn các điển hình tiêu biểu giới thiệu với Ban Thi đua - Khen thưởng, Sở Nội vụ tỉnh Lạng Sơn.',
      '3. Các cơ quan, đơn vị, xã, thị trấn chủ động tuyên truyền bằng nhiều hình thức: bảng tin, bài viết, hình ảnh, hội nghị, hệ thống loa truyền thanh cơ sở. Kết quả giới thiệu điển hình trên các phương tiện thông tin đại chúng là tiêu chí quan trọng khi đánh giá, chấm điểm công tác thi đua, khen thưởng.',
      'Yêu cầu các cơ quan, đơn vị, Ủy ban nhân dân các xã, thị trấn nghiêm túc triển khai thực hiện./.',
    ],
    signature: { lines: [SITE.signerAuthority, SITE.signerTitle], name: SITE.signerName },
    distribution: [
      'Như trên;',
      'Sở Nội vụ (Ban TĐ-KT);',
      'CT, các PCT UBND huyện;',
      'Lưu: VT, NV.',
    ],
    summary:
      'Yêu cầu các cơ quan, đơn vị, xã, thị trấn hằng tháng giới thiệu gương điển hình tiên tiến gửi Phòng Nội vụ trước ngày 05 tháng sau; Phòng Nội vụ tổng hợp, đăng trên Trang thông tin điện tử huyện và đề xuất lên tỉnh.',
  },
]
