import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124020152 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "order_delivery" drop constraint if exists "order_delivery_order_id_unique";`);
    this.addSql(`alter table if exists "order_group" drop constraint if exists "order_group_merchant_uid_unique";`);
    this.addSql(`alter table if exists "order_group" drop constraint if exists "order_group_customer_id_idempotency_key_unique";`);
    this.addSql(`create table if not exists "order_group" ("id" text not null, "customer_id" text not null, "idempotency_key" text not null, "request_hash" text not null, "status" text check ("status" in ('pending', 'placed')) not null default 'pending', "merchant_uid" text null, "payment_flow" text null, "items_total" integer not null default 0, "delivery_total" integer not null default 0, "total" integer not null default 0, "cancelled_amount" integer not null default 0, "receiver" jsonb not null, "placed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_group_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_group_deleted_at" ON "order_group" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_group_customer_id_idempotency_key_unique" ON "order_group" ("customer_id", "idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_group_merchant_uid_unique" ON "order_group" ("merchant_uid") WHERE merchant_uid IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "order_delivery" ("id" text not null, "order_id" text not null, "customer_id" text not null, "seller_id" text not null, "state" text check ("state" in ('payment_completed', 'preparing', 'ready', 'shipping', 'delivered', 'cancelled', 'payment_cancelled', 'seller_cancelled')) not null default 'payment_completed', "delivery_fee" integer not null default 0, "island_surcharge" integer not null default 0, "courier" text null, "tracking_number" text null, "fulfillment_id" text null, "shipped_at" timestamptz null, "delivered_at" timestamptz null, "cancelled_at" timestamptz null, "hidden_at" timestamptz null, "group_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_delivery_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_delivery_group_id" ON "order_delivery" ("group_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_delivery_deleted_at" ON "order_delivery" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_delivery_order_id_unique" ON "order_delivery" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_delivery_customer_id_created_at" ON "order_delivery" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_delivery_seller_id_state_created_at" ON "order_delivery" ("seller_id", "state", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "order_delivery_event" ("id" text not null, "from_state" text check ("from_state" in ('payment_completed', 'preparing', 'ready', 'shipping', 'delivered', 'cancelled', 'payment_cancelled', 'seller_cancelled')) null, "to_state" text check ("to_state" in ('payment_completed', 'preparing', 'ready', 'shipping', 'delivered', 'cancelled', 'payment_cancelled', 'seller_cancelled')) not null, "actor_type" text check ("actor_type" in ('customer', 'seller', 'admin', 'system')) not null, "actor_id" text null, "reason" text null, "delivery_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_delivery_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_delivery_event_delivery_id" ON "order_delivery_event" ("delivery_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_delivery_event_deleted_at" ON "order_delivery_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "order_delivery" add constraint "order_delivery_group_id_foreign" foreign key ("group_id") references "order_group" ("id") on update cascade;`);

    this.addSql(`alter table if exists "order_delivery_event" add constraint "order_delivery_event_delivery_id_foreign" foreign key ("delivery_id") references "order_delivery" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "order_delivery" drop constraint if exists "order_delivery_group_id_foreign";`);

    this.addSql(`alter table if exists "order_delivery_event" drop constraint if exists "order_delivery_event_delivery_id_foreign";`);

    this.addSql(`drop table if exists "order_group" cascade;`);

    this.addSql(`drop table if exists "order_delivery" cascade;`);

    this.addSql(`drop table if exists "order_delivery_event" cascade;`);
  }

}
