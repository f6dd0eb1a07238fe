import { DOC_TYPE_LABELS, type DocType } from '@/collections/documents'
import type { Article, Exemplar } from '@/payload-types'
import { slugify } from '@/lib/vietnamese'

import { ARTICLES } from './articles'
import { bySlug, ensure, type Seeder, SYSTEM_WRITE } from './context'
import { OFFICIAL_TEXTS } from './documents'
import { richText } from './lexical'
import type { MediaLibrary } from './media'
import type { Organisation } from './org'
import { renderOfficialPdf } from './pdf'
import { EXEMPLARS } from './people'
import { awardsOf, contactOf, coverageOf, dayOnly, storyOf, timelineOf, vnTime } from './story'

function unitId(org: Organisation, name: string): number {
  const unit = org.units.get(name)
  if (!unit) throw new Error(`Seed data names an unknown unit: ${name}`)
  return unit.id
}

/** Exemplars by name, so articles can point at them. */
const DOC_TYPE_BY_LABEL = Object.fromEntries(
  Object.entries(DOC_TYPE_LABELS).map(([value, label]) => [label, value]),
) as Record<string, DocType>

export async function seedExemplars(
  seeder: Seeder,
  org: Organisation,
  media: MediaLibrary,
  editorId: number,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  for (const seed of EXEMPLARS) {
    const slug = slugify(seed.name)
    const unit = org.units.get(seed.unit)
    if (!unit) throw new Error(`Seed data names an unknown unit: ${seed.unit}`)
    const isAgency = unit.kind === 'agency'
    const awards = awardsOf(seed, isAgency)
    const timeline = timelineOf(seed)
    const published = seed.state === 'published'
    const data: Omit<Exemplar, 'id' | 'updatedAt' | 'sizes'> = {
      kind: seed.kind,
      category: seed.category,
      sector: seed.sector,
      name: seed.name,
      ...(seed.kind === 'individual'
        ? { birthYear: seed.born, gender: seed.gender, ethnicity: seed.ethnicity }
        : {}),
      position: seed.position,
      movement: org.movements[seed.movement],
      summary: seed.summary,
      story: storyOf(seed, awards),
      // A person without a portrait gets none; collectives and households get a scene.
      portrait:
        seed.kind === 'individual' ? media.portraits.get(seed.name) : media.scenes[seed.scene],
      gallery: (seed.gallery ?? []).map((theme) => media.scenes[theme]),
      awards,
      coverage:
        published && timeline.publishedOn
          ? coverageOf(seed, slug, timeline.publishedOn, isAgency)
          : [],
      ...contactOf(seed),
      consent: seed.consent ?? true,
      slug,
      unit: unit.id,
      period: seed.period,
      reviewState: seed.state,
      submittedAt: timeline.submittedAt ?? null,
      provincialStatus: published ? (seed.provincial ?? 'none') : 'none',
      reviewNotes:
        seed.returnNote && timeline.returnedAt
          ? [{ note: seed.returnNote, author: editorId, at: timeline.returnedAt }]
          : [],
      createdAt: timeline.createdAt,
      _status: published ? 'published' : 'draft',
    }
    const id = await ensure(seeder, 'exemplars', bySlug(slug), () =>
      seeder.payload.create({
        collection: 'exemplars',
        data,
        draft: !published,
        context: SYSTEM_WRITE,
      }),
    )
    ids.set(seed.name, id)
  }
  return ids
}

/** `YYYY-MM-DD HH:mm` in Vietnam time. */
function parseLocal(value: string): Date {
  const [day, time] = value.split(' ')
  const [year, month, date] = day.split('-').map(Number)
  const [hour, minute] = time.split(':').map(Number)
  return vnTime(year, month, date, hour, minute)
}

const hoursBefore = (date: Date, hours: number) => new Date(date.getTime() - hours * 3600_000)

export async function seedArticles(
  seeder: Seeder,
  org: Organisation,
  media: MediaLibrary,
  exemplars: Map<string, number>,
): Promise<void> {
  for (const seed of ARTICLES) {
    const slug = slugify(seed.title)
    const when = parseLocal(seed.date)
    const published = seed.state === 'published'
    const related = seed.exemplars.map((name) => {
      const id = exemplars.get(name)
      if (id === undefined)
        throw new Error(`Article "${seed.title}" names an unknown exemplar: ${name}`)
      return id
    })
    const data: Omit<Article, 'id' | 'updatedAt'> = {
      title: seed.title,
      slug,
      excerpt: seed.excerpt,
      cover: media.scenes[seed.cover],
      content: richText(seed.content),
      exemplars: related,
      unit: unitId(org, seed.unit),
      movement: org.movements[seed.movement],
      byline: seed.byline,
      publishedAt: published ? when.toISOString() : null,
      reviewState: seed.state,
      submittedAt:
        seed.state === 'draft' ? null : hoursBefore(when, published ? 30 : 2).toISOString(),
      reviewNotes: [],
      createdAt: hoursBefore(when, 72).toISOString(),
      _status: published ? 'published' : 'draft',
    }
    await ensure(seeder, 'articles', bySlug(slug), () =>
      seeder.payload.create({
        collection: 'articles',
        data,
        draft: !published,
        context: SYSTEM_WRITE,
      }),
    )
  }
}

export async function seedDocuments(seeder: Seeder): Promise<void> {
  for (const doc of OFFICIAL_TEXTS) {
    await ensure(seeder, 'documents', { number: { equals: doc.number } }, async () => {
      const pdf = await renderOfficialPdf(doc)
      const file = await seeder.payload.create({
        collection: 'document-files',
        data: {},
        file: {
          data: pdf,
          mimetype: 'application/pdf',
          name: `${slugify(`${doc.docType} ${doc.number}`) || 'van-ban'}.pdf`,
          size: pdf.length,
        },
      })
      seeder.changes++
      return seeder.payload.create({
        collection: 'documents',
        data: {
          number: doc.number,
          docType: DOC_TYPE_BY_LABEL[doc.docType],
          title: doc.title,
          issuer: doc.issuer,
          issuedAt: dayOnly(doc.issuedAt),
          effectiveAt: dayOnly(doc.issuedAt),
          summary: doc.summary,
          file: file.id,
        },
      })
    })
  }
}
