import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`exemplars\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`exemplars_deleted_at_idx\` ON \`exemplars\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` ADD \`version_deleted_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`_exemplars_v_version_version_deleted_at_idx\` ON \`_exemplars_v\` (\`version_deleted_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`articles\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`articles_deleted_at_idx\` ON \`articles\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_deleted_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_deleted_at_idx\` ON \`_articles_v\` (\`version_deleted_at\`);`,
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`exemplars_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`exemplars\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_exemplars_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`DROP INDEX \`articles_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_deleted_at\`;`)
}
