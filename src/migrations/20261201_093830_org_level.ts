import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// The authority's level and the level it proposes to, so that labels, notifications and exports
// read "tỉnh", "Trung ương" or "xã" from data. Existing rows take the demo's district defaults,
// which are what the code printed before.

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`level\` text DEFAULT 'huyện';`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`upper_level\` text DEFAULT 'tỉnh';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`level\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`upper_level\`;`)
}
