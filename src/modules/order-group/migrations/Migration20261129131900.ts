import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129131900 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "payment_compensation" ("id" text not null, "action" text not null, "reference" text not null, "merchant_uid" text null, "status" text check ("status" in ('failed', 'done')) not null default 'failed', "attempts" integer not null default 0, "last_error" text null, "history" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payment_compensation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payment_compensation_deleted_at" ON "payment_compensation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payment_compensation_status_created_at" ON "payment_compensation" ("status", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payment_compensation" cascade;`);
  }

}
