import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129132846 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "order_group" drop constraint if exists "order_group_status_check";`);

    this.addSql(`alter table if exists "order_group" add column if not exists "failure_reason" text null, add column if not exists "failed_at" timestamptz null;`);
    this.addSql(`alter table if exists "order_group" add constraint "order_group_status_check" check("status" in ('pending', 'placed', 'failed'));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_group_status_created_at" ON "order_group" ("status", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "order_group" drop constraint if exists "order_group_status_check";`);

    this.addSql(`drop index if exists "IDX_order_group_status_created_at";`);
    this.addSql(`alter table if exists "order_group" drop column if exists "failure_reason", drop column if exists "failed_at";`);

    this.addSql(`alter table if exists "order_group" add constraint "order_group_status_check" check("status" in ('pending', 'placed'));`);
  }

}
