import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123231557 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "revoked_token" drop constraint if exists "revoked_token_token_hash_unique";`);
    this.addSql(`create table if not exists "login_failure" ("id" text not null, "key" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "login_failure_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_login_failure_deleted_at" ON "login_failure" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_LOGIN_FAILURE_KEY_CREATED_AT" ON "login_failure" ("key", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "revoked_token" ("id" text not null, "token_hash" text not null, "actor_type" text not null, "actor_id" text not null, "expires_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "revoked_token_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_revoked_token_token_hash_unique" ON "revoked_token" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_REVOKED_TOKEN_EXPIRES_AT" ON "revoked_token" ("expires_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_revoked_token_deleted_at" ON "revoked_token" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "login_failure" cascade;`);

    this.addSql(`drop table if exists "revoked_token" cascade;`);
  }

}
