CREATE TYPE "public"."claim_status" AS ENUM('pending', 'verified', 'rejected', 'info_requested');--> statement-breakpoint
CREATE TYPE "public"."import_status" AS ENUM('previewed', 'importing', 'done', 'failed', 'discarded');--> statement-breakpoint
CREATE TYPE "public"."suppression_reason" AS ENUM('unsubscribed', 'hard_bounce', 'complaint', 'erased');--> statement-breakpoint
CREATE TABLE "employment_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employee_number" text NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text,
	"department" text NOT NULL,
	"title" text NOT NULL,
	"member_type" "member_type",
	"start_date" date NOT NULL,
	"end_date" date,
	"import_id" uuid,
	"member_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "member_photos" (
	"member_id" uuid PRIMARY KEY NOT NULL,
	"content" "bytea" NOT NULL,
	"mime_type" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "membership_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"member_type" "member_type" NOT NULL,
	"department" text NOT NULL,
	"title" text NOT NULL,
	"start_month" date NOT NULL,
	"end_month" date,
	"employee_number" text,
	"status" "claim_status" DEFAULT 'pending' NOT NULL,
	"auto_verified" boolean DEFAULT false NOT NULL,
	"matched_record_id" uuid,
	"decision_note" text,
	"member_note" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "record_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_by" uuid,
	"file_name" text NOT NULL,
	"status" "import_status" DEFAULT 'previewed' NOT NULL,
	"rows" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"problems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"valid_rows" integer DEFAULT 0 NOT NULL,
	"new_rows" integer DEFAULT 0 NOT NULL,
	"changed_rows" integer DEFAULT 0 NOT NULL,
	"unchanged_rows" integer DEFAULT 0 NOT NULL,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "record_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employee_number" text NOT NULL,
	"email" text NOT NULL,
	"language" "language" DEFAULT 'fi' NOT NULL,
	"invited_by" uuid,
	"token_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"accepted_by" uuid
);
--> statement-breakpoint
CREATE TABLE "suppressions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"email_hash" text NOT NULL,
	"email" text,
	"reason" "suppression_reason" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "suppressions_email_hash_unique" UNIQUE("email_hash")
);
--> statement-breakpoint
ALTER TABLE "employment_periods" ADD COLUMN "record_id" uuid;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "photo_updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "search_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "departments" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "employment_records" ADD CONSTRAINT "employment_records_import_id_record_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."record_imports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employment_records" ADD CONSTRAINT "employment_records_member_id_members_user_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("user_id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_photos" ADD CONSTRAINT "member_photos_member_id_members_user_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_claims" ADD CONSTRAINT "membership_claims_member_id_members_user_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_claims" ADD CONSTRAINT "membership_claims_matched_record_id_employment_records_id_fk" FOREIGN KEY ("matched_record_id") REFERENCES "public"."employment_records"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_claims" ADD CONSTRAINT "membership_claims_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_imports" ADD CONSTRAINT "record_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_invitations" ADD CONSTRAINT "record_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_invitations" ADD CONSTRAINT "record_invitations_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "employment_records_person_period_key" ON "employment_records" USING btree ("employee_number","start_date");--> statement-breakpoint
CREATE INDEX "employment_records_email_idx" ON "employment_records" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "employment_records_name_fold_idx" ON "employment_records" USING btree (alumni_fold("first_name" || ' ' || "last_name"));--> statement-breakpoint
CREATE INDEX "employment_records_name_fold_trgm_idx" ON "employment_records" USING gin (alumni_fold("first_name" || ' ' || "last_name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "employment_records_end_idx" ON "employment_records" USING btree ("end_date");--> statement-breakpoint
CREATE INDEX "employment_records_member_idx" ON "employment_records" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "membership_claims_status_idx" ON "membership_claims" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "membership_claims_member_idx" ON "membership_claims" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "record_imports_created_idx" ON "record_imports" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "record_invitations_person_key" ON "record_invitations" USING btree ("employee_number");--> statement-breakpoint
CREATE UNIQUE INDEX "record_invitations_token_key" ON "record_invitations" USING btree ("token_hash");--> statement-breakpoint
ALTER TABLE "employment_periods" ADD CONSTRAINT "employment_periods_record_id_employment_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."employment_records"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "members_directory_idx" ON "members" USING btree ("verification_status","directory_visibility");--> statement-breakpoint
CREATE INDEX "members_search_name_trgm_idx" ON "members" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "members_search_text_trgm_idx" ON "members" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "members_search_fts_idx" ON "members" USING gin (to_tsvector('simple', "search_text"));--> statement-breakpoint
CREATE INDEX "members_skills_idx" ON "members" USING gin ("skills");--> statement-breakpoint
CREATE INDEX "members_departments_idx" ON "members" USING gin ("departments");--> statement-breakpoint
CREATE INDEX "members_city_idx" ON "members" USING btree (lower("city"));--> statement-breakpoint
CREATE INDEX "members_joined_idx" ON "members" USING btree ("joined_at","user_id");