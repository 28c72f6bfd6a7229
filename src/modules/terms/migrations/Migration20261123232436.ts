import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123232436 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "term" ("id" text not null, "code" text not null, "version" integer not null, "title" text not null, "content" text not null, "audience" text check ("audience" in ('customer', 'seller', 'all')) not null, "kind" text check ("kind" in ('agreement', 'policy')) not null default 'agreement', "required" boolean not null default false, "effective_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "term_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_term_deleted_at" ON "term" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_TERM_CODE_VERSION_UNIQUE" ON "term" ("code", "version") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_TERM_AUDIENCE_KIND" ON "term" ("audience", "kind") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "term_consent" ("id" text not null, "term_id" text not null, "term_code" text not null, "term_version" integer not null, "actor_type" text check ("actor_type" in ('customer', 'seller')) not null, "actor_id" text not null, "agreed" boolean not null, "decided_at" timestamptz not null, "withdrawn_at" timestamptz null, "ip" text null, "user_agent" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "term_consent_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_term_consent_term_id" ON "term_consent" ("term_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_term_consent_deleted_at" ON "term_consent" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_TERM_CONSENT_ACTOR_CODE" ON "term_consent" ("actor_type", "actor_id", "term_code", "decided_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_TERM_CONSENT_TERM_AGREED" ON "term_consent" ("term_id", "agreed") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "term_consent" add constraint "term_consent_term_id_foreign" foreign key ("term_id") references "term" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "term_consent" drop constraint if exists "term_consent_term_id_foreign";`);

    this.addSql(`drop table if exists "term" cascade;`);

    this.addSql(`drop table if exists "term_consent" cascade;`);
  }

}
