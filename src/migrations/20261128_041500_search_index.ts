import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Full-text index (SQLite FTS5, trigram tokenizer) over the folded `search_text` of exemplars
 * and articles: substring search like `LIKE '%term%'`, without reading every row. Kept in step by
 * triggers, so every write path (Local API, REST, bulk loads) updates it. SQLite only: MongoDB
 * searches the same folded field through its own index (src/portal/search-index.ts decides).
 */
const TABLES = ['exemplars', 'articles'] as const

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const table of TABLES) {
    const fts = `${table}_fts`
    await db.run(
      sql.raw(
        `CREATE VIRTUAL TABLE IF NOT EXISTS \`${fts}\` USING fts5(search_text, content='${table}', content_rowid='id', tokenize='trigram');`,
      ),
    )
    await db.run(
      sql.raw(
        `CREATE TRIGGER IF NOT EXISTS \`${fts}_insert\` AFTER INSERT ON \`${table}\` BEGIN INSERT INTO \`${fts}\`(rowid, search_text) VALUES (new.id, new.search_text); END;`,
      ),
    )
    await db.run(
      sql.raw(
        `CREATE TRIGGER IF NOT EXISTS \`${fts}_delete\` AFTER DELETE ON \`${table}\` BEGIN INSERT INTO \`${fts}\`(\`${fts}\`, rowid, search_text) VALUES ('delete', old.id, old.search_text); END;`,
      ),
    )
    await db.run(
      sql.raw(
        `CREATE TRIGGER IF NOT EXISTS \`${fts}_update\` AFTER UPDATE OF search_text ON \`${table}\` BEGIN INSERT INTO \`${fts}\`(\`${fts}\`, rowid, search_text) VALUES ('delete', old.id, old.search_text); INSERT INTO \`${fts}\`(rowid, search_text) VALUES (new.id, new.search_text); END;`,
      ),
    )
    await db.run(sql.raw(`INSERT INTO \`${fts}\`(\`${fts}\`) VALUES ('rebuild');`))
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of TABLES) {
    const fts = `${table}_fts`
    for (const trigger of ['insert', 'delete', 'update']) {
      await db.run(sql.raw(`DROP TRIGGER IF EXISTS \`${fts}_${trigger}\`;`))
    }
    await db.run(sql.raw(`DROP TABLE IF EXISTS \`${fts}\`;`))
  }
}
