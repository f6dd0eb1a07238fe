/**
 * Bulk path for the benchmark: clones the demo's published exemplars and articles into N
 * synthetic ones with new Vietnamese names, summaries, slugs and folded search text, straight
 * into the SQLite tables (the Local API would take an hour for 100,000 documents). Child rows
 * (awards, coverage, gallery and related-exemplar links) are cloned with them, so profile pages
 * are as heavy as real ones. Published main-table rows only: the public site and REST read those.
 *
 *   tsx bench/generate.ts <sqlite file> <exemplars> [articles]
 */
import crypto from 'node:crypto'

import { createClient, type Client, type InStatement } from '@libsql/client'

import { fold, searchTextOf, slugify } from '../src/lib/vietnamese'

const SURNAMES = [
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
  'Phùng',
  'Đinh',
]
const MIDDLES = [
  'Văn',
  'Thị',
  'Đức',
  'Minh',
  'Thanh',
  'Ngọc',
  'Quang',
  'Hữu',
  'Thu',
  'Xuân',
  'Kim',
  'Bích',
]
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Đoàn',
  'Giang',
  'Hà',
  'Hằng',
  'Hiếu',
  'Hoa',
  'Hùng',
  'Khánh',
  'Lan',
  'Linh',
  'Lộc',
  'Mai',
  'Nam',
  'Nga',
  'Phúc',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Thắng',
  'Thủy',
  'Trang',
  'Tuấn',
  'Vân',
  'Yến',
]
const GROUPS = [
  'Tổ hợp tác trồng hồi',
  'Chi hội Nông dân',
  'Hợp tác xã chè',
  'Tổ tự quản an ninh',
  'Chi đoàn thanh niên',
  'Chi hội Phụ nữ',
  'Tổ liên gia',
  'Câu lạc bộ văn nghệ',
]
const VILLAGES = [
  'Bản Rị',
  'Nà Sla',
  'Khòn Pổng',
  'Pò Lọi',
  'Bản Cáng',
  'Nà Thang',
  'Khuổi Tát',
  'Cốc Lùng',
  'Pắc Lạn',
  'Nà Lừa',
]
const DEEDS = [
  'vận động nhân dân hiến đất làm đường bê tông liên thôn',
  'phát triển mô hình trồng hồi, chè cho thu nhập ổn định',
  'giúp đỡ hộ nghèo vươn lên thoát nghèo bền vững',
  'giữ gìn an ninh trật tự khu vực biên giới',
  'tham gia xây dựng nông thôn mới kiểu mẫu',
  'bảo tồn làn điệu then, hát sli của dân tộc',
  'dạy chữ cho trẻ em vùng cao vào buổi tối',
  'hiến máu tình nguyện nhiều lần',
]

type Row = Record<string, unknown>

function random(seed: number) {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state / 0x7fffffff
  }
}

async function columns(db: Client, table: string) {
  const info = await db.execute(`PRAGMA table_info(\`${table}\`)`)
  return info.rows.map((row) => ({ name: String(row.name), type: String(row.type).toLowerCase() }))
}

async function childTables(db: Client, parent: string) {
  const tables = await db.execute(`SELECT name FROM sqlite_master WHERE type = 'table'`)
  const result: { table: string; parentColumn: string; cols: { name: string; type: string }[] }[] =
    []
  for (const row of tables.rows) {
    const table = String(row.name)
    if (!table.startsWith(`${parent}_`)) continue
    const cols = await columns(db, table)
    const parentColumn = cols.find((c) => c.name === '_parent_id' || c.name === 'parent_id')?.name
    if (parentColumn) result.push({ table, parentColumn, cols })
  }
  return result
}

/** Clone `count` rows of `table` from its published templates, overriding some columns. */
async function cloneMany(
  db: Client,
  table: string,
  count: number,
  override: (template: Row, index: number) => Row,
) {
  const cols = (await columns(db, table)).filter((c) => c.name !== 'id')
  const templates = (
    await db.execute(`SELECT * FROM \`${table}\` WHERE _status = 'published' ORDER BY id`)
  ).rows as unknown as Row[]
  if (templates.length === 0) throw new Error(`no published ${table} to clone: seed the demo first`)
  const children = await childTables(db, table)
  const childRows = new Map<string, Map<number, Row[]>>()
  for (const child of children) {
    const byParent = new Map<number, Row[]>()
    for (const row of (await db.execute(`SELECT * FROM \`${child.table}\``))
      .rows as unknown as Row[]) {
      const parent = Number(row[child.parentColumn])
      byParent.set(parent, [...(byParent.get(parent) ?? []), row])
    }
    childRows.set(child.table, byParent)
  }
  const maxId = Number((await db.execute(`SELECT max(id) AS m FROM \`${table}\``)).rows[0].m ?? 0)
  const BATCH = 1000
  for (let start = 0; start < count; start += BATCH) {
    const statements: InStatement[] = []
    for (let i = start; i < Math.min(count, start + BATCH); i++) {
      const template = templates[i % templates.length]
      const id = maxId + 1 + i
      const row: Row = { ...template, ...override(template, i), id }
      const names = ['id', ...cols.map((c) => c.name)]
      statements.push({
        sql: `INSERT INTO \`${table}\` (${names.map((n) => `\`${n}\``).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
        args: names.map((n) => (row[n] ?? null) as never),
      })
      for (const child of children) {
        for (const childRow of childRows.get(child.table)?.get(Number(template.id)) ?? []) {
          const childCols = child.cols.filter((c) => !(c.name === 'id' && c.type === 'integer'))
          const values = childCols.map((c) =>
            c.name === child.parentColumn
              ? id
              : c.name === 'id'
                ? crypto.randomBytes(12).toString('hex')
                : childRow[c.name],
          )
          statements.push({
            sql: `INSERT INTO \`${child.table}\` (${childCols.map((c) => `\`${c.name}\``).join(', ')}) VALUES (${childCols.map(() => '?').join(', ')})`,
            args: values as never,
          })
        }
      }
    }
    await db.batch(statements, 'write')
  }
}

export async function generate(file: string, exemplars: number, articles: number) {
  const db = createClient({ url: `file:${file}` })
  await db.execute('PRAGMA busy_timeout = 10000')
  const next = random(20221)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]
  const started = Date.now()

  await cloneMany(db, 'exemplars', exemplars, (template, i) => {
    const individual = template.kind === 'individual'
    const village = pick(VILLAGES)
    const name = individual
      ? `${pick(SURNAMES)} ${pick(MIDDLES)} ${pick(GIVEN)}`
      : `${pick(GROUPS)} thôn ${village}`
    const summary = `${individual ? 'Tích cực' : 'Tập thể đã'} ${pick(DEEDS)}; ${pick(DEEDS)} tại thôn ${village}.`
    const year = 2022 + (i % 4)
    const month = String(1 + (i % 12)).padStart(2, '0')
    const story = String(template.search_text ?? '')
      .split(' ')
      .slice(0, 400)
      .join(' ')
    return {
      name,
      slug: `${slugify(name)}-${i + 1}`,
      summary,
      period: `${year}-${month}`,
      search_text: `${searchTextOf(name, String(template.position ?? ''), summary)} ${fold(story)}`,
      created_at: new Date(Date.UTC(year, i % 12, 10)).toISOString(),
      updated_at: new Date(Date.UTC(year, i % 12, 12)).toISOString(),
    }
  })

  await cloneMany(db, 'articles', articles, (template, i) => {
    const title = `${pick(['Lan tỏa', 'Gương sáng', 'Điểm sáng', 'Người tốt'])}: ${pick(DEEDS)} ở thôn ${pick(VILLAGES)}`
    const publishedAt = new Date(Date.UTC(2022 + (i % 4), i % 12, 1 + (i % 27))).toISOString()
    return {
      title,
      slug: `${slugify(title)}-${i + 1}`,
      published_at: publishedAt,
      search_text: `${searchTextOf(title, String(template.excerpt ?? ''))} ${String(template.search_text ?? '')}`,
    }
  })
  db.close()
  return { exemplars, articles, seconds: (Date.now() - started) / 1000 }
}

if (process.argv[1]?.endsWith('generate.ts')) {
  const [file, n = '10000', m] = process.argv.slice(2)
  if (!file) throw new Error('usage: tsx bench/generate.ts <sqlite file> <exemplars> [articles]')
  const count = Number(n)
  generate(file, count, Number(m ?? Math.round(count / 5))).then((result) =>
    console.log(
      `generated ${result.exemplars} exemplars and ${result.articles} articles in ${result.seconds} s`,
    ),
  )
}
