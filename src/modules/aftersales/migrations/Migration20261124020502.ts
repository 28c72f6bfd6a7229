import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124020502 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "aftersales_request" ("id" text not null, "display_id" serial, "type" text check ("type" in ('return', 'exchange')) not null, "state" text check ("state" in ('requested', 'approved', 'rejected', 'pickup_scheduled', 'received', 'completed', 'cancelled')) not null default 'requested', "order_id" text not null, "customer_id" text not null, "seller_id" text not null, "reason" text check ("reason" in ('change_of_mind', 'defective', 'wrong_item', 'late_delivery', 'other')) not null, "comment" text null, "pickup_name" text not null, "pickup_phone" text null, "pickup_address" text not null, "pickup_postal_code" text null, "pickup_date" timestamptz null, "shipping_fee" integer not null default 0, "fee_payer" text check ("fee_payer" in ('customer', 'seller')) not null, "items_amount" integer not null default 0, "delivery_fee_refund" integer not null default 0, "refund_amount" integer not null default 0, "refund_id" text null, "refunded_at" timestamptz null, "return_id" text null, "exchange_id" text null, "fulfillment_id" text null, "courier" text null, "tracking_number" text null, "rejection_reason" text null, "inspection_note" text null, "last_error" text null, "last_error_at" timestamptz null, "approved_at" timestamptz null, "received_at" timestamptz null, "completed_at" timestamptz null, "cancelled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "aftersales_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aftersales_request_deleted_at" ON "aftersales_request" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aftersales_request_order_id" ON "aftersales_request" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aftersales_request_customer_id_type" ON "aftersales_request" ("customer_id", "type") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aftersales_request_seller_id_state" ON "aftersales_request" ("seller_id", "state") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aftersales_request_state" ON "aftersales_request" ("state") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "aftersales_request_event" ("id" text not null, "from_state" text check ("from_state" in ('requested', 'approved', 'rejected', 'pickup_scheduled', 'received', 'completed', 'cancelled')) null, "to_state" text check ("to_state" in ('requested', 'approved', 'rejected', 'pickup_scheduled', 'received', 'completed', 'cancelled')) not null, "actor_type" text check ("actor_type" in ('customer', 'seller', 'admin', 'system')) not null, "actor_id" text null, "note" text null, "request_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "aftersales_request_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aftersales_request_event_request_id" ON "aftersales_request_event" ("request_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aftersales_request_event_deleted_at" ON "aftersales_request_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "aftersales_request_item" ("id" text not null, "line_item_id" text not null, "variant_id" text null, "title" text not null, "quantity" integer not null, "unit_price" integer not null, "replacement_variant_id" text null, "replacement_title" text null, "request_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "aftersales_request_item_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aftersales_request_item_request_id" ON "aftersales_request_item" ("request_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aftersales_request_item_deleted_at" ON "aftersales_request_item" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aftersales_request_item_line_item_id" ON "aftersales_request_item" ("line_item_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "aftersales_request_event" add constraint "aftersales_request_event_request_id_foreign" foreign key ("request_id") references "aftersales_request" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "aftersales_request_item" add constraint "aftersales_request_item_request_id_foreign" foreign key ("request_id") references "aftersales_request" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "aftersales_request_event" drop constraint if exists "aftersales_request_event_request_id_foreign";`);

    this.addSql(`alter table if exists "aftersales_request_item" drop constraint if exists "aftersales_request_item_request_id_foreign";`);

    this.addSql(`drop table if exists "aftersales_request" cascade;`);

    this.addSql(`drop table if exists "aftersales_request_event" cascade;`);

    this.addSql(`drop table if exists "aftersales_request_item" cascade;`);
  }

}
