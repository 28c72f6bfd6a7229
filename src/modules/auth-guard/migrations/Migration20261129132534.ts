import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129132534 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "login_counter" drop constraint if exists "login_counter_key_unique";`);
    this.addSql(`create table if not exists "login_counter" ("id" text not null, "key" text not null, "attempts" integer not null, "window_started_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "login_counter_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_login_counter_key_unique" ON "login_counter" ("key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_login_counter_deleted_at" ON "login_counter" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`drop table if exists "login_failure" cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create table if not exists "login_failure" ("id" text not null, "key" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "login_failure_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_login_failure_deleted_at" ON "login_failure" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_LOGIN_FAILURE_KEY_CREATED_AT" ON "login_failure" ("key", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`drop table if exists "login_counter" cascade;`);
  }

}
