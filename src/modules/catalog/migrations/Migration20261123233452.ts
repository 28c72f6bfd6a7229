import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123233452 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "catalog_item" drop constraint if exists "catalog_item_product_id_unique";`);
    this.addSql(`create table if not exists "catalog_item" ("id" text not null, "product_id" text not null, "handle" text not null, "title" text not null, "search_text" text not null, "thumbnail" text null, "category_ids" text[] not null, "min_price" integer null, "currency_code" text not null default 'krw', "in_stock" boolean not null default false, "seller_id" text null, "seller_name" text null, "purchasable" boolean not null default false, "free_shipping" boolean not null default false, "units_sold_30d" integer not null default 0, "rating_avg" real not null default 0, "review_count" integer not null default 0, "published_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "catalog_item_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_catalog_item_product_id_unique" ON "catalog_item" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_item_deleted_at" ON "catalog_item" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_CATALOG_ITEM_CATEGORY_IDS" ON "catalog_item" USING GIN ("category_ids") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_CATALOG_ITEM_LATEST" ON "catalog_item" ("purchasable", "published_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_CATALOG_ITEM_PRICE" ON "catalog_item" ("purchasable", "min_price") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_CATALOG_ITEM_SOLD" ON "catalog_item" ("purchasable", "units_sold_30d") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_CATALOG_ITEM_RATING" ON "catalog_item" ("purchasable", "rating_avg", "review_count") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "catalog_item" cascade;`);
  }

}
