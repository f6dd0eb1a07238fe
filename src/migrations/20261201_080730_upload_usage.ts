import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { rebuildUsage } from '../workflow/plugin'

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
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`reset_password_requested_at\`;`)
  // Who may read or replace an upload follows from the documents using it: fill it in once.
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
  await db.run(sql`ALTER TABLE \`users\` ADD \`reset_password_requested_at\` text;`)
}
