import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`exemplars_awards\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`decision_no\` text,
  	\`year\` numeric,
  	\`issuer\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`exemplars_awards_order_idx\` ON \`exemplars_awards\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`exemplars_awards_parent_id_idx\` ON \`exemplars_awards\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`exemplars_coverage\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`outlet\` text,
  	\`url\` text,
  	\`date\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`exemplars_coverage_order_idx\` ON \`exemplars_coverage\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`exemplars_coverage_parent_id_idx\` ON \`exemplars_coverage\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`exemplars_review_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`note\` text,
  	\`author_id\` integer,
  	\`at\` text,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`exemplars_review_notes_order_idx\` ON \`exemplars_review_notes\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`exemplars_review_notes_parent_id_idx\` ON \`exemplars_review_notes\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`exemplars_review_notes_author_idx\` ON \`exemplars_review_notes\` (\`author_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`exemplars\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`category\` text,
  	\`sector\` text,
  	\`name\` text,
  	\`birth_year\` numeric,
  	\`gender\` text,
  	\`ethnicity\` text,
  	\`position\` text,
  	\`movement_id\` integer,
  	\`summary\` text,
  	\`story\` text,
  	\`portrait_id\` integer,
  	\`contact_phone\` text,
  	\`address\` text,
  	\`consent\` integer DEFAULT false,
  	\`slug\` text,
  	\`unit_id\` integer,
  	\`period\` text,
  	\`review_state\` text DEFAULT 'draft',
  	\`submitted_at\` text,
  	\`created_by_id\` integer,
  	\`provincial_status\` text DEFAULT 'none',
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`movement_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`portrait_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`exemplars_kind_idx\` ON \`exemplars\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_category_idx\` ON \`exemplars\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_sector_idx\` ON \`exemplars\` (\`sector\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_movement_idx\` ON \`exemplars\` (\`movement_id\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_portrait_idx\` ON \`exemplars\` (\`portrait_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`exemplars_slug_idx\` ON \`exemplars\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_unit_idx\` ON \`exemplars\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_period_idx\` ON \`exemplars\` (\`period\`);`)
  await db.run(
    sql`CREATE INDEX \`exemplars_review_state_idx\` ON \`exemplars\` (\`review_state\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`exemplars_submitted_at_idx\` ON \`exemplars\` (\`submitted_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`exemplars_created_by_idx\` ON \`exemplars\` (\`created_by_id\`);`)
  await db.run(
    sql`CREATE INDEX \`exemplars_provincial_status_idx\` ON \`exemplars\` (\`provincial_status\`);`,
  )
  await db.run(sql`CREATE INDEX \`exemplars_search_text_idx\` ON \`exemplars\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_updated_at_idx\` ON \`exemplars\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_created_at_idx\` ON \`exemplars\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`exemplars__status_idx\` ON \`exemplars\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`exemplars_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`exemplars_rels_order_idx\` ON \`exemplars_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`exemplars_rels_parent_idx\` ON \`exemplars_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`exemplars_rels_path_idx\` ON \`exemplars_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`exemplars_rels_media_id_idx\` ON \`exemplars_rels\` (\`media_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_exemplars_v_version_awards\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`decision_no\` text,
  	\`year\` numeric,
  	\`issuer\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_exemplars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_exemplars_v_version_awards_order_idx\` ON \`_exemplars_v_version_awards\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_exemplars_v_version_awards_parent_id_idx\` ON \`_exemplars_v_version_awards\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_exemplars_v_version_coverage\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`outlet\` text,
  	\`url\` text,
  	\`date\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_exemplars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_exemplars_v_version_coverage_order_idx\` ON \`_exemplars_v_version_coverage\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_exemplars_v_version_coverage_parent_id_idx\` ON \`_exemplars_v_version_coverage\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_exemplars_v_version_review_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`note\` text,
  	\`author_id\` integer,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_exemplars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_exemplars_v_version_review_notes_order_idx\` ON \`_exemplars_v_version_review_notes\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_exemplars_v_version_review_notes_parent_id_idx\` ON \`_exemplars_v_version_review_notes\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_exemplars_v_version_review_notes_author_idx\` ON \`_exemplars_v_version_review_notes\` (\`author_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_exemplars_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text,
  	\`version_category\` text,
  	\`version_sector\` text,
  	\`version_name\` text,
  	\`version_birth_year\` numeric,
  	\`version_gender\` text,
  	\`version_ethnicity\` text,
  	\`version_position\` text,
  	\`version_movement_id\` integer,
  	\`version_summary\` text,
  	\`version_story\` text,
  	\`version_portrait_id\` integer,
  	\`version_contact_phone\` text,
  	\`version_address\` text,
  	\`version_consent\` integer DEFAULT false,
  	\`version_slug\` text,
  	\`version_unit_id\` integer,
  	\`version_period\` text,
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_submitted_at\` text,
  	\`version_created_by_id\` integer,
  	\`version_provincial_status\` text DEFAULT 'none',
  	\`version_search_text\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_movement_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_portrait_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_exemplars_v_parent_idx\` ON \`_exemplars_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_exemplars_v_version_version_kind_idx\` ON \`_exemplars_v\` (\`version_kind\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_exemplars_v_version_version_category_idx\` ON \`_exemplars_v\` (\`version_category\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_exemplars_v_version_version_sector_idx\` ON \`_exemplars_v\` (\`version_sector\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_exemplars_v_version_version_movement_idx\` ON \`_exemplars_v\` (\`version_movement_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_exemplars_v_version_version_portrait_idx\` ON \`_exemplars_v\` (\`version_portrait_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_exemplars_v_version_version_slug_idx\` ON \`_exemplars_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_exemplars_v_version_version_unit_idx\` ON \`_exemplars_v\` (\`version_unit_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_exemplars_v_version_version_period_idx\` ON \`_exemplars_v\` (\`version_period\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_exemplars_v_version_version_review_state_idx\` ON \`_exemplars_v\` (\`version_review_state\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_exemplars_v_version_version_submitted_at_idx\` ON \`_exemplars_v\` (\`version_submitted_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_exemplars_v_version_version_created_by_idx\` ON \`_exemplars_v\` (\`version_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_exemplars_v_version_version_provincial_status_idx\` ON \`_exemplars_v\` (\`version_provincial_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_exemplars_v_version_version_search_text_idx\` ON \`_exemplars_v\` (\`version_search_text\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_exemplars_v_version_version_updated_at_idx\` ON \`_exemplars_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_exemplars_v_version_version_created_at_idx\` ON \`_exemplars_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_exemplars_v_version_version__status_idx\` ON \`_exemplars_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_exemplars_v_created_at_idx\` ON \`_exemplars_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_exemplars_v_updated_at_idx\` ON \`_exemplars_v\` (\`updated_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_exemplars_v_latest_idx\` ON \`_exemplars_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_exemplars_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_exemplars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_exemplars_v_rels_order_idx\` ON \`_exemplars_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_exemplars_v_rels_parent_idx\` ON \`_exemplars_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_exemplars_v_rels_path_idx\` ON \`_exemplars_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_exemplars_v_rels_media_id_idx\` ON \`_exemplars_v_rels\` (\`media_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`articles_review_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`note\` text,
  	\`author_id\` integer,
  	\`at\` text,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`articles_review_notes_order_idx\` ON \`articles_review_notes\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`articles_review_notes_parent_id_idx\` ON \`articles_review_notes\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`articles_review_notes_author_idx\` ON \`articles_review_notes\` (\`author_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`excerpt\` text,
  	\`cover_id\` integer,
  	\`content\` text,
  	\`slug\` text,
  	\`unit_id\` integer,
  	\`movement_id\` integer,
  	\`byline\` text,
  	\`published_at\` text,
  	\`review_state\` text DEFAULT 'draft',
  	\`submitted_at\` text,
  	\`created_by_id\` integer,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`movement_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_cover_idx\` ON \`articles\` (\`cover_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_unit_idx\` ON \`articles\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_movement_idx\` ON \`articles\` (\`movement_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_state_idx\` ON \`articles\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`articles_submitted_at_idx\` ON \`articles\` (\`submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_by_idx\` ON \`articles\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_search_text_idx\` ON \`articles\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`exemplars_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exemplars_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`articles_rels_exemplars_id_idx\` ON \`articles_rels\` (\`exemplars_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_articles_v_version_review_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`note\` text,
  	\`author_id\` integer,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_review_notes_order_idx\` ON \`_articles_v_version_review_notes\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_review_notes_parent_id_idx\` ON \`_articles_v_version_review_notes\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_review_notes_author_idx\` ON \`_articles_v_version_review_notes\` (\`author_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_excerpt\` text,
  	\`version_cover_id\` integer,
  	\`version_content\` text,
  	\`version_slug\` text,
  	\`version_unit_id\` integer,
  	\`version_movement_id\` integer,
  	\`version_byline\` text,
  	\`version_published_at\` text,
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_submitted_at\` text,
  	\`version_created_by_id\` integer,
  	\`version_search_text\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_movement_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_cover_idx\` ON \`_articles_v\` (\`version_cover_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_unit_idx\` ON \`_articles_v\` (\`version_unit_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_movement_idx\` ON \`_articles_v\` (\`version_movement_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_review_state_idx\` ON \`_articles_v\` (\`version_review_state\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_submitted_at_idx\` ON \`_articles_v\` (\`version_submitted_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_created_by_idx\` ON \`_articles_v\` (\`version_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_search_text_idx\` ON \`_articles_v\` (\`version_search_text\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`exemplars_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exemplars_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_articles_v_rels_exemplars_id_idx\` ON \`_articles_v_rels\` (\`exemplars_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`credit\` text,
  	\`unit_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text,
  	\`sizes_og_url\` text,
  	\`sizes_og_width\` numeric,
  	\`sizes_og_height\` numeric,
  	\`sizes_og_mime_type\` text,
  	\`sizes_og_filesize\` numeric,
  	\`sizes_og_filename\` text,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_unit_idx\` ON \`media\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(
    sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_og_sizes_og_filename_idx\` ON \`media\` (\`sizes_og_filename\`);`,
  )
  await db.run(sql`CREATE TABLE \`documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` text NOT NULL,
  	\`doc_type\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`issuer\` text NOT NULL,
  	\`issued_at\` text,
  	\`effective_at\` text,
  	\`summary\` text,
  	\`file_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`document_files\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`documents_number_idx\` ON \`documents\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`documents_doc_type_idx\` ON \`documents\` (\`doc_type\`);`)
  await db.run(sql`CREATE INDEX \`documents_issued_at_idx\` ON \`documents\` (\`issued_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_file_idx\` ON \`documents\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_updated_at_idx\` ON \`documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_created_at_idx\` ON \`documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`document_files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(
    sql`CREATE INDEX \`document_files_updated_at_idx\` ON \`document_files\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`document_files_created_at_idx\` ON \`document_files\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`document_files_filename_idx\` ON \`document_files\` (\`filename\`);`,
  )
  await db.run(sql`CREATE TABLE \`units\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'agency' NOT NULL,
  	\`cluster_id\` integer,
  	\`valid_from\` text,
  	\`valid_to\` text,
  	\`successor_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`cluster_id\`) REFERENCES \`clusters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`successor_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`units_slug_idx\` ON \`units\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`units_kind_idx\` ON \`units\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`units_cluster_idx\` ON \`units\` (\`cluster_id\`);`)
  await db.run(sql`CREATE INDEX \`units_valid_to_idx\` ON \`units\` (\`valid_to\`);`)
  await db.run(sql`CREATE INDEX \`units_successor_idx\` ON \`units\` (\`successor_id\`);`)
  await db.run(sql`CREATE INDEX \`units_updated_at_idx\` ON \`units\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`units_created_at_idx\` ON \`units\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`clusters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`clusters_slug_idx\` ON \`clusters\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`clusters_updated_at_idx\` ON \`clusters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`clusters_created_at_idx\` ON \`clusters\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`movements\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`description\` text,
  	\`start_year\` numeric,
  	\`end_year\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`movements_slug_idx\` ON \`movements\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`movements_updated_at_idx\` ON \`movements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`movements_created_at_idx\` ON \`movements\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`full_name\` text NOT NULL,
  	\`role\` text DEFAULT 'contributor' NOT NULL,
  	\`unit_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_role_idx\` ON \`users\` (\`role\`);`)
  await db.run(sql`CREATE INDEX \`users_unit_idx\` ON \`users\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`actor_id\` integer,
  	\`action\` text NOT NULL,
  	\`target_collection\` text,
  	\`doc_id\` text,
  	\`summary\` text,
  	\`from\` text,
  	\`to\` text,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_at_idx\` ON \`audit_log\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_actor_idx\` ON \`audit_log\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(
    sql`CREATE INDEX \`audit_log_target_collection_idx\` ON \`audit_log\` (\`target_collection\`);`,
  )
  await db.run(sql`CREATE INDEX \`audit_log_doc_id_idx\` ON \`audit_log\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`exemplars_id\` integer,
  	\`articles_id\` integer,
  	\`media_id\` integer,
  	\`documents_id\` integer,
  	\`document_files_id\` integer,
  	\`units_id\` integer,
  	\`clusters_id\` integer,
  	\`movements_id\` integer,
  	\`users_id\` integer,
  	\`audit_log_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exemplars_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`document_files_id\`) REFERENCES \`document_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`clusters_id\`) REFERENCES \`clusters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`movements_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_exemplars_id_idx\` ON \`payload_locked_documents_rels\` (\`exemplars_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_document_files_id_idx\` ON \`payload_locked_documents_rels\` (\`document_files_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_clusters_id_idx\` ON \`payload_locked_documents_rels\` (\`clusters_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_movements_id_idx\` ON \`payload_locked_documents_rels\` (\`movements_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`site_settings_slogans\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`site_settings_slogans_order_idx\` ON \`site_settings_slogans\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`site_settings_slogans_parent_id_idx\` ON \`site_settings_slogans\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`site_settings_media_outlets\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`site_settings_media_outlets_order_idx\` ON \`site_settings_media_outlets\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`site_settings_media_outlets_parent_id_idx\` ON \`site_settings_media_outlets\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`site_settings\` (
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
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`exemplars_awards\`;`)
  await db.run(sql`DROP TABLE \`exemplars_coverage\`;`)
  await db.run(sql`DROP TABLE \`exemplars_review_notes\`;`)
  await db.run(sql`DROP TABLE \`exemplars\`;`)
  await db.run(sql`DROP TABLE \`exemplars_rels\`;`)
  await db.run(sql`DROP TABLE \`_exemplars_v_version_awards\`;`)
  await db.run(sql`DROP TABLE \`_exemplars_v_version_coverage\`;`)
  await db.run(sql`DROP TABLE \`_exemplars_v_version_review_notes\`;`)
  await db.run(sql`DROP TABLE \`_exemplars_v\`;`)
  await db.run(sql`DROP TABLE \`_exemplars_v_rels\`;`)
  await db.run(sql`DROP TABLE \`articles_review_notes\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_review_notes\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`documents\`;`)
  await db.run(sql`DROP TABLE \`document_files\`;`)
  await db.run(sql`DROP TABLE \`units\`;`)
  await db.run(sql`DROP TABLE \`clusters\`;`)
  await db.run(sql`DROP TABLE \`movements\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_settings_slogans\`;`)
  await db.run(sql`DROP TABLE \`site_settings_media_outlets\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
}
