import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Units carry what they print at the head and foot of their own lists: parent body (cơ quan chủ
 * quản), place name and signer title (src/collections/units/heading.ts). Empty means the default
 * for the unit's kind, so existing rows need no backfill. SQLite only; MongoDB needs no migration.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`units\` ADD \`parent_body\` text;`)
  await db.run(sql`ALTER TABLE \`units\` ADD \`place_name\` text;`)
  await db.run(sql`ALTER TABLE \`units\` ADD \`signer_title\` text;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`units\` DROP COLUMN \`parent_body\`;`)
  await db.run(sql`ALTER TABLE \`units\` DROP COLUMN \`place_name\`;`)
  await db.run(sql`ALTER TABLE \`units\` DROP COLUMN \`signer_title\`;`)
}
