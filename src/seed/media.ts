import { slugify } from '@/lib/vietnamese'

import { ensure, type Seeder } from './context'
import { renderPortrait, renderScene, type SceneTheme } from './images'
import type { Organisation } from './org'
import type { ExemplarSeed } from './people'

const CREDIT = 'Ảnh minh họa do hệ thống tạo'

/** Alt text says what the drawing shows; it is also the seed's key for finding it again. */
const SCENES: Record<SceneTheme, { alt: string; caption: string }> = {
  tea: {
    alt: 'Tranh minh họa đồi chè xanh dưới chân núi Mẫu Sơn, một ngôi nhà sàn bên nương chè',
    caption: 'Đồi chè Mẫu Sơn',
  },
  peach: {
    alt: 'Tranh minh họa vườn đào nở hoa hồng trên sườn núi Mẫu Sơn',
    caption: 'Vườn đào Mẫu Sơn mùa hoa',
  },
  anise: {
    alt: 'Tranh minh họa rừng hồi xanh thẫm trên sườn đồi, núi xa trong sương',
    caption: 'Rừng hồi Lộc Bình',
  },
  pine: {
    alt: 'Tranh minh họa rừng thông nhựa trên những quả đồi thoai thoải',
    caption: 'Rừng thông nhựa',
  },
  rice: {
    alt: 'Tranh minh họa ruộng bậc thang lúa chín vàng xen xanh, nhà sàn ven ruộng',
    caption: 'Đồng lúa vùng thung lũng',
  },
  river: {
    alt: 'Tranh minh họa dòng sông uốn quanh những luống rau xanh ven bờ',
    caption: 'Rau an toàn ven sông Kỳ Cùng',
  },
  village: {
    alt: 'Tranh minh họa thôn bản với ba ngôi nhà sàn giữa cây xanh, núi phía xa',
    caption: 'Một góc thôn bản vùng cao',
  },
  road: {
    alt: 'Tranh minh họa con đường bê tông liên thôn mới làm chạy giữa đồng cỏ và nhà sàn',
    caption: 'Đường giao thông nông thôn',
  },
  school: {
    alt: 'Tranh minh họa ngôi trường mái đỏ nhiều cửa sổ, cột cờ đỏ sao vàng trên sân',
    caption: 'Trường học vùng cao',
  },
  border: {
    alt: 'Tranh minh họa cột mốc biên giới trắng giữa rừng thông, lá cờ đỏ sao vàng bên đường tuần tra',
    caption: 'Đường tuần tra biên giới',
  },
  farm: {
    alt: 'Tranh minh họa trang trại với dãy chuồng trại, hàng rào gỗ và đàn lợn đen',
    caption: 'Trang trại chăn nuôi lợn đen',
  },
  culture: {
    alt: 'Tranh minh họa nhà văn hóa thôn kiểu nhà sàn lớn, cột cờ đỏ sao vàng bên cạnh',
    caption: 'Nhà văn hóa thôn',
  },
  town: {
    alt: 'Tranh minh họa dãy phố nhà ống nhiều màu, hàng cây xanh bên đường',
    caption: 'Phố thị trấn',
  },
  health: {
    alt: 'Tranh minh họa trạm y tế xã tường trắng mái xanh, biển chữ thập đỏ trước cửa',
    caption: 'Trạm y tế xã',
  },
}

export type MediaLibrary = {
  scenes: Record<SceneTheme, number>
  portraits: Map<string, number>
}

async function upload(
  seeder: Seeder,
  key: { alt: string; caption?: string; unit?: number },
  filename: string,
  draw: () => Promise<Buffer>,
): Promise<number> {
  return ensure(seeder, 'media', { alt: { equals: key.alt } }, async () => {
    const data = await draw()
    return seeder.payload.create({
      collection: 'media',
      data: { alt: key.alt, caption: key.caption, credit: CREDIT, unit: key.unit },
      file: { data, mimetype: 'image/jpeg', name: filename, size: data.length },
    })
  })
}

export async function seedMedia(
  seeder: Seeder,
  org: Organisation,
  exemplars: readonly ExemplarSeed[],
): Promise<MediaLibrary> {
  const scenes = {} as Record<SceneTheme, number>
  for (const [theme, text] of Object.entries(SCENES) as Array<
    [SceneTheme, (typeof SCENES)[SceneTheme]]
  >) {
    scenes[theme] = await upload(seeder, text, `minh-hoa-${theme}.jpg`, () =>
      renderScene(theme, theme),
    )
  }
  const portraits = new Map<string, number>()
  for (const seed of exemplars) {
    if (seed.kind !== 'individual' || seed.noPortrait) continue
    const id = await upload(
      seeder,
      {
        alt: `Ảnh chân dung minh họa ${seed.name}, hình bóng người trên nền màu`,
        unit: org.units.get(seed.unit)?.id,
      },
      `chan-dung-${slugify(seed.name)}.jpg`,
      () =>
        renderPortrait({
          seed: seed.name,
          gender: seed.gender ?? 'male',
          attire: seed.attire ?? 'shirt',
        }),
    )
    portraits.set(seed.name, id)
  }
  return { scenes, portraits }
}
