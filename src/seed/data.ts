/**
 * Reference facts for the demo, copied from the shared reference file (loc-binh.json) so the app
 * never reads outside its own tree at run time. Organisations are public; people are invented.
 */

export const AUTHORITY = {
  name: 'Ủy ban nhân dân huyện Lộc Bình',
  parent: 'Tỉnh Lạng Sơn',
  portalName: 'Trang thông tin điện tử huyện Lộc Bình',
  placeName: 'Lộc Bình',
  compilingOffice: 'Phòng Nội vụ',
  level: 'huyện',
  upperLevel: 'tỉnh',
  provincialBoard: 'Ban Thi đua - Khen thưởng, Sở Nội vụ tỉnh Lạng Sơn',
  slogan:
    'Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ XVII, nhiệm kỳ 2020 - 2025',
} as const

export const CLUSTERS = {
  party: 'Cụm cơ quan Đảng, Mặt trận và đoàn thể',
  offices: 'Cụm các phòng chuyên môn thuộc UBND huyện',
  services: 'Cụm đơn vị sự nghiệp',
  vertical: 'Cụm khối nội chính và ngành dọc',
  schools: 'Cụm trường học',
  central: 'Cụm xã, thị trấn khu vực trung tâm',
  border: 'Cụm xã vùng biên và vùng cao',
} as const

export type ClusterKey = keyof typeof CLUSTERS

export const TOWNS_2022 = ['Thị trấn Lộc Bình', 'Thị trấn Na Dương'] as const

export const COMMUNES_2022 = [
  'Ái Quốc',
  'Đồng Bục',
  'Đông Quan',
  'Hữu Khánh',
  'Hữu Lân',
  'Khánh Xuân',
  'Khuất Xá',
  'Lợi Bác',
  'Mẫu Sơn',
  'Minh Hiệp',
  'Nam Quan',
  'Sàn Viên',
  'Tam Gia',
  'Thống Nhất',
  'Tĩnh Bắc',
  'Tú Đoạn',
  'Tú Mịch',
  'Xuân Dương',
  'Yên Khoái',
] as const

/** Border and highland communes; the rest sit with the two towns in the central cluster. */
export const BORDER_COMMUNES: readonly string[] = [
  'Mẫu Sơn',
  'Yên Khoái',
  'Tú Mịch',
  'Xuân Dương',
  'Tam Gia',
  'Tĩnh Bắc',
  'Lợi Bác',
  'Hữu Lân',
  'Ái Quốc',
  'Nam Quan',
]

export const DISTRICT_OFFICES = [
  'Văn phòng HĐND và UBND huyện',
  'Phòng Nội vụ',
  'Phòng Tư pháp',
  'Phòng Tài chính - Kế hoạch',
  'Phòng Tài nguyên và Môi trường',
  'Phòng Lao động - Thương binh và Xã hội',
  'Phòng Văn hóa và Thông tin',
  'Phòng Giáo dục và Đào tạo',
  'Phòng Y tế',
  'Thanh tra huyện',
  'Phòng Kinh tế và Hạ tầng',
  'Phòng Nông nghiệp và Phát triển nông thôn',
  'Phòng Dân tộc',
] as const

export const PUBLIC_SERVICE_UNITS = [
  'Trung tâm Văn hóa, Thể thao và Truyền thông',
  'Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên',
  'Trung tâm Dịch vụ nông nghiệp',
  'Ban Quản lý dự án đầu tư xây dựng',
] as const

export const PARTY_AND_MASS_ORGANISATIONS = [
  'Văn phòng Huyện ủy',
  'Ban Tuyên giáo Huyện ủy',
  'Ban Dân vận Huyện ủy',
  'Ủy ban MTTQ Việt Nam huyện',
  'Huyện đoàn',
  'Hội Liên hiệp Phụ nữ huyện',
  'Hội Nông dân huyện',
  'Hội Cựu chiến binh huyện',
  'Liên đoàn Lao động huyện',
] as const

export const VERTICAL_AGENCIES = [
  'Công an huyện',
  'Ban Chỉ huy Quân sự huyện',
  'Chi cục Thuế',
  'Kho bạc Nhà nước',
  'Bảo hiểm xã hội huyện',
  'Trung tâm Y tế huyện',
] as const

/**
 * Parent bodies (cơ quan chủ quản) of the units that do not answer to the district People's
 * Committee: party bodies to the district party committee, mass organisations and vertical
 * agencies to their provincial body. Units not named here take their kind's default (the
 * authority for offices and services, "Ủy ban nhân dân" for communes and towns).
 */
export const PARENT_BODIES: Readonly<Record<string, string>> = {
  'Văn phòng Huyện ủy': 'Huyện ủy Lộc Bình',
  'Ban Tuyên giáo Huyện ủy': 'Huyện ủy Lộc Bình',
  'Ban Dân vận Huyện ủy': 'Huyện ủy Lộc Bình',
  'Ủy ban MTTQ Việt Nam huyện': 'Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn',
  'Huyện đoàn': 'Tỉnh đoàn Lạng Sơn',
  'Hội Liên hiệp Phụ nữ huyện': 'Hội Liên hiệp Phụ nữ tỉnh Lạng Sơn',
  'Hội Nông dân huyện': 'Hội Nông dân tỉnh Lạng Sơn',
  'Hội Cựu chiến binh huyện': 'Hội Cựu chiến binh tỉnh Lạng Sơn',
  'Liên đoàn Lao động huyện': 'Liên đoàn Lao động tỉnh Lạng Sơn',
  'Công an huyện': 'Công an tỉnh Lạng Sơn',
  'Ban Chỉ huy Quân sự huyện': 'Bộ Chỉ huy Quân sự tỉnh Lạng Sơn',
  'Chi cục Thuế': 'Cục Thuế tỉnh Lạng Sơn',
  'Kho bạc Nhà nước': 'Kho bạc Nhà nước Lạng Sơn',
  'Bảo hiểm xã hội huyện': 'Bảo hiểm xã hội tỉnh Lạng Sơn',
  'Trung tâm Y tế huyện': 'Sở Y tế tỉnh Lạng Sơn',
  'Trường THCS thị trấn Lộc Bình': 'Phòng Giáo dục và Đào tạo huyện Lộc Bình',
  'Trường Tiểu học thị trấn Na Dương': 'Phòng Giáo dục và Đào tạo huyện Lộc Bình',
  'Trường PTDT bán trú THCS xã Mẫu Sơn': 'Phòng Giáo dục và Đào tạo huyện Lộc Bình',
}

/** Fictional schools for the schools cluster; they pass to commune management, so no end date. */
export const SCHOOLS = [
  'Trường THCS thị trấn Lộc Bình',
  'Trường Tiểu học thị trấn Na Dương',
  'Trường PTDT bán trú THCS xã Mẫu Sơn',
] as const

export const MERGERS = {
  /** Tĩnh Bắc joined Tam Gia; Tam Gia kept its name. */
  tamGia: { date: '2024-12-01', from: 'Xã Tĩnh Bắc', into: 'Xã Tam Gia' },
  /**
   * District level abolished nationwide (Nghị quyết 202/2025/QH15); Lạng Sơn reorganised into
   * 65 commune-level units (Nghị quyết 1672/NQ-UBTVQH15).
   */
  reform2025: {
    date: '2025-07-01',
    newCommunes: {
      'Xã Lộc Bình': ['Thị trấn Lộc Bình', 'Xã Khánh Xuân', 'Xã Đồng Bục', 'Xã Hữu Khánh'],
      'Xã Mẫu Sơn': ['Xã Mẫu Sơn', 'Xã Yên Khoái', 'Xã Tú Mịch'],
      'Xã Na Dương': ['Thị trấn Na Dương', 'Xã Đông Quan', 'Xã Tú Đoạn'],
      'Xã Lợi Bác': ['Xã Sàn Viên', 'Xã Lợi Bác'],
      'Xã Thống Nhất': ['Xã Minh Hiệp', 'Xã Hữu Lân', 'Xã Thống Nhất'],
      'Xã Xuân Dương': ['Xã Nam Quan', 'Xã Ái Quốc', 'Xã Xuân Dương'],
      'Xã Khuất Xá': ['Xã Tam Gia', 'Xã Khuất Xá'],
    } as Record<string, readonly string[]>,
    newCommuneClusters: {
      'Xã Lộc Bình': 'central',
      'Xã Mẫu Sơn': 'border',
      'Xã Na Dương': 'central',
      'Xã Lợi Bác': 'border',
      'Xã Thống Nhất': 'central',
      'Xã Xuân Dương': 'border',
      'Xã Khuất Xá': 'border',
    } as Record<string, ClusterKey>,
  },
} as const

export const UNITS_VALID_FROM = '2020-01-01'

export type MovementSeed = {
  name: string
  description: string
  startYear?: number
  endYear?: number
}

export const MOVEMENTS: readonly MovementSeed[] = [
  {
    name: 'Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau',
    description:
      'Phong trào huy động sức mạnh của cả hệ thống chính trị, doanh nghiệp và nhân dân giúp hộ nghèo, hộ cận nghèo vươn lên: hỗ trợ nhà ở, sinh kế, con giống, vốn vay và việc làm. Ở Lộc Bình, phong trào gắn với xây dựng nhà "Đại đoàn kết" và giúp đồng bào vùng cao thoát nghèo bền vững.',
    startYear: 2016,
  },
  {
    name: 'Cả nước chung sức xây dựng nông thôn mới',
    description:
      'Phong trào thi đua thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới: làm đường giao thông, kênh mương, nhà văn hóa, phát triển sản xuất và nâng cao thu nhập. Nhiều hộ dân trong huyện tự nguyện hiến đất, góp ngày công để thôn, xã về đích nông thôn mới.',
    startYear: 2011,
    endYear: 2025,
  },
  {
    name: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    description:
      'Cán bộ, đảng viên và nhân dân học tập và làm theo Bác bằng những việc làm cụ thể, thiết thực trong công tác, lao động, sản xuất; mỗi cơ quan, đơn vị đăng ký nội dung làm theo và biểu dương những tấm gương tiêu biểu hằng năm.',
    startYear: 2016,
  },
  {
    name: 'Dân vận khéo',
    description:
      'Phong trào biểu dương cách làm dân vận gần dân, hiểu dân, trọng dân: vận động nhân dân hiến đất làm đường, giữ gìn an ninh trật tự, bỏ hủ tục, phát triển kinh tế. Mô hình "Dân vận khéo" được xây dựng ở các thôn, khu phố, cơ quan trên địa bàn huyện.',
    startYear: 2009,
  },
  {
    name: 'Toàn dân bảo vệ an ninh Tổ quốc',
    description:
      'Phong trào phát huy vai trò của nhân dân trong phòng ngừa, tố giác tội phạm, giữ vững an ninh chính trị, trật tự an toàn xã hội; ở huyện biên giới Lộc Bình gắn với các tổ tự quản đường biên, mốc quốc giới và phong trào "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia".',
  },
  {
    name: 'Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở',
    description:
      'Phong trào xây dựng phong cách làm việc chuyên nghiệp, trách nhiệm, tận tụy phục vụ nhân dân; thực hiện nghiêm kỷ luật, kỷ cương hành chính, cải cách thủ tục hành chính và ứng dụng công nghệ thông tin trong giải quyết công việc.',
    startYear: 2019,
    endYear: 2025,
  },
  {
    name: 'Đổi mới, sáng tạo trong dạy và học',
    description:
      'Phong trào của ngành giáo dục khuyến khích giáo viên, học sinh đổi mới phương pháp dạy và học, ứng dụng công nghệ thông tin, làm đồ dùng dạy học, nâng cao chất lượng giáo dục ở vùng đồng bào dân tộc thiểu số và vùng cao.',
    startYear: 2016,
  },
  {
    name: 'Nông dân sản xuất, kinh doanh giỏi',
    description:
      'Phong trào do Hội Nông dân phát động, khuyến khích hội viên làm giàu chính đáng, ứng dụng khoa học kỹ thuật, liên kết sản xuất theo chuỗi giá trị và giúp nhau giảm nghèo. Nhiều hộ ở Lộc Bình làm giàu từ hồi, chè, đào Mẫu Sơn, lợn đen, gà đen.',
    startYear: 1989,
  },
  {
    name: 'Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc',
    description:
      'Phong trào của Hội Liên hiệp Phụ nữ các cấp động viên phụ nữ học tập nâng cao trình độ, phát triển kinh tế, khởi nghiệp, chăm lo gia đình no ấm, bình đẳng, tiến bộ, hạnh phúc.',
    startYear: 2007,
  },
]

/** Index into MOVEMENTS, so the content files can say which movement without repeating its name. */
export const MV = {
  poverty: 0,
  newRural: 1,
  uncleHo: 2,
  massMobilisation: 3,
  security: 4,
  publicService: 5,
  teaching: 6,
  farmers: 7,
  women: 8,
} as const

export const TITLES_AND_REWARDS = [
  'Lao động tiên tiến',
  'Chiến sĩ thi đua cơ sở',
  'Chiến sĩ thi đua cấp tỉnh',
  'Tập thể lao động tiên tiến',
  'Tập thể lao động xuất sắc',
  'Cờ thi đua của UBND tỉnh',
  'Gia đình văn hóa',
  'Thôn, khu phố văn hóa',
  'Giấy khen của Chủ tịch UBND huyện',
  'Bằng khen của Chủ tịch UBND tỉnh',
  'Bằng khen của Thủ tướng Chính phủ',
] as const

export const MEDIA_OUTLETS = [
  'Trang thông tin điện tử huyện',
  'Trung tâm Văn hóa, Thể thao và Truyền thông huyện',
  'Báo Lạng Sơn',
  'Đài Phát thanh và Truyền hình tỉnh Lạng Sơn',
  'Trang thông tin điện tử Hội đồng Thi đua - Khen thưởng tỉnh',
  'Bảng tin cơ quan',
  'Hệ thống loa truyền thanh cơ sở',
] as const

export type DirectingDocument = {
  number: string
  docType: 'Kế hoạch' | 'Công văn'
  issuedAt: string
  issuer: string
  title: string
}

export const DIRECTING_DOCUMENTS: readonly DirectingDocument[] = [
  {
    number: '294/KH-UBND',
    docType: 'Kế hoạch',
    issuedAt: '2021-12-13',
    issuer: 'UBND huyện Lộc Bình',
    title:
      'Xây dựng, nhân rộng các mô hình, điển hình tiên tiến trên địa bàn huyện Lộc Bình giai đoạn 2021 - 2025',
  },
  {
    number: '605/SNV-BTĐKT',
    docType: 'Công văn',
    issuedAt: '2022-05-22',
    issuer: 'Sở Nội vụ tỉnh Lạng Sơn',
    title: 'Về việc tuyên truyền, giới thiệu mô hình, gương điển hình tiên tiến',
  },
  {
    // The letter's number is not public; the reference keeps it elided, and so do we.
    number: '…/UBND-NV',
    docType: 'Công văn',
    issuedAt: '2022-06-15',
    issuer: 'UBND huyện Lộc Bình',
    title: 'V/v tuyên truyền, giới thiệu mô hình, gương điển hình tiên tiến',
  },
]

export const FICTIONAL_SURNAMES = [
  'Hoàng',
  'Lăng',
  'Lộc',
  'Nông',
  'Vi',
  'Hà',
  'Chu',
  'Mã',
  'Lương',
  'La',
  'Hứa',
  'Triệu',
  'Bàn',
  'Đặng',
  'Lý',
  'Nguyễn',
  'Trần',
  'Vũ',
] as const

export const ETHNICITIES = ['Tày', 'Nùng', 'Kinh', 'Dao', 'Hoa', 'Sán Chỉ'] as const

export const LOCAL_PRODUCTS = [
  'hồi',
  'chè Mẫu Sơn',
  'đào Mẫu Sơn',
  'lợn đen',
  'gà đen',
  'rau vùng ven sông Kỳ Cùng',
  'thông nhựa',
] as const

/** Invented office-holders and contact points: realistic in form, belonging to no real person. */
export const SITE = {
  address: 'Khu Hòa Bình, thị trấn Lộc Bình, huyện Lộc Bình, tỉnh Lạng Sơn',
  phone: '0205 3840 216',
  email: 'lantoa.locbinh@langson.gov.vn',
  responsiblePerson: 'Ông Lộc Văn Thành, Phó Chủ tịch UBND huyện Lộc Bình',
  issuingUnitCode: 'UBND-NV',
  signerAuthority: 'KT. CHỦ TỊCH',
  signerTitle: 'PHÓ CHỦ TỊCH',
  signerName: 'Lộc Văn Thành',
  deadlineDay: 5,
  scoring: {
    perPublished: 2,
    perOnTimeMonth: 1,
    perProposal: 3,
    perSelected: 5,
    perCoverage: 1,
    missingMonthPenalty: -2,
  },
  slogans: [
    AUTHORITY.slogan,
    'Thi đua là yêu nước, yêu nước thì phải thi đua',
    'Người tốt, việc tốt ở quanh ta - mỗi người một việc làm hay, lan tỏa điều tốt đẹp',
  ],
  introduction:
    'Lộc Bình là huyện miền núi, biên giới nằm ở phía Đông Nam tỉnh Lạng Sơn, có đường biên giới giáp Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc). Năm 2022, huyện có 21 đơn vị hành chính cấp xã gồm 2 thị trấn và 19 xã; đồng bào các dân tộc Tày, Nùng, Kinh, Dao, Hoa, Sán Chỉ cùng sinh sống đoàn kết. Huyện có khu du lịch Mẫu Sơn, nổi tiếng với chè Mẫu Sơn, đào Mẫu Sơn, hồi, thông nhựa, lợn đen và gà đen. Chuyên mục "Lan Tỏa" giới thiệu hằng tháng những tập thể, cá nhân, hộ gia đình tiêu biểu, người tốt, việc tốt và mô hình hay do các cơ quan, đơn vị, xã, thị trấn đề xuất, Phòng Nội vụ tổng hợp, để cùng học tập, nhân rộng.',
} as const

/** Seed accounts; a contributor's unit is named as in the 2022 organisation. */
export const ACCOUNTS = [
  { email: 'quantri@lantoa.local', fullName: 'Nông Thị Hải Yến', role: 'admin' },
  {
    email: 'bientap@lantoa.local',
    fullName: 'Lương Thị Thu Trang',
    role: 'editor',
    unit: 'Phòng Nội vụ',
  },
  {
    email: 'canbo.tu-doan@lantoa.local',
    fullName: 'Vi Văn Đức',
    role: 'contributor',
    unit: 'Xã Tú Đoạn',
  },
  {
    email: 'canbo.thi-tran-loc-binh@lantoa.local',
    fullName: 'Hoàng Thị Ngọc Ánh',
    role: 'contributor',
    unit: 'Thị trấn Lộc Bình',
  },
  {
    email: 'canbo.mau-son@lantoa.local',
    fullName: 'Triệu Văn Phúc',
    role: 'contributor',
    unit: 'Xã Mẫu Sơn',
  },
  {
    email: 'canbo.phong-giao-duc@lantoa.local',
    fullName: 'Chu Thị Bích Ngọc',
    role: 'contributor',
    unit: 'Phòng Giáo dục và Đào tạo',
  },
] as const
