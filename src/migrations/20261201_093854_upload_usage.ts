import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { rebuildUsage } from '../workflow/plugin'

/**
 * Uploads (images, document files) carry which documents use them, so that a visitor reads only
 * those published content uses and a unit cannot replace those its submitted or published
 * documents use (src/workflow/uploads.ts). Last of the Dec 2026 migrations: the usage is rebuilt
 * by reading every document through the current config, which needs every column in place.
 * The units and site-settings columns of the branches merged beside it are in their own
 * migrations; this one's snapshot is the merged schema.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`public\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`public_use\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`frozen_use\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`usage\` text;`)
  await db.run(sql`CREATE INDEX \`media_public_idx\` ON \`media\` (\`public\`);`)
  await db.run(sql`CREATE INDEX \`media_public_use_idx\` ON \`media\` (\`public_use\`);`)
  await db.run(sql`CREATE INDEX \`media_frozen_use_idx\` ON \`media\` (\`frozen_use\`);`)
  await db.run(sql`ALTER TABLE \`document_files\` ADD \`public\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`document_files\` ADD \`public_use\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`document_files\` ADD \`frozen_use\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`document_files\` ADD \`usage\` text;`)
  await db.run(sql`CREATE INDEX \`document_files_public_idx\` ON \`document_files\` (\`public\`);`)
  await db.run(
    sql`CREATE INDEX \`document_files_public_use_idx\` ON \`document_files\` (\`public_use\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`document_files_frozen_use_idx\` ON \`document_files\` (\`frozen_use\`);`,
  )
  await rebuildUsage(payload, req)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`media_public_idx\`;`)
  await db.run(sql`DROP INDEX \`media_public_use_idx\`;`)
  await db.run(sql`DROP INDEX \`media_frozen_use_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`public\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`public_use\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`frozen_use\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`usage\`;`)
  await db.run(sql`DROP INDEX \`document_files_public_idx\`;`)
  await db.run(sql`DROP INDEX \`document_files_public_use_idx\`;`)
  await db.run(sql`DROP INDEX \`document_files_frozen_use_idx\`;`)
  await db.run(sql`ALTER TABLE \`document_files\` DROP COLUMN \`public\`;`)
  await db.run(sql`ALTER TABLE \`document_files\` DROP COLUMN \`public_use\`;`)
  await db.run(sql`ALTER TABLE \`document_files\` DROP COLUMN \`frozen_use\`;`)
  await db.run(sql`ALTER TABLE \`document_files\` DROP COLUMN \`usage\`;`)
}
