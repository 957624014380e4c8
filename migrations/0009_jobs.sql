CREATE TYPE "public"."alert_frequency" AS ENUM('immediate', 'weekly');--> statement-breakpoint
CREATE TYPE "public"."flag_stage" AS ENUM('flagged', 'contacted', 'interviewing', 'offer', 'rehired', 'not_now');--> statement-breakpoint
CREATE TYPE "public"."interest_status" AS ENUM('new', 'in_review', 'contacted', 'declined', 'hired', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."job_status" AS ENUM('draft', 'published', 'closed');--> statement-breakpoint
CREATE TYPE "public"."job_type" AS ENUM('full_time', 'part_time', 'project', 'summer', 'substitute', 'flexible');--> statement-breakpoint
CREATE TYPE "public"."referral_status" AS ENUM('new', 'contacted', 'applied', 'hired', 'declined');--> statement-breakpoint
CREATE TABLE "job_alert_matches" (
	"member_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"message_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_alert_matches_member_id_job_id_pk" PRIMARY KEY("member_id","job_id")
);
--> statement-breakpoint
CREATE TABLE "job_alerts" (
	"member_id" uuid PRIMARY KEY NOT NULL,
	"types" text[] DEFAULT '{}'::text[] NOT NULL,
	"departments" text[] DEFAULT '{}'::text[] NOT NULL,
	"locations" text[] DEFAULT '{}'::text[] NOT NULL,
	"remote_only" boolean DEFAULT false NOT NULL,
	"q" text DEFAULT '' NOT NULL,
	"frequency" "alert_frequency" DEFAULT 'weekly' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_interest_cvs" (
	"interest_id" uuid PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"content" "bytea" NOT NULL,
	"bytes" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_interests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"job_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"status" "interest_status" DEFAULT 'new' NOT NULL,
	"share_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"job_id" uuid NOT NULL,
	"referrer_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"relation" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" "referral_status" DEFAULT 'new' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_shares" (
	"code" text PRIMARY KEY NOT NULL,
	"job_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"visits" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"department" text NOT NULL,
	"location" text NOT NULL,
	"remote" boolean DEFAULT false NOT NULL,
	"type" "job_type" NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date,
	"status" "job_status" DEFAULT 'draft' NOT NULL,
	"contact_id" uuid,
	"apply_url" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rehires" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"flag_id" uuid,
	"job_id" uuid,
	"type" "job_type" NOT NULL,
	"rehired_on" date NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"stage" "flag_stage" DEFAULT 'flagged' NOT NULL,
	"stage_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"flagged_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"flag_id" uuid NOT NULL,
	"text" text NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "job_alert_matches" ADD CONSTRAINT "job_alert_matches_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_alert_matches" ADD CONSTRAINT "job_alert_matches_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_alerts" ADD CONSTRAINT "job_alerts_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_interest_cvs" ADD CONSTRAINT "job_interest_cvs_interest_id_job_interests_id_fk" FOREIGN KEY ("interest_id") REFERENCES "public"."job_interests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_interests" ADD CONSTRAINT "job_interests_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_interests" ADD CONSTRAINT "job_interests_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_interests" ADD CONSTRAINT "job_interests_share_code_job_shares_code_fk" FOREIGN KEY ("share_code") REFERENCES "public"."job_shares"("code") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_referrals" ADD CONSTRAINT "job_referrals_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_referrals" ADD CONSTRAINT "job_referrals_referrer_id_users_id_fk" FOREIGN KEY ("referrer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_shares" ADD CONSTRAINT "job_shares_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_shares" ADD CONSTRAINT "job_shares_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_contact_id_users_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rehires" ADD CONSTRAINT "rehires_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rehires" ADD CONSTRAINT "rehires_flag_id_talent_flags_id_fk" FOREIGN KEY ("flag_id") REFERENCES "public"."talent_flags"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rehires" ADD CONSTRAINT "rehires_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rehires" ADD CONSTRAINT "rehires_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_flags" ADD CONSTRAINT "talent_flags_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_flags" ADD CONSTRAINT "talent_flags_flagged_by_users_id_fk" FOREIGN KEY ("flagged_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_notes" ADD CONSTRAINT "talent_notes_flag_id_talent_flags_id_fk" FOREIGN KEY ("flag_id") REFERENCES "public"."talent_flags"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_notes" ADD CONSTRAINT "talent_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_alert_matches_message_idx" ON "job_alert_matches" USING btree ("message_key","member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "job_interests_job_member_idx" ON "job_interests" USING btree ("job_id","member_id");--> statement-breakpoint
CREATE INDEX "job_interests_member_idx" ON "job_interests" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "job_referrals_unique_idx" ON "job_referrals" USING btree ("job_id","referrer_id","email");--> statement-breakpoint
CREATE INDEX "job_referrals_referrer_idx" ON "job_referrals" USING btree ("referrer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "job_shares_job_member_idx" ON "job_shares" USING btree ("job_id","member_id");--> statement-breakpoint
CREATE INDEX "jobs_board_idx" ON "jobs" USING btree ("status","opens_on");--> statement-breakpoint
CREATE INDEX "rehires_on_idx" ON "rehires" USING btree ("rehired_on");--> statement-breakpoint
CREATE UNIQUE INDEX "rehires_flag_idx" ON "rehires" USING btree ("flag_id");--> statement-breakpoint
CREATE UNIQUE INDEX "talent_flags_member_idx" ON "talent_flags" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "talent_flags_stage_idx" ON "talent_flags" USING btree ("stage");--> statement-breakpoint
CREATE INDEX "talent_notes_flag_idx" ON "talent_notes" USING btree ("flag_id","created_at");