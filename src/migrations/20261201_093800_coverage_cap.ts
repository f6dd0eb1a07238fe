import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Site settings → Thi đua: how many distinct appearances of one exemplar count in the score.
// Dated before the upload-usage migration, which reads the site settings through the current
// config and so needs this column in place; that one's snapshot carries the column too.

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`ALTER TABLE \`site_settings\` ADD \`scoring_coverage_cap_per_exemplar\` numeric DEFAULT 5 NOT NULL;`,
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(
    sql`ALTER TABLE \`site_settings\` DROP COLUMN \`scoring_coverage_cap_per_exemplar\`;`,
  )
}
