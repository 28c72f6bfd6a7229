import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124020416 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "review_vote" drop constraint if exists "review_vote_unique";`);
    this.addSql(`alter table if exists "review_summary" drop constraint if exists "review_summary_product_id_unique";`);
    this.addSql(`alter table if exists "review" drop constraint if exists "review_line_item_unique";`);
    this.addSql(`create table if not exists "review" ("id" text not null, "product_id" text not null, "variant_id" text null, "order_id" text not null, "line_item_id" text not null, "customer_id" text not null, "seller_id" text null, "title" text not null, "content" text null, "rating" integer not null, "helpful_count" integer not null default 0, "not_helpful_count" integer not null default 0, "status" text check ("status" in ('published', 'hidden', 'removed')) not null default 'published', "status_reason" text null, "status_changed_at" timestamptz null, "has_photos" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_pkey" primary key ("id"), constraint review_rating_range check (rating between 1 and 5));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_deleted_at" ON "review" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_line_item_unique" ON "review" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_customer" ON "review" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_seller" ON "review" ("seller_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_product_latest" ON "review" ("product_id", "status", "created_at", "id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_product_best" ON "review" ("product_id", "status", "helpful_count", "created_at", "id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_product_rating_latest" ON "review" ("product_id", "status", "rating", "created_at", "id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_product_rating_best" ON "review" ("product_id", "status", "rating", "helpful_count", "created_at", "id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_product_photo_latest" ON "review" ("product_id", "status", "created_at", "id") WHERE deleted_at IS NULL AND has_photos = true;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_product_photo_best" ON "review" ("product_id", "status", "helpful_count", "created_at", "id") WHERE deleted_at IS NULL AND has_photos = true;`);

    this.addSql(`create table if not exists "review_image" ("id" text not null, "kind" text check ("kind" in ('main', 'sub')) not null, "rank" integer not null, "original_name" text not null, "file_key" text not null, "thumbnail_key" text not null, "size" integer not null, "content_type" text not null, "url" text not null, "thumbnail_url" text not null, "review_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_image_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_image_review_id" ON "review_image" ("review_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_image_deleted_at" ON "review_image" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_image_review" ON "review_image" ("review_id", "rank") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "review_summary" ("id" text not null, "product_id" text not null, "review_count" integer not null default 0, "rating_sum" integer not null default 0, "star_1" integer not null default 0, "star_2" integer not null default 0, "star_3" integer not null default 0, "star_4" integer not null default 0, "star_5" integer not null default 0, "photo_star_1" integer not null default 0, "photo_star_2" integer not null default 0, "photo_star_3" integer not null default 0, "photo_star_4" integer not null default 0, "photo_star_5" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_summary_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_summary_product_id_unique" ON "review_summary" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_summary_deleted_at" ON "review_summary" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "review_vote" ("id" text not null, "customer_id" text not null, "helpful" boolean not null, "review_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_vote_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_vote_review_id" ON "review_vote" ("review_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_vote_deleted_at" ON "review_vote" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_vote_unique" ON "review_vote" ("review_id", "customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "review_image" add constraint "review_image_review_id_foreign" foreign key ("review_id") references "review" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "review_vote" add constraint "review_vote_review_id_foreign" foreign key ("review_id") references "review" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "review_image" drop constraint if exists "review_image_review_id_foreign";`);

    this.addSql(`alter table if exists "review_vote" drop constraint if exists "review_vote_review_id_foreign";`);

    this.addSql(`drop table if exists "review" cascade;`);

    this.addSql(`drop table if exists "review_image" cascade;`);

    this.addSql(`drop table if exists "review_summary" cascade;`);

    this.addSql(`drop table if exists "review_vote" cascade;`);
  }

}
