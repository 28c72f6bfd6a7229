import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124005013 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "token_cutoff" drop constraint if exists "token_cutoff_actor_type_actor_id_unique";`);
    this.addSql(`create table if not exists "token_cutoff" ("id" text not null, "actor_type" text not null, "actor_id" text not null, "not_before" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "token_cutoff_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_token_cutoff_deleted_at" ON "token_cutoff" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_token_cutoff_actor_type_actor_id_unique" ON "token_cutoff" ("actor_type", "actor_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "token_cutoff" cascade;`);
  }

}
