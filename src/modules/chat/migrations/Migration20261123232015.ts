import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123232015 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "chat_message" drop constraint if exists "chat_message_room_seq_unique";`);
    this.addSql(`alter table if exists "chat_participant" drop constraint if exists "chat_participant_room_actor_unique";`);
    this.addSql(`alter table if exists "chat_room" drop constraint if exists "chat_room_open_key_unique";`);
    this.addSql(`create table if not exists "chat_room" ("id" text not null, "kind" text check ("kind" in ('customer_seller', 'seller_admin', 'customer_admin')) not null, "status" text check ("status" in ('open', 'closed')) not null default 'open', "subject_type" text check ("subject_type" in ('product', 'order')) null, "subject_id" text null, "open_key" text not null, "last_seq" integer not null default 0, "last_message_at" timestamptz null, "closed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "chat_room_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_chat_room_deleted_at" ON "chat_room" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_chat_room_open_key_unique" ON "chat_room" ("open_key") WHERE status = 'open' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_chat_room_kind_last_message_at" ON "chat_room" ("kind", "last_message_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "chat_participant" ("id" text not null, "actor_type" text check ("actor_type" in ('customer', 'seller', 'user')) not null, "actor_id" text not null, "last_read_seq" integer not null default 0, "room_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "chat_participant_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_chat_participant_room_id" ON "chat_participant" ("room_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_chat_participant_deleted_at" ON "chat_participant" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_chat_participant_room_actor_unique" ON "chat_participant" ("room_id", "actor_type", "actor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_chat_participant_actor" ON "chat_participant" ("actor_type", "actor_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "chat_message" ("id" text not null, "seq" integer not null, "sender_type" text check ("sender_type" in ('customer', 'seller', 'user', 'system')) not null, "sender_id" text null, "body" text not null, "attachment" jsonb null, "room_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "chat_message_pkey" primary key ("id"), constraint chat_message_body_length check (char_length(body) <= 2000));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_chat_message_room_id" ON "chat_message" ("room_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_chat_message_deleted_at" ON "chat_message" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_chat_message_room_seq_unique" ON "chat_message" ("room_id", "seq") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "chat_participant" add constraint "chat_participant_room_id_foreign" foreign key ("room_id") references "chat_room" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "chat_message" add constraint "chat_message_room_id_foreign" foreign key ("room_id") references "chat_room" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "chat_participant" drop constraint if exists "chat_participant_room_id_foreign";`);

    this.addSql(`alter table if exists "chat_message" drop constraint if exists "chat_message_room_id_foreign";`);

    this.addSql(`drop table if exists "chat_room" cascade;`);

    this.addSql(`drop table if exists "chat_participant" cascade;`);

    this.addSql(`drop table if exists "chat_message" cascade;`);
  }

}
