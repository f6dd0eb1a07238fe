import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

import { visibleToPublicSql } from '../workflow/visibility'
import { SOURCES, VISIBILITY } from './20261201_093000_search_entries'

/**
 * A third search table per collection, `<collection>_search_titles`: the title alone. Ranking's
 * first tier asks which documents hold every word of the query in their title. Asked of
 * `<collection>_search` with a `{title}` column filter, FTS5 still walks each trigram's
 * positions in the body too; at 10,000 exemplars that lookup took 0.5–1.1 ms, and 0.12–0.38 ms
 * on a table of titles.
 *
 * Like the other two, it holds only what a visitor may read (SPEC §3, the one rule in
 * src/workflow/visibility.ts), kept by its own triggers beside theirs, with the document's id as
 * its rowid and the title after a space, so a two-letter word is matched at a word's start.
 */
const titles = (table: string) => `${table}_search_titles`
const TRIGGERS = ['insert', 'delete', 'update'] as const

async function drop({ db }: Pick<MigrateUpArgs, 'db'>, table: string) {
  for (const trigger of TRIGGERS)
    await db.run(sql.raw(`DROP TRIGGER IF EXISTS \`${titles(table)}_${trigger}\`;`))
  await db.run(sql.raw(`DROP TABLE IF EXISTS \`${titles(table)}\`;`))
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const [table, source] of Object.entries(SOURCES)) {
    await drop({ db }, table)
    const fts = titles(table)
    const tokenizer = `tokenize = 'trigram remove_diacritics 1'`
    await db.run(sql.raw(`CREATE VIRTUAL TABLE \`${fts}\` USING fts5(title, ${tokenizer});`))
    const insert = (row: string) =>
      `INSERT INTO \`${fts}\`(rowid, title) SELECT ${row}.id, ' ' || ${source.title(row)}` +
      ` WHERE ${visibleToPublicSql(row)};`
    const remove = (row: string) => `DELETE FROM \`${fts}\` WHERE rowid = ${row}.id;`
    const watched = [...source.watched, ...VISIBILITY].map((column) => `\`${column}\``).join(', ')
    await db.run(
      sql.raw(
        `CREATE TRIGGER \`${fts}_insert\` AFTER INSERT ON \`${table}\` BEGIN ${insert('new')} END;`,
      ),
    )
    await db.run(
      sql.raw(
        `CREATE TRIGGER \`${fts}_delete\` AFTER DELETE ON \`${table}\` BEGIN ${remove('old')} END;`,
      ),
    )
    await db.run(
      sql.raw(
        `CREATE TRIGGER \`${fts}_update\` AFTER UPDATE OF ${watched} ON \`${table}\`` +
          ` BEGIN ${remove('old')} ${insert('new')} END;`,
      ),
    )
    await db.run(
      sql.raw(
        `INSERT INTO \`${fts}\`(rowid, title) SELECT doc.id, ' ' || ${source.title('doc')}` +
          ` FROM \`${table}\` AS doc WHERE ${visibleToPublicSql('doc')};`,
      ),
    )
  }
}

export async function down(args: MigrateDownArgs): Promise<void> {
  for (const table of Object.keys(SOURCES)) await drop(args, table)
}
