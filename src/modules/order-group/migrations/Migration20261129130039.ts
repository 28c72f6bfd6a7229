import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129130039 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "browser_payment" drop constraint if exists "browser_payment_payment_id_unique";`);
    this.addSql(`create table if not exists "browser_payment" ("id" text not null, "payment_id" text not null, "customer_id" text not null, "amount" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "browser_payment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_browser_payment_deleted_at" ON "browser_payment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_browser_payment_payment_id_unique" ON "browser_payment" ("payment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_browser_payment_customer_id_created_at" ON "browser_payment" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "browser_payment" cascade;`);
  }

}
