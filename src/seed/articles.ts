import type { ReviewState } from '@/workflow/states'

import { MV } from './data'
import type { SceneTheme } from './images'
import type { Block } from './lexical'

/** Demo news and features; `exemplars` name profiles from people.ts, which must exist first. */
export type ArticleSeed = {
  title: string
  excerpt: string
  content: Block[]
  exemplars: string[]
  unit: string
  movement: number
  byline: string
  /** Vietnam-local date and time, `YYYY-MM-DD HH:mm`: published on, or for others last edited. */
  date: string
  state: ReviewState
  cover: SceneTheme
}

const CENTRE = 'Trung tâm Văn hóa, Thể thao và Truyền thông huyện'

export const ARTICLES: readonly ArticleSeed[] = [
  {
    title: 'Lộc Bình lan tỏa phong trào hiến đất làm đường giao thông nông thôn',
    excerpt:
      'Những năm qua, nhân dân các xã trong huyện đã hiến hàng chục nghìn mét vuông đất, góp hàng nghìn ngày công làm đường bê tông liên thôn. Nhiều tấm gương như ông Hoàng Văn Pảo ở Tú Đoạn đã trở thành "hạt nhân" vận động bà con.',
    content: [
      'Những con đường bê tông phẳng phiu nối các thôn, bản của Lộc Bình hôm nay là kết quả của sự đồng lòng giữa Nhà nước và nhân dân: Nhà nước hỗ trợ xi măng, nhân dân hiến đất, góp công, góp cát sỏi. Ở nhiều thôn, người dân tự nguyện chặt bỏ cây hồi, cây ăn quả, dỡ hàng rào để mở rộng mặt đường mà không đòi hỏi bồi thường.',
      { h2: 'Đảng viên đi trước, làng nước theo sau' },
      'Tại thôn Bản Chắt, xã Tú Đoạn, Bí thư Chi bộ Hoàng Văn Pảo là người đầu tiên hiến 850 m² đất vườn. Từ tấm gương ấy, 32 hộ trong thôn đã ký cam kết hiến đất, góp 620 ngày công để hoàn thành 2,3 km đường bê tông. Ở xã Lợi Bác, gia đình ông Nông Văn Hựu chặt bỏ 300 cây hồi đang cho thu hoạch, vận động cả dòng họ cùng hiến đất.',
      'Theo Ủy ban nhân dân huyện, phong trào hiến đất làm đường không chỉ giúp các thôn hoàn thành tiêu chí giao thông nông thôn mới mà còn mở đường cho xe chở hồi, chè, thông nhựa vào tận đồi, giảm chi phí vận chuyển cho bà con.',
      'Thời gian tới, huyện tiếp tục biểu dương, nhân rộng những tấm gương tiêu biểu, gắn phong trào với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".',
    ],
    exemplars: ['Hoàng Văn Pảo', 'Hộ gia đình ông Nông Văn Hựu'],
    unit: 'Xã Tú Đoạn',
    movement: MV.newRural,
    byline: `Hà Thị Duyên - ${CENTRE}`,
    date: '2022-06-16 08:30',
    state: 'published',
    cover: 'road',
  },
  {
    title: 'Chè Mẫu Sơn vươn xa nhờ liên kết hợp tác xã',
    excerpt:
      'Từ những nương chè mọc tự nhiên trên đỉnh núi, đồng bào Dao ở Mẫu Sơn đã liên kết sản xuất theo tiêu chuẩn VietGAP, đưa sản phẩm chè Mẫu Sơn đạt chứng nhận OCOP 3 sao.',
    content: [
      'Ở độ cao hơn 1.000 mét, khí hậu mát mẻ quanh năm, cây chè Mẫu Sơn cho búp nhỏ, nước xanh, vị chát dịu rồi ngọt hậu. Thế nhưng nhiều năm trước, chè chủ yếu được hái, sao thủ công và bán lẻ cho khách du lịch với giá thấp.',
      'Từ khi Hợp tác xã Nông nghiệp Chè Mẫu Sơn ra đời, 46 hộ thành viên thống nhất quy trình chăm sóc, không dùng thuốc diệt cỏ, ghi nhật ký sản xuất. Hợp tác xã đầu tư lò sao chè bằng điện, bao bì, nhãn mác, đưa sản phẩm vào các hội chợ và cửa hàng đặc sản trong tỉnh.',
      { h2: 'Kết hợp chè với du lịch cộng đồng' },
      'Cùng với chè, những vườn đào Mẫu Sơn được cải tạo, ghép mới. Trưởng thôn Khuổi Cáp Triệu Văn Sành vận động 20 hộ sửa sang nhà trình tường đón khách, để du khách vừa ngắm hoa đào, vừa trải nghiệm hái chè, sao chè cùng bà con.',
      'Thu nhập bình quân của các thành viên hợp tác xã đã tăng khoảng 25%. Mô hình đang được Ủy ban nhân dân xã Mẫu Sơn đề nghị nhân rộng ra các thôn lân cận.',
    ],
    exemplars: ['Hợp tác xã Nông nghiệp Chè Mẫu Sơn', 'Triệu Văn Sành'],
    unit: 'Xã Mẫu Sơn',
    movement: MV.newRural,
    byline: `Hà Thị Duyên - ${CENTRE}`,
    date: '2022-05-12 14:00',
    state: 'published',
    cover: 'tea',
  },
  {
    title: 'Người "gieo chữ" trên đỉnh Mẫu Sơn',
    excerpt:
      'Mười lăm năm gắn bó với học trò người Dao, cô giáo Lăng Thị Mai đã lập tủ sách song ngữ, câu lạc bộ Tiếng Việt và giữ cho lớp mình không em nào bỏ học.',
    content: [
      'Trường PTDT bán trú THCS xã Mẫu Sơn nằm lưng chừng núi, mùa đông sương mù dày đặc, có hôm nhiệt độ xuống dưới 0 độ C. Ở đó, cô giáo Lăng Thị Mai đã gắn bó suốt 15 năm với những học trò người Dao.',
      'Thấy nhiều em vào lớp 6 vẫn đọc chưa thông thạo tiếng Việt, cô tự làm thẻ chữ bằng vải, sưu tầm truyện tranh, lập câu lạc bộ Tiếng Việt sinh hoạt mỗi tối thứ Năm tại khu bán trú. Dần dần, các em tự tin phát biểu, đọc to trước lớp.',
      'Giai đoạn 2019 - 2022, cô có 12 học sinh đạt giải học sinh giỏi cấp huyện và 3 giải cấp tỉnh. Với cô, phần thưởng lớn nhất là không em nào trong lớp phải bỏ học giữa chừng.',
    ],
    exemplars: ['Lăng Thị Mai'],
    unit: 'Phòng Giáo dục và Đào tạo',
    movement: MV.teaching,
    byline: 'Chu Thị Bích Ngọc - Phòng Giáo dục và Đào tạo',
    date: '2022-03-15 09:15',
    state: 'published',
    cover: 'school',
  },
  {
    title: 'Giữ bình yên nơi phên giậu biên cương',
    excerpt:
      'Công an xã, dân quân và các tổ tự quản đường biên, mốc quốc giới ở Lộc Bình đã cùng nhân dân xây dựng "thế trận lòng dân" vững chắc nơi biên giới.',
    content: [
      'Lộc Bình có đường biên giới dài với nhiều đường mòn, lối mở. Trong hai năm phòng, chống dịch COVID-19, các lực lượng chức năng cùng nhân dân đã thay nhau chốt chặn ngày đêm, không để xảy ra xuất, nhập cảnh trái phép.',
      { h2: 'Mỗi người dân là một cột mốc sống' },
      'Ở thôn Khòn Nà, xã Tam Gia, 12 thành viên tổ tự quản đường biên, mốc quốc giới mỗi năm tham gia 48 lượt tuần tra cùng Đồn Biên phòng. Tại xã Tĩnh Bắc, Chỉ huy phó Ban Chỉ huy Quân sự xã Mã Văn Đoàn cùng dân quân tham gia 86 lượt tuần tra, kiểm soát.',
      'Thượng úy Vi Văn Thắng, Trưởng Công an xã Tam Gia, đã phối hợp triệt phá 3 vụ vận chuyển hàng cấm, vận động nhân dân giao nộp vũ khí, vật liệu nổ. Theo anh, tin báo của người dân là "con mắt" quan trọng nhất của lực lượng công an cơ sở.',
    ],
    exemplars: [
      'Vi Văn Thắng',
      'Mã Văn Đoàn',
      'Tổ tự quản đường biên, mốc quốc giới thôn Khòn Nà, xã Tam Gia',
    ],
    unit: 'Công an huyện',
    movement: MV.security,
    byline: 'Lương Minh Đức',
    date: '2022-07-20 10:00',
    state: 'published',
    cover: 'border',
  },
  {
    title: 'Nông dân Lộc Bình làm giàu từ lợn đen, gà đen',
    excerpt:
      'Giống lợn đen, gà đen bản địa nuôi thả vườn đang trở thành hàng hóa được thị trường ưa chuộng, giúp nhiều hộ nông dân ở Lộc Bình có thu nhập hàng trăm triệu đồng mỗi năm.',
    content: [
      'Lợn đen, gà đen là vật nuôi quen thuộc của đồng bào Tày, Nùng ở Lộc Bình. Thịt thơm, chắc, ít mỡ nên được khách hàng ở thành phố Lạng Sơn và các tỉnh xuôi tìm mua.',
      'Ở xã Xuân Dương, anh La Văn Cường xây dựng trang trại 300 con lợn đen và 1.500 con gà đen theo hướng an toàn sinh học, doanh thu trên 1,2 tỷ đồng mỗi năm. Tại xã Khánh Xuân, gia đình ông Lộc Văn Sình kết hợp nuôi lợn đen với trồng hồi, thông nhựa, mỗi năm thu khoảng 280 triệu đồng.',
      'Hội Nông dân huyện cho biết sẽ tiếp tục hỗ trợ hội viên xây dựng nhãn hiệu tập thể cho lợn đen, gà đen Lộc Bình, kết nối tiêu thụ qua các hội chợ và sàn thương mại điện tử.',
    ],
    exemplars: ['La Văn Cường', 'Hộ gia đình ông Lộc Văn Sình'],
    unit: 'Hội Nông dân huyện',
    movement: MV.farmers,
    byline: `Hà Thị Duyên - ${CENTRE}`,
    date: '2022-05-20 15:30',
    state: 'published',
    cover: 'farm',
  },
  {
    title: 'Tinh dầu hồi - hướng đi mới từ cây trồng truyền thống',
    excerpt:
      'Không chỉ bán hồi khô, nhiều hộ ở Lộc Bình đã chưng cất tinh dầu, nuôi ong dưới tán rừng hồi, nâng cao giá trị của cây trồng chủ lực.',
    content: [
      'Cây hồi gắn bó với người dân Lộc Bình từ bao đời nay. Tuy vậy, giá hồi khô thường lên xuống thất thường, phụ thuộc nhiều vào thương lái.',
      'Chị Lương Thị Hạnh ở thị trấn Lộc Bình đã đầu tư dây chuyền chưng cất tinh dầu hồi, bao tiêu cho trên 150 hộ với giá ổn định, tạo việc làm cho 12 lao động nữ. Sản phẩm tinh dầu hồi của cơ sở đã đạt chứng nhận OCOP 3 sao.',
      'Ở xã Hữu Lân, bà Hứa Thị Nga đặt 30 đàn ong dưới tán rừng hồi. Mật ong hồi có hương vị riêng, giúp gia đình bà thoát nghèo bền vững.',
    ],
    exemplars: ['Lương Thị Hạnh', 'Hộ gia đình bà Hứa Thị Nga'],
    unit: 'Thị trấn Lộc Bình',
    movement: MV.women,
    byline: 'Hoàng Thị Ngọc Ánh - UBND thị trấn Lộc Bình',
    date: '2022-07-18 08:00',
    state: 'published',
    cover: 'anise',
  },
  {
    title: 'Huyện Lộc Bình triển khai giới thiệu gương điển hình tiên tiến hằng tháng',
    excerpt:
      'Từ tháng 6/2022, các cơ quan, đơn vị, xã, thị trấn giới thiệu các tập thể, cá nhân điển hình hằng tháng về Phòng Nội vụ trước ngày 05 của tháng sau để tổng hợp, tuyên truyền.',
    content: [
      'Thực hiện Công văn số 605/SNV-BTĐKT của Sở Nội vụ tỉnh Lạng Sơn, Ủy ban nhân dân huyện Lộc Bình đã có văn bản yêu cầu các cơ quan, đơn vị thuộc các Cụm thi đua và Ủy ban nhân dân các xã, thị trấn hằng tháng giới thiệu các tập thể, cá nhân điển hình, "người tốt, việc tốt", nhân tố mới và mô hình hay.',
      { h2: 'Quy trình hằng tháng' },
      'Danh sách giới thiệu của tháng được gửi về Phòng Nội vụ trước ngày 05 của tháng sau. Phòng Nội vụ tổng hợp, giới thiệu trên Trang thông tin điện tử huyện và Trung tâm Văn hóa, Thể thao và Truyền thông huyện; lựa chọn những điển hình tiêu biểu nhất đề nghị Ban Thi đua - Khen thưởng, Sở Nội vụ tỉnh.',
      'Kết quả giới thiệu điển hình trên các phương tiện thông tin đại chúng là tiêu chí quan trọng khi chấm điểm thi đua, khen thưởng cuối năm của các đơn vị. Tập thể Phòng Nội vụ cũng là một trong những điển hình về thực hiện văn hóa công vụ được giới thiệu trong năm.',
    ],
    exemplars: ['Phòng Nội vụ huyện Lộc Bình'],
    unit: 'Phòng Nội vụ',
    movement: MV.publicService,
    byline: 'Lương Thị Thu Trang - Phòng Nội vụ',
    date: '2022-06-20 16:00',
    state: 'published',
    cover: 'town',
  },
  {
    title: 'Mùa đào Mẫu Sơn và những ngôi nhà trình tường đón khách',
    excerpt:
      'Những thanh niên người Dao ở Mẫu Sơn đang làm du lịch cộng đồng từ chính ngôi nhà trình tường, vườn đào, nương chè của gia đình.',
    content: [
      'Mỗi độ xuân về, hoa đào Mẫu Sơn nở hồng các sườn núi. Du khách tìm đến không chỉ để ngắm hoa mà còn để ở lại trong những ngôi nhà trình tường của người Dao.',
      'Anh Đặng Văn Toàn ở thôn Khuổi Tiền giữ nguyên kiến trúc nhà trình tường, cải tạo 6 phòng nghỉ sạch sẽ, đón trên 3.000 lượt khách trong năm 2022. Khách được cùng gia đình hái chè, làm bánh, nghe hát giao duyên.',
      'Theo ông Triệu Văn Sành, Trưởng thôn Khuổi Cáp, du lịch cộng đồng giúp bà con bán được chè, đào, rượu men lá ngay tại nhà, đồng thời có thêm động lực giữ gìn rừng và bản sắc văn hóa.',
    ],
    exemplars: ['Đặng Văn Toàn', 'Triệu Văn Sành'],
    unit: 'Xã Mẫu Sơn',
    movement: MV.farmers,
    byline: 'Triệu Văn Phúc - UBND xã Mẫu Sơn',
    date: '2022-08-18 09:00',
    state: 'published',
    cover: 'peach',
  },
  {
    title: 'Những người phụ nữ giữ lửa phong trào ở Lộc Bình',
    excerpt:
      'Từ mô hình tiết kiệm xoay vòng, "Địa chỉ tin cậy" đến tổ hợp tác khai thác nhựa thông, phụ nữ Lộc Bình đang khẳng định vai trò trong phát triển kinh tế và xây dựng gia đình hạnh phúc.',
    content: [
      'Chi hội Phụ nữ thôn Nà Pàn, xã Hữu Khánh duy trì mô hình "Tiết kiệm xoay vòng", huy động 190 triệu đồng giúp 14 hội viên phát triển chăn nuôi gà đen.',
      'Hội Liên hiệp Phụ nữ xã Đồng Bục xây dựng mô hình "Địa chỉ tin cậy" hỗ trợ phụ nữ, trẻ em bị bạo lực gia đình và thành lập 3 câu lạc bộ "Gia đình hạnh phúc".',
      'Ở xã Sàn Viên, bà Lộc Thị Nhung thành lập tổ hợp tác thu mua nhựa thông cho 40 hộ, giúp bà con bán được giá cao hơn trước 10 - 15%.',
      'Hội Liên hiệp Phụ nữ huyện cho biết, các mô hình này sẽ được giới thiệu, nhân rộng tới các chi hội trong toàn huyện.',
    ],
    exemplars: [
      'Chi hội Phụ nữ thôn Nà Pàn, xã Hữu Khánh',
      'Hội Liên hiệp Phụ nữ xã Đồng Bục',
      'Lộc Thị Nhung',
    ],
    unit: 'Hội Liên hiệp Phụ nữ huyện',
    movement: MV.women,
    byline: `Hà Thị Duyên - ${CENTRE}`,
    date: '2022-11-15 14:30',
    state: 'published',
    cover: 'village',
  },
  {
    title: 'Áo trắng nơi vùng cao',
    excerpt:
      'Từ trạm y tế xã biên giới đến phòng mổ của Trung tâm Y tế huyện, những người thầy thuốc ở Lộc Bình vẫn ngày đêm tận tụy vì sức khỏe của nhân dân.',
    content: [
      'Trong đợt dịch COVID-19, chị Nông Thị Hồng, Trạm trưởng Trạm Y tế xã Yên Khoái, đã mang thùng vắc-xin lên từng thôn, tiêm hơn 5.200 mũi cho người dân, đến tận nhà tiêm cho người già, người khuyết tật.',
      'Ở Trung tâm Y tế huyện, bác sĩ Nguyễn Thị Thanh Hoa, Khoa Sản, đã nhiều lần cấp cứu thành công sản phụ băng huyết nặng. Ngoài giờ làm việc, chị tham gia các đoàn khám bệnh miễn phí cho 1.500 lượt người dân vùng cao.',
      'Những tấm gương ấy góp phần thực hiện lời dạy của Bác Hồ: "Lương y phải như từ mẫu".',
    ],
    exemplars: ['Nông Thị Hồng', 'Nguyễn Thị Thanh Hoa'],
    unit: 'Trung tâm Y tế huyện',
    movement: MV.uncleHo,
    byline: 'Lương Minh Đức',
    date: '2022-09-22 10:45',
    state: 'published',
    cover: 'health',
  },
  {
    title: 'Giữ gìn câu then, tiếng tính của người Tày, Nùng',
    excerpt:
      'Hơn 20 năm qua, nghệ nhân Lý Văn Sinh ở xã Khuất Xá đã truyền dạy hát then, đàn tính, hát sli cho hơn 60 học trò mà không lấy tiền của ai.',
    content: [
      'Căn nhà sàn của ông Lý Văn Sinh ở thôn Bản Cầu, xã Khuất Xá tối nào cũng rộn tiếng đàn tính. Học trò của ông có cả những cháu nhỏ mới lên mười và những người đã ngoài năm mươi.',
      'Ông đã sưu tầm, chép lại 120 bài sli, lượn cổ của người Nùng, người Tày từ lời kể của các cụ cao niên. Những cuốn sổ chép tay ấy đã được Phòng Văn hóa và Thông tin huyện sao chụp, lưu giữ.',
      'Câu lạc bộ văn nghệ dân gian do ông thành lập thường xuyên biểu diễn trong các ngày hội của xã, của huyện, góp phần giữ gìn bản sắc văn hóa dân tộc.',
    ],
    exemplars: ['Lý Văn Sinh'],
    unit: 'Xã Khuất Xá',
    movement: MV.uncleHo,
    byline: `Hà Thị Duyên - ${CENTRE}`,
    date: '2022-07-25 08:30',
    state: 'published',
    cover: 'culture',
  },
  {
    title: 'Thanh niên Lộc Bình xung kích xây dựng nông thôn mới',
    excerpt:
      'Đội hình "Thanh niên tình nguyện biên cương", lớp học xóa mù chữ buổi tối, gian hàng nông sản trực tuyến - những việc làm của tuổi trẻ đang góp phần thay đổi các thôn, bản.',
    content: [
      'Đoàn Thanh niên xã Tú Mịch thành lập đội hình "Thanh niên tình nguyện biên cương" với 25 đoàn viên, làm mới 1,8 km đường giao thông nông thôn và thắp sáng 3 km đường quê bằng đèn năng lượng mặt trời.',
      'Tại thôn Khòn Quắc, Bí thư Chi đoàn Bàn Thị Mùi mở lớp xóa mù chữ buổi tối cho 19 phụ nữ Dao, đồng thời giúp bà con bán măng khô, chè qua mạng xã hội.',
      'Huyện đoàn Lộc Bình cho biết sẽ tiếp tục phát động các công trình thanh niên gắn với xây dựng nông thôn mới và chuyển đổi số ở các xã biên giới.',
    ],
    exemplars: ['Đoàn Thanh niên xã Tú Mịch', 'Bàn Thị Mùi'],
    unit: 'Huyện đoàn',
    movement: MV.massMobilisation,
    byline: 'Vi Minh Tuấn - Huyện đoàn Lộc Bình',
    date: '2022-11-18 09:30',
    state: 'published',
    cover: 'rice',
  },
  {
    title: 'Rau an toàn ven sông Kỳ Cùng: từ mô hình đến chuỗi liên kết',
    excerpt:
      'Mô hình trồng rau an toàn 5 ha ở xã Đông Quan đang cung ứng rau cho bếp ăn các trường học và chợ thị trấn.',
    content: [
      'Bãi bồi ven sông Kỳ Cùng ở xã Đông Quan trước đây chỉ trồng ngô một vụ. Nay, 27 hộ dân đã dồn ô, đổi thửa, trồng rau theo lịch thời vụ với hệ thống tưới chung.',
      'Chủ tịch Hội Nông dân xã Lương Văn Tiến trực tiếp ký hợp đồng tiêu thụ với các trường bán trú và chợ đầu mối, nhờ vậy rau của bà con không còn cảnh được mùa mất giá.',
      'Các hộ được hướng dẫn dùng phân hữu cơ vi sinh, giảm khoảng 40% lượng thuốc bảo vệ thực vật so với trước.',
    ],
    exemplars: ['Lương Văn Tiến'],
    unit: 'Xã Đông Quan',
    movement: MV.newRural,
    byline: 'Lương Minh Đức',
    date: '2022-12-02 10:00',
    state: 'submitted',
    cover: 'river',
  },
  {
    title: 'Chi bộ thôn vững mạnh, dân bản ấm no',
    excerpt:
      'Chi bộ thôn Khòn Pổng, xã Khánh Xuân 5 năm liền hoàn thành tốt nhiệm vụ, lãnh đạo thôn không còn hộ nghèo.',
    content: [
      'Sinh hoạt chi bộ thôn Khòn Pổng được duy trì đều đặn, bàn những việc cụ thể như làm đường, chuyển đổi cây trồng, giúp hộ nghèo.',
      'Mỗi đảng viên được phân công phụ trách một nhóm hộ, nắm tâm tư, nguyện vọng của bà con và kịp thời phản ánh với chi bộ.',
    ],
    exemplars: ['Chi bộ thôn Khòn Pổng, xã Khánh Xuân'],
    unit: 'Xã Khánh Xuân',
    movement: MV.uncleHo,
    byline: 'Ban Tuyên giáo Huyện ủy',
    date: '2022-12-12 15:00',
    state: 'draft',
    cover: 'culture',
  },
  {
    title: 'Thị trấn Lộc Bình: tuyến phố văn minh từ sức dân',
    excerpt:
      'Tổ dân phố khu Trung Thượng xây dựng "Tuyến phố hoa" dài 1,2 km, lắp 40 đèn chiếu sáng bằng nguồn đóng góp của nhân dân.',
    content: [
      'Mỗi hộ trong khu Trung Thượng nhận chăm sóc đoạn vỉa hè, bồn hoa trước cửa nhà. Các khoản đóng góp được công khai trên bảng tin của tổ dân phố.',
      'Nhờ sự đồng lòng ấy, tuyến phố ngày càng sáng, xanh, sạch, đẹp; 97% hộ đạt danh hiệu Gia đình văn hóa và 3 năm liền khu không có tội phạm, tệ nạn xã hội.',
    ],
    exemplars: ['Tổ dân phố khu Trung Thượng, thị trấn Lộc Bình'],
    unit: 'Thị trấn Lộc Bình',
    movement: MV.massMobilisation,
    byline: 'Hoàng Thị Ngọc Ánh - UBND thị trấn Lộc Bình',
    date: '2022-12-08 09:00',
    state: 'submitted',
    cover: 'town',
  },
  {
    title: 'Nhìn lại một năm tuyên truyền, nhân rộng điển hình tiên tiến',
    excerpt:
      'Năm 2022, các cơ quan, đơn vị, xã, thị trấn của huyện Lộc Bình đã giới thiệu hàng chục tập thể, cá nhân tiêu biểu; nhiều điển hình được đề xuất lên tỉnh.',
    content: [
      'Sau hơn nửa năm thực hiện việc giới thiệu điển hình hằng tháng, phần lớn các đơn vị đã gửi danh sách đúng hạn; một số đơn vị còn chậm hoặc chưa gửi.',
      'Nhiều điển hình đã được Báo Lạng Sơn, Đài Phát thanh và Truyền hình tỉnh giới thiệu; một số được Ban Thi đua - Khen thưởng tỉnh lựa chọn tuyên truyền rộng rãi.',
      'Phòng Nội vụ đề nghị các đơn vị tiếp tục đa dạng hình thức tuyên truyền, chú trọng chất lượng bài viết, hình ảnh.',
    ],
    exemplars: [
      'Hoàng Văn Pảo',
      'Tổ tự quản đường biên, mốc quốc giới thôn Khòn Nà, xã Tam Gia',
      'La Văn Cường',
    ],
    unit: 'Phòng Nội vụ',
    movement: MV.publicService,
    byline: 'Lương Thị Thu Trang - Phòng Nội vụ',
    date: '2022-12-28 16:30',
    state: 'draft',
    cover: 'village',
  },
]
