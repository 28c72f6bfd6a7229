import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123235937 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "seller_product_detail" add column if not exists "hidden_by_seller_status" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "seller_product_detail" drop column if exists "hidden_by_seller_status";`);
  }

}
