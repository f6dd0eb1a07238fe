import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

import { visibleToPublicSql } from '../workflow/visibility'
import { up as restoreTrigramIndex } from './20261128_041500_search_index'

/**
 * One full-text table per searched collection (`exemplars_search`, `articles_search`), holding
 * only what a visitor may read: triggers copy a document in while it is visible (SPEC §3, the
 * one rule in src/workflow/visibility.ts) and take it out when it stops being so. A page of
 * search results is then one query on these tables, with no join back to the documents.
 *
 * Columns: the title and body a result shows, in their own spelling, so FTS5 can rank and mark
 * them; the folded `search_text` that decides what matches; the slug and the sort key (newest
 * first). The trigram tokenizer folds case and tone marks itself; `đ` is the one letter it keeps,
 * which the query spells both ways (src/portal/search.ts). Every column starts with a space, so a
 * two-letter word is a three-character token at the start of a word.
 *
 * Replaces the trigram index over `search_text` alone (20261128_041500_search_index).
 */
export type Source = {
  title: (row: string) => string
  body: (row: string) => string
  sortKey: (row: string) => string
  /** The columns a change of which changes the entry. */
  watched: string[]
}

export const SOURCES: Record<'exemplars' | 'articles', Source> = {
  exemplars: {
    title: (row) => `coalesce(${row}.name, '')`,
    body: (row) =>
      `trim(coalesce(${row}.position, '') || ' — ' || coalesce(${row}.summary, ''), ' —')`,
    sortKey: (row) => `coalesce(${row}.period, '')`,
    watched: ['name', 'position', 'summary', 'search_text', 'slug', 'period'],
  },
  articles: {
    title: (row) => `coalesce(${row}.title, '')`,
    body: (row) => `coalesce(${row}.excerpt, '')`,
    sortKey: (row) => `coalesce(${row}.published_at, '')`,
    watched: ['title', 'excerpt', 'search_text', 'slug', 'published_at'],
  },
}

export const VISIBILITY = ['_status', 'deleted_at']

function entry(source: Source, row: string): string {
  return [
    `${row}.id`,
    `' ' || ${source.title(row)}`,
    `' ' || ${source.body(row)}`,
    `' ' || coalesce(${row}.search_text, '')`,
    `${row}.slug`,
    source.sortKey(row),
  ].join(', ')
}

const COLUMNS = 'rowid, title, body, text, slug, sort_key'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const [table, source] of Object.entries(SOURCES)) {
    const old = `${table}_fts`
    for (const trigger of ['insert', 'delete', 'update'])
      await db.run(sql.raw(`DROP TRIGGER IF EXISTS \`${old}_${trigger}\`;`))
    await db.run(sql.raw(`DROP TABLE IF EXISTS \`${old}\`;`))

    const fts = `${table}_search`
    await db.run(
      sql.raw(
        `CREATE VIRTUAL TABLE \`${fts}\` USING fts5(title, body, text, slug UNINDEXED, sort_key UNINDEXED, tokenize = 'trigram remove_diacritics 1');`,
      ),
    )
    await db.run(
      sql.raw(
        `CREATE TRIGGER \`${fts}_insert\` AFTER INSERT ON \`${table}\` WHEN ${visibleToPublicSql('new')} BEGIN INSERT INTO \`${fts}\`(${COLUMNS}) VALUES (${entry(source, 'new')}); END;`,
      ),
    )
    await db.run(
      sql.raw(
        `CREATE TRIGGER \`${fts}_delete\` AFTER DELETE ON \`${table}\` BEGIN DELETE FROM \`${fts}\` WHERE rowid = old.id; END;`,
      ),
    )
    const watched = [...source.watched, ...VISIBILITY].map((column) => `\`${column}\``).join(', ')
    await db.run(
      sql.raw(
        `CREATE TRIGGER \`${fts}_update\` AFTER UPDATE OF ${watched} ON \`${table}\` BEGIN DELETE FROM \`${fts}\` WHERE rowid = old.id; INSERT INTO \`${fts}\`(${COLUMNS}) SELECT ${entry(source, 'new')} WHERE ${visibleToPublicSql('new')}; END;`,
      ),
    )
    await db.run(
      sql.raw(
        `INSERT INTO \`${fts}\`(${COLUMNS}) SELECT ${entry(source, 'doc')} FROM \`${table}\` AS doc WHERE ${visibleToPublicSql('doc')};`,
      ),
    )
  }
}

export async function down(args: MigrateDownArgs): Promise<void> {
  for (const table of Object.keys(SOURCES)) {
    const fts = `${table}_search`
    for (const trigger of ['insert', 'delete', 'update'])
      await args.db.run(sql.raw(`DROP TRIGGER IF EXISTS \`${fts}_${trigger}\`;`))
    await args.db.run(sql.raw(`DROP TABLE IF EXISTS \`${fts}\`;`))
  }
  await restoreTrigramIndex(args)
}
