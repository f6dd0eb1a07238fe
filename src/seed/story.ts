import type { Exemplar } from '@/payload-types'

import { exemplarPath } from '@/lib/routes'
import { siteUrl } from '@/lib/site-url'
import { MEDIA_OUTLETS, MOVEMENTS } from './data'
import { type Block, richText, type RichText } from './lexical'
import type { ExemplarSeed } from './people'
import { createRandom, type Random } from './random'

/**
 * Turns an exemplar's facts into the parts of a profile that follow a pattern: the feature story
 * around its own paragraph, awards, coverage, private contact details and workflow dates.
 */

type Award = NonNullable<Exemplar['awards']>[number]

const VN_OFFSET_HOURS = 7
const REFERENCE_YEAR = 2022

/** An instant given in Vietnam's local time (UTC+7, no DST). */
export function vnTime(year: number, month: number, day: number, hour = 9, minute = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour - VN_OFFSET_HOURS, minute))
}

/** Day-only dates are stored at 12:00 UTC, as Payload's admin date picker does. */
export function dayOnly(value: Date | string): string {
  const day = typeof value === 'string' ? value.slice(0, 10) : vnDay(value)
  return `${day}T12:00:00.000Z`
}

function vnDay(date: Date): string {
  return new Date(date.getTime() + VN_OFFSET_HOURS * 3600_000).toISOString().slice(0, 10)
}

const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86400_000)

/** "Xã Tú Đoạn" reads "xã Tú Đoạn" inside a sentence; district bodies gain "huyện". */
export function unitPhrase(unit: string): string {
  if (/^(Xã|Thị trấn) /.test(unit)) return unit.charAt(0).toLowerCase() + unit.slice(1)
  if (/huyện|Huyện|^Trường /.test(unit)) return unit
  return `${unit} huyện`
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** How the story refers to the exemplar after introducing it: "ông Pảo", "chị Mai". */
function shortRef(seed: ExemplarSeed): { first: string; ref: string } {
  if (seed.kind === 'individual') {
    const older = REFERENCE_YEAR - (seed.born ?? 1980) >= 45
    const title = seed.gender === 'female' ? (older ? 'bà' : 'chị') : older ? 'ông' : 'anh'
    const given = seed.name.split(' ').pop() ?? seed.name
    return { first: `${capitalise(title)} ${seed.name}`, ref: `${title} ${given}` }
  }
  if (seed.kind === 'household') {
    const head = seed.name.replace(/^Hộ gia đình /, '')
    const words = head.split(' ')
    return { first: `Gia đình ${head}`, ref: `gia đình ${words[0]} ${words[words.length - 1]}` }
  }
  return { first: seed.name, ref: 'tập thể này' }
}

const HEADINGS: Record<Exemplar['category'], string[]> = {
  advanced: [
    'Tận tụy với công việc, gần gũi với nhân dân',
    'Đi đầu trong mọi nhiệm vụ',
    'Thành tích từ sự bền bỉ',
  ],
  'good-deeds': ['Việc tốt từ những điều giản dị', 'Sống vì cộng đồng', 'Lan tỏa nghĩa cử đẹp'],
  'new-factor': ['Dám nghĩ, dám làm', 'Cách làm mới nơi vùng biên', 'Sức trẻ và sự sáng tạo'],
  'good-model': [
    'Mô hình hay, cách làm hiệu quả',
    'Từ một mô hình đến phong trào chung',
    'Hướng đi bền vững',
  ],
}

const OPENERS: Record<Exemplar['category'], string[]> = {
  advanced: [
    'Nhiều năm liền, {ref} luôn hoàn thành xuất sắc nhiệm vụ và là tấm gương để cán bộ, nhân dân học tập.',
    'Nói đến phong trào thi đua ở địa phương, ai cũng nhắc tới {ref} với sự tin cậy và quý mến.',
  ],
  'good-deeds': [
    'Những việc làm giản dị mà ý nghĩa của {ref} được bà con trong vùng nhắc đến với sự trân trọng.',
    'Không ồn ào, {ref} lặng lẽ làm những việc tốt, góp phần làm đẹp thêm cuộc sống nơi mình sinh sống.',
  ],
  'new-factor': [
    'Với cách nghĩ mới, {ref} đã mạnh dạn thử nghiệm những việc chưa từng có ở địa phương.',
    'Là nhân tố mới nổi bật, {ref} cho thấy sức trẻ và sự sáng tạo có thể thay đổi một vùng quê.',
  ],
  'good-model': [
    'Mô hình do {ref} xây dựng đã và đang được nhiều nơi trong huyện đến học hỏi, làm theo.',
    'Cách làm của {ref} là minh chứng cho hiệu quả của việc dám nghĩ, dám làm, biết liên kết.',
  ],
}

const CONTEXT: Record<Exemplar['sector'], string[]> = {
  economy: [
    'Lộc Bình có nhiều sản vật như hồi, chè Mẫu Sơn, đào Mẫu Sơn, lợn đen, gà đen, nhưng sản xuất còn nhỏ lẻ, đầu ra bấp bênh. Những cách làm biết tổ chức sản xuất, xây dựng thương hiệu và liên kết tiêu thụ như thế này đang mở ra hướng đi mới cho kinh tế địa phương.',
    'Phát triển kinh tế gắn với khai thác lợi thế của vùng biên giới là chủ trương lớn của huyện. Từ những việc làm cụ thể, nhiều hộ dân, hợp tác xã đã mạnh dạn đầu tư, tạo việc làm và nâng cao thu nhập cho người lao động tại chỗ.',
  ],
  agriculture: [
    'Lộc Bình có diện tích đất đồi rừng lớn, thích hợp với cây hồi, thông nhựa, chè và chăn nuôi gia súc, gia cầm. Khi người dân được hướng dẫn kỹ thuật, mạnh dạn liên kết và biết tận dụng đất đồi, thu nhập tăng lên rõ rệt, góp phần hoàn thành các tiêu chí nông thôn mới.',
    'Phong trào xây dựng nông thôn mới ở Lộc Bình có được kết quả hôm nay là nhờ sự đồng lòng của người dân: người hiến đất, người góp công, người đi đầu chuyển đổi cây trồng, vật nuôi. Mỗi việc làm cụ thể đều góp phần thay đổi diện mạo thôn, bản.',
  ],
  'culture-society': [
    'Ở vùng đồng bào các dân tộc Tày, Nùng, Dao, Kinh, Hoa, Sán Chỉ cùng sinh sống, xây dựng đời sống văn hóa ở khu dân cư là nền tảng cho sự ổn định và phát triển. Những tấm gương như thế này góp phần giữ gìn bản sắc và vun đắp tình làng nghĩa xóm.',
    'Các phong trào văn hóa - xã hội chỉ thực sự bền vững khi xuất phát từ cộng đồng. Những việc làm thiết thực, gần gũi đã lan tỏa tinh thần tương thân tương ái trong mỗi thôn, khu phố.',
  ],
  education: [
    'Ở một huyện miền núi, biên giới, việc giữ học sinh đến lớp và nâng cao chất lượng dạy học cho con em đồng bào dân tộc thiểu số là nhiệm vụ không hề dễ dàng. Phong trào "Đổi mới, sáng tạo trong dạy và học" đã khơi dậy nhiều cách làm hay của thầy và trò.',
    'Chất lượng giáo dục vùng cao được nâng lên từng năm nhờ sự tận tụy của đội ngũ nhà giáo và sự đồng hành của cha mẹ học sinh, của cả cộng đồng.',
  ],
  health: [
    'Chăm sóc sức khỏe cho người dân vùng cao, biên giới đòi hỏi người cán bộ y tế không chỉ giỏi chuyên môn mà còn phải kiên trì, gần dân. Những việc làm như thế này góp phần thực hiện lời dạy của Bác: "Lương y phải như từ mẫu".',
    'Mạng lưới y tế cơ sở là chỗ dựa đầu tiên của người dân các xã vùng sâu, vùng xa. Sự tận tụy của những người làm công tác y tế đã giúp bà con yên tâm hơn mỗi khi ốm đau.',
  ],
  'defence-security': [
    'Lộc Bình có đường biên giới dài với nhiều đường mòn, lối mở. Phong trào "Toàn dân bảo vệ an ninh Tổ quốc" gắn với bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia đã phát huy sức mạnh của thế trận lòng dân nơi phên giậu.',
    'Giữ vững an ninh chính trị, trật tự an toàn xã hội ở địa bàn biên giới là nhiệm vụ thường xuyên. Sự phối hợp chặt chẽ giữa các lực lượng chức năng và nhân dân là yếu tố quyết định.',
  ],
  'party-government': [
    'Xây dựng Đảng, chính quyền, đoàn thể vững mạnh bắt đầu từ cơ sở, từ những chi bộ, tổ chức gần dân nhất. Cách làm "dân vận khéo", nói đi đôi với làm đã tạo được niềm tin của nhân dân.',
    'Nâng cao chất lượng phục vụ nhân dân, cải cách hành chính và thực hiện văn hóa công vụ là yêu cầu đặt ra với mỗi cán bộ, công chức. Những tấm gương tận tụy đã góp phần xây dựng hình ảnh người cán bộ gần dân, vì dân.',
  ],
  other: [
    'Mỗi người một việc làm hay, mỗi cơ quan một cách làm tốt - đó là tinh thần mà phong trào thi đua của huyện hướng tới. Những tấm gương bình dị trong mọi lĩnh vực đều đáng được ghi nhận, biểu dương.',
    'Không chỉ trong sản xuất hay công tác chuyên môn, người tốt, việc tốt còn hiện diện trong từng hành động nhỏ thường ngày, góp phần lan tỏa những giá trị tốt đẹp trong cộng đồng.',
  ],
}

const CLOSINGS = [
  'Tấm gương của {ref} đã được {unit} giới thiệu để tuyên truyền, nhân rộng trong phong trào thi đua "{movement}".',
  'Với những đóng góp đó, {ref} xứng đáng là điển hình tiên tiến được {unit} biểu dương, giới thiệu trong phong trào thi đua "{movement}".',
  '{Ref} mong muốn sẽ có thêm nhiều người cùng chung tay, để phong trào thi đua "{movement}" ở địa phương ngày càng lan tỏa.',
]

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '')

/** Rough precedence of the reference titles, to name the highest one in the story. */
const AWARD_RANK: Record<string, number> = {
  'Bằng khen của Thủ tướng Chính phủ': 10,
  'Cờ thi đua của UBND tỉnh': 9,
  'Chiến sĩ thi đua cấp tỉnh': 8,
  'Bằng khen của Chủ tịch UBND tỉnh': 7,
  'Tập thể lao động xuất sắc': 6,
  'Chiến sĩ thi đua cơ sở': 5,
  'Giấy khen của Chủ tịch UBND huyện': 4,
  'Tập thể lao động tiên tiến': 3,
  'Thôn, khu phố văn hóa': 3,
  'Lao động tiên tiến': 2,
  'Gia đình văn hóa': 1,
}

function awardSentence(refText: string, awards: readonly Award[]): string {
  const best = [...awards].sort(
    (a, b) => (AWARD_RANK[b.title] ?? 0) - (AWARD_RANK[a.title] ?? 0),
  )[0]
  if (!best) return ''
  const conferred = /^(Giấy khen|Bằng khen|Cờ)/.test(best.title)
    ? `được tặng ${best.title}`
    : `được công nhận danh hiệu "${best.title}"`
  return `Năm ${best.year}, ${refText} đã ${conferred}. `
}

export function storyOf(seed: ExemplarSeed, awards: readonly Award[]): RichText {
  const r = createRandom(`story:${seed.name}`)
  const { first, ref: refText } = shortRef(seed)
  const values = {
    ref: refText,
    Ref: capitalise(refText),
    unit: unitPhrase(seed.unit),
    movement: MOVEMENTS[seed.movement].name,
  }
  const who =
    seed.kind === 'individual'
      ? `${first} (sinh năm ${seed.born}, dân tộc ${seed.ethnicity}) hiện là ${seed.position}.`
      : seed.kind === 'household'
        ? `${first} sinh sống tại ${seed.place}, huyện Lộc Bình.`
        : `${first} là một trong những tập thể tiêu biểu của ${unitPhrase(seed.unit)}.`
  const blocks: Block[] = [
    `${who} ${fill(r.pick(OPENERS[seed.category]), values)}`,
    { h2: r.pick(HEADINGS[seed.category]) },
    seed.detail,
    r.pick(CONTEXT[seed.sector]),
    `${awardSentence(refText, awards)}${fill(r.pick(CLOSINGS), values)}`,
  ]
  return richText(blocks)
}

/* ---------- awards ---------- */

const DISTRICT_CHAIR = 'Chủ tịch UBND huyện Lộc Bình'
const PROVINCE_CHAIR = 'Chủ tịch UBND tỉnh Lạng Sơn'

const award = (r: Random, title: string, issuer: string, suffix = 'QĐ-UBND'): Award => ({
  title,
  decisionNo: `${r.int(120, 3980)}/${suffix}`,
  year: r.int(2017, 2021),
  issuer,
})

/** Awards that fit who the exemplar is: staff earn emulation titles, households "Gia đình văn hóa". */
export function awardsOf(seed: ExemplarSeed, isAgency: boolean): Award[] {
  const r = createRandom(`awards:${seed.name}`)
  const provincial = Boolean(seed.provincial)
  const out: Award[] = []
  if (seed.kind === 'household') {
    const commune = seed.place.split(', ').pop() ?? ''
    out.push(award(r, 'Gia đình văn hóa', `Chủ tịch UBND ${commune}`))
    if (r.chance(0.7)) out.push(award(r, 'Giấy khen của Chủ tịch UBND huyện', DISTRICT_CHAIR))
  } else if (seed.kind === 'collective') {
    if (/^(Thôn|Khu)/.test(seed.position)) {
      out.push(award(r, 'Thôn, khu phố văn hóa', DISTRICT_CHAIR))
      out.push(award(r, 'Giấy khen của Chủ tịch UBND huyện', DISTRICT_CHAIR))
    } else {
      out.push(award(r, 'Tập thể lao động tiên tiến', DISTRICT_CHAIR))
      if (r.chance(0.6)) out.push(award(r, 'Tập thể lao động xuất sắc', PROVINCE_CHAIR))
    }
    if (provincial) out.push(award(r, 'Cờ thi đua của UBND tỉnh', 'UBND tỉnh Lạng Sơn'))
  } else if (isAgency || /^(Công chức|Trưởng Công an|Trạm trưởng|Giáo viên)/.test(seed.position)) {
    out.push(award(r, 'Lao động tiên tiến', DISTRICT_CHAIR))
    out.push(award(r, 'Chiến sĩ thi đua cơ sở', DISTRICT_CHAIR))
    if (provincial) out.push(award(r, 'Chiến sĩ thi đua cấp tỉnh', PROVINCE_CHAIR))
  } else {
    out.push(award(r, 'Giấy khen của Chủ tịch UBND huyện', DISTRICT_CHAIR))
    if (provincial || r.chance(0.3))
      out.push(award(r, 'Bằng khen của Chủ tịch UBND tỉnh', PROVINCE_CHAIR))
  }
  if (seed.provincial === 'selected' && seed.kind === 'individual') {
    out.push(award(r, 'Bằng khen của Thủ tướng Chính phủ', 'Thủ tướng Chính phủ', 'QĐ-TTg'))
  }
  return out.sort((a, b) => (a.year ?? 0) - (b.year ?? 0))
}

/* ---------- workflow dates, coverage, private details ---------- */

export type Timeline = {
  createdAt: string
  submittedAt?: string
  publishedOn?: Date
  returnedAt?: string
}

/**
 * A unit's list for month M is due by day 5 of M+1 (Vietnam time): most arrive in the last
 * week of M or the first days of M+1; `late` ones a week or so after the deadline.
 */
export function timelineOf(seed: ExemplarSeed): Timeline {
  const r = createRandom(`timeline:${seed.name}`)
  const [year, month] = seed.period.split('-').map(Number)
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 }
  const created = vnTime(year, month, r.int(8, 18), r.int(8, 16), r.int(0, 59))
  if (seed.state === 'draft') return { createdAt: created.toISOString() }
  const submitted = seed.late
    ? vnTime(next.year, next.month, r.int(8, 16), r.int(8, 16), r.int(0, 59))
    : r.chance(0.5)
      ? vnTime(year, month, r.int(22, 28), r.int(8, 16), r.int(0, 59))
      : vnTime(next.year, next.month, r.int(1, 5), r.int(8, 15), r.int(0, 59))
  const timeline: Timeline = {
    createdAt: created.toISOString(),
    submittedAt: submitted.toISOString(),
  }
  if (seed.state === 'published') timeline.publishedOn = addDays(submitted, r.int(3, 9))
  if (seed.state === 'returned') timeline.returnedAt = addDays(submitted, r.int(1, 3)).toISOString()
  return timeline
}

type Coverage = NonNullable<Exemplar['coverage']>[number]

export function coverageOf(
  seed: ExemplarSeed,
  slug: string,
  publishedOn: Date,
  isAgency: boolean,
): Coverage[] {
  const r = createRandom(`coverage:${seed.name}`)
  if (!seed.provincial && !r.chance(0.8)) return []
  const [portal, centre, newspaper, radioTv, boardSite, noticeBoard, loudspeakers] = MEDIA_OUTLETS
  const out: Coverage[] = [
    { outlet: portal, url: `${siteUrl()}${exemplarPath(slug)}`, date: dayOnly(publishedOn) },
  ]
  let day = publishedOn
  const later = (outlet: string) => {
    day = addDays(day, r.int(1, 6))
    out.push({ outlet, date: dayOnly(day) })
  }
  if (r.chance(0.5)) later(centre)
  if (isAgency ? r.chance(0.4) : false) later(noticeBoard)
  if (!isAgency && r.chance(0.4)) later(loudspeakers)
  if (seed.provincial) {
    later(newspaper)
    later(radioTv)
  }
  if (seed.provincial === 'selected') later(boardSite)
  return out
}

const MOBILE_PREFIXES = [
  '0912',
  '0915',
  '0943',
  '0949',
  '0968',
  '0972',
  '0978',
  '0983',
  '0986',
  '0358',
  '0366',
  '0388',
]

export function contactOf(seed: ExemplarSeed): { contactPhone: string; address: string } {
  const r = createRandom(`contact:${seed.name}`)
  const three = () => String(r.int(0, 999)).padStart(3, '0')
  const contactPhone =
    seed.kind === 'collective'
      ? `0205 38${String(r.int(40, 79))} ${three()}`
      : `${r.pick(MOBILE_PREFIXES)} ${three()} ${three()}`
  return { contactPhone, address: `${capitalise(seed.place)}, huyện Lộc Bình, tỉnh Lạng Sơn` }
}
