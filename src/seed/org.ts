import { defaultParentBody, defaultPlaceName } from '@/collections/units/heading'
import type { Unit } from '@/payload-types'
import { slugify } from '@/lib/vietnamese'

import { bySlug, ensure, type Seeder } from './context'
import {
  BORDER_COMMUNES,
  CLUSTERS,
  type ClusterKey,
  COMMUNES_2022,
  DISTRICT_OFFICES,
  MERGERS,
  AUTHORITY,
  MOVEMENTS,
  PARENT_BODIES,
  PARTY_AND_MASS_ORGANISATIONS,
  PUBLIC_SERVICE_UNITS,
  SCHOOLS,
  TOWNS_2022,
  UNITS_VALID_FROM,
  VERTICAL_AGENCIES,
} from './data'
import { dayOnly } from './story'

export type UnitInfo = { id: number; name: string; kind: Unit['kind'] }

/** Units by their 2022 name; the 2025 communes, which reuse some of those names, apart. */
export type Organisation = {
  clusters: Record<ClusterKey, number>
  units: Map<string, UnitInfo>
  newCommunes: Map<string, UnitInfo>
  movements: number[]
}

type UnitPlan = { name: string; kind: Unit['kind']; cluster: ClusterKey; abolished: boolean }

function units2022(): UnitPlan[] {
  const agencies = (names: readonly string[], cluster: ClusterKey, abolished = true) =>
    names.map((name) => ({ name, kind: 'agency' as const, cluster, abolished }))
  return [
    ...TOWNS_2022.map((name) => ({
      name,
      kind: 'town' as const,
      cluster: 'central' as const,
      abolished: true,
    })),
    ...COMMUNES_2022.map((commune) => ({
      name: `Xã ${commune}`,
      kind: 'commune' as const,
      cluster: BORDER_COMMUNES.includes(commune) ? ('border' as const) : ('central' as const),
      abolished: true,
    })),
    ...agencies(PARTY_AND_MASS_ORGANISATIONS, 'party'),
    ...agencies(DISTRICT_OFFICES, 'offices'),
    ...agencies(PUBLIC_SERVICE_UNITS, 'services'),
    ...agencies(VERTICAL_AGENCIES, 'vertical'),
    // Schools passed to commune management in 2025 and carry on.
    ...agencies(SCHOOLS, 'schools', false),
  ]
}

/** The heading a demo unit prints: its parent body and place name, as an admin would enter them. */
function headingOf(name: string, kind: Unit['kind']) {
  const authority = { authorityName: AUTHORITY.name, placeName: AUTHORITY.placeName }
  return {
    parentBody: PARENT_BODIES[name] ?? defaultParentBody(kind, authority),
    placeName: defaultPlaceName({ name, kind }, authority),
  }
}

export async function seedOrganisation(seeder: Seeder): Promise<Organisation> {
  const { payload } = seeder
  const clusters = {} as Record<ClusterKey, number>
  for (const [key, name] of Object.entries(CLUSTERS) as Array<[ClusterKey, string]>) {
    const slug = slugify(name)
    clusters[key] = await ensure(seeder, 'clusters', bySlug(slug), () =>
      payload.create({ collection: 'clusters', data: { name, slug } }),
    )
  }

  const plans = units2022()
  const units = new Map<string, UnitInfo>()
  for (const plan of plans) {
    const slug = slugify(plan.name)
    const id = await ensure(seeder, 'units', bySlug(slug), () =>
      payload.create({
        collection: 'units',
        data: {
          name: plan.name,
          slug,
          kind: plan.kind,
          ...headingOf(plan.name, plan.kind),
          cluster: clusters[plan.cluster],
          validFrom: dayOnly(UNITS_VALID_FROM),
        },
      }),
    )
    units.set(plan.name, { id, name: plan.name, kind: plan.kind })
  }

  // A 2025 commune may share its name with a 2022 one ("Xã Mẫu Sơn"): the slug hook would
  // give it "-2", so the seed asks for that slug itself and can find it again next time.
  const takenSlugs = new Set(plans.map((plan) => slugify(plan.name)))
  const { reform2025, tamGia } = MERGERS
  const newCommunes = new Map<string, UnitInfo>()
  for (const name of Object.keys(reform2025.newCommunes)) {
    const base = slugify(name)
    const slug = takenSlugs.has(base) ? `${base}-2` : base
    const id = await ensure(seeder, 'units', bySlug(slug), () =>
      payload.create({
        collection: 'units',
        data: {
          name,
          slug,
          kind: 'commune',
          ...headingOf(name, 'commune'),
          cluster: clusters[reform2025.newCommuneClusters[name]],
          validFrom: dayOnly(reform2025.date),
        },
      }),
    )
    newCommunes.set(name, { id, name, kind: 'commune' })
  }

  const successorOf = new Map<string, { date: string; successor?: number }>()
  for (const plan of plans) {
    if (plan.abolished) successorOf.set(plan.name, { date: reform2025.date })
  }
  for (const [name, members] of Object.entries(reform2025.newCommunes)) {
    const successor = newCommunes.get(name)?.id
    for (const member of members) successorOf.set(member, { date: reform2025.date, successor })
  }
  successorOf.set(tamGia.from, { date: tamGia.date, successor: units.get(tamGia.into)?.id })

  for (const [name, end] of successorOf) {
    const unit = units.get(name)
    if (!unit) throw new Error(`Seed data names an unknown unit: ${name}`)
    const current = await payload.findByID({ collection: 'units', id: unit.id, depth: 0 })
    // Someone may have recorded the merger already; the seed only fills what is missing.
    if (current.validTo) continue
    await payload.update({
      collection: 'units',
      id: unit.id,
      data: { validTo: dayOnly(end.date), successor: end.successor ?? null },
    })
    seeder.changes++
  }

  const movements: number[] = []
  for (const movement of MOVEMENTS) {
    const slug = slugify(movement.name)
    movements.push(
      await ensure(seeder, 'movements', bySlug(slug), () =>
        payload.create({ collection: 'movements', data: { ...movement, slug } }),
      ),
    )
  }

  return { clusters, units, newCommunes, movements }
}
