import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123232250 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "seller_return_policy" drop constraint if exists "seller_return_policy_seller_id_unique";`);
    this.addSql(`alter table if exists "seller_delivery_policy" drop constraint if exists "seller_delivery_policy_seller_id_unique";`);
    this.addSql(`alter table if exists "seller" drop constraint if exists "seller_business_registration_number_unique";`);
    this.addSql(`alter table if exists "seller" drop constraint if exists "seller_email_unique";`);
    this.addSql(`create table if not exists "seller" ("id" text not null, "email" text not null, "name" text not null, "representative_name" text not null, "phone_number" text not null, "business_type" text check ("business_type" in ('brand_owner', 'consignment', 'wholesale_purchase', 'overseas_direct')) not null, "business_registration_number" text not null, "status" text check ("status" in ('pending', 'active', 'suspended', 'closed')) not null default 'pending', "status_reason" text null, "approved_at" timestamptz null, "suspended_at" timestamptz null, "closed_at" timestamptz null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_deleted_at" ON "seller" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_email_unique" ON "seller" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_business_registration_number_unique" ON "seller" ("business_registration_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_status" ON "seller" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller_delivery_policy" ("id" text not null, "forwarding_place" text not null, "delivery_jeju_mountain" boolean not null default true, "jeju_mountain_extra_cost" integer not null default 0, "courier_company" text not null, "delivery_way" text check ("delivery_way" in ('standard', 'fresh', 'made_to_order', 'purchase_agency', 'installation_or_direct')) not null default 'standard', "delivery_cost" integer not null default 0, "free_delivery_threshold" integer null, "delivery_period" integer not null, "seller_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_delivery_policy_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_delivery_policy_seller_id_unique" ON "seller_delivery_policy" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_delivery_policy_deleted_at" ON "seller_delivery_policy" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller_product_detail" ("id" text not null, "item_label" text not null, "state" text check ("state" in ('on_sale', 'sold_out', 'stopped')) not null default 'on_sale', "sell_start_date" timestamptz null, "sell_end_date" timestamptz null, "parallel_import" boolean not null default false, "minor_purchasable" boolean not null default true, "max_order" integer null, "tax" text check ("tax" in ('taxable', 'tax_free')) not null default 'taxable', "material" text null, "color" text null, "size" text null, "maker" text null, "manufacturer_item_name" text null, "warning" text null, "quality_assurance" text null, "as_info" text not null, "detail_html" text null, "file_key" text null, "file_path" text null, "original_file_name" text null, "file_size" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_product_detail_pkey" primary key ("id"), constraint seller_product_detail_sale_period check (sell_end_date IS NULL OR sell_start_date IS NULL OR sell_end_date >= sell_start_date));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_product_detail_deleted_at" ON "seller_product_detail" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_product_detail_state" ON "seller_product_detail" ("state") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller_return_policy" ("id" text not null, "address" text not null, "return_delivery_cost" integer not null, "exchange_delivery_cost" integer not null, "seller_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_return_policy_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_return_policy_seller_id_unique" ON "seller_return_policy" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_return_policy_deleted_at" ON "seller_return_policy" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "seller_delivery_policy" add constraint "seller_delivery_policy_seller_id_foreign" foreign key ("seller_id") references "seller" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "seller_return_policy" add constraint "seller_return_policy_seller_id_foreign" foreign key ("seller_id") references "seller" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "seller_delivery_policy" drop constraint if exists "seller_delivery_policy_seller_id_foreign";`);

    this.addSql(`alter table if exists "seller_return_policy" drop constraint if exists "seller_return_policy_seller_id_foreign";`);

    this.addSql(`drop table if exists "seller" cascade;`);

    this.addSql(`drop table if exists "seller_delivery_policy" cascade;`);

    this.addSql(`drop table if exists "seller_product_detail" cascade;`);

    this.addSql(`drop table if exists "seller_return_policy" cascade;`);
  }

}
