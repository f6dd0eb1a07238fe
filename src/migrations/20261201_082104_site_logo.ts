import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// The portal's logo in site settings. (The generator also proposed dropping
// users.reset_password_requested_at, unused since forgotPassword.minRequestInterval is 0; that
// column is left alone here: dropping it is no part of this change.)

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`logo_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`site_settings_logo_idx\` ON \`site_settings\` (\`logo_id\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`portal_name\` text DEFAULT 'Trang thông tin điện tử huyện Lộc Bình' NOT NULL,
  	\`authority_name\` text,
  	\`parent_body\` text,
  	\`compiling_office\` text,
  	\`address\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`responsible_person\` text,
  	\`licence\` text,
  	\`introduction\` text,
  	\`place_name\` text,
  	\`issuing_unit_code\` text,
  	\`signer_authority\` text,
  	\`signer_title\` text,
  	\`signer_name\` text,
  	\`provincial_board\` text,
  	\`deadline_day\` numeric DEFAULT 5 NOT NULL,
  	\`scoring_per_published\` numeric DEFAULT 2 NOT NULL,
  	\`scoring_per_on_time_month\` numeric DEFAULT 1 NOT NULL,
  	\`scoring_per_proposal\` numeric DEFAULT 3 NOT NULL,
  	\`scoring_per_selected\` numeric DEFAULT 5 NOT NULL,
  	\`scoring_per_coverage\` numeric DEFAULT 1 NOT NULL,
  	\`scoring_missing_month_penalty\` numeric DEFAULT -2 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_site_settings\`("id", "portal_name", "authority_name", "parent_body", "compiling_office", "address", "phone", "email", "responsible_person", "licence", "introduction", "place_name", "issuing_unit_code", "signer_authority", "signer_title", "signer_name", "provincial_board", "deadline_day", "scoring_per_published", "scoring_per_on_time_month", "scoring_per_proposal", "scoring_per_selected", "scoring_per_coverage", "scoring_missing_month_penalty", "updated_at", "created_at") SELECT "id", "portal_name", "authority_name", "parent_body", "compiling_office", "address", "phone", "email", "responsible_person", "licence", "introduction", "place_name", "issuing_unit_code", "signer_authority", "signer_title", "signer_name", "provincial_board", "deadline_day", "scoring_per_published", "scoring_per_on_time_month", "scoring_per_proposal", "scoring_per_selected", "scoring_per_coverage", "scoring_missing_month_penalty", "updated_at", "created_at" FROM \`site_settings\`;`,
  )
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}
