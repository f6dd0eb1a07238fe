import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`prefix\` text DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`document_files\` ADD \`prefix\` text DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`document_files\` ADD \`_objectkey\` text;`)
  await db.run(sql`CREATE INDEX \`_status_period_idx\` ON \`exemplars\` (\`_status\`,\`period\`);`)
  await db.run(sql`CREATE INDEX \`unit_period_idx\` ON \`exemplars\` (\`unit_id\`,\`period\`);`)
  await db.run(
    sql`CREATE INDEX \`version__status_version_period_idx\` ON \`_exemplars_v\` (\`version__status\`,\`version_period\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version_unit_version_period_idx\` ON \`_exemplars_v\` (\`version_unit_id\`,\`version_period\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_status_publishedAt_idx\` ON \`articles\` (\`_status\`,\`published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version__status_version_publishedAt_idx\` ON \`_articles_v\` (\`version__status\`,\`version_published_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`units_valid_from_idx\` ON \`units\` (\`valid_from\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_status_period_idx\`;`)
  await db.run(sql`DROP INDEX \`unit_period_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_period_idx\`;`)
  await db.run(sql`DROP INDEX \`version_unit_version_period_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_publishedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_publishedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`units_valid_from_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`document_files\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`document_files\` DROP COLUMN \`_objectkey\`;`)
}
