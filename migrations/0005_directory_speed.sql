DROP INDEX "members_search_fts_idx";--> statement-breakpoint
DROP INDEX "members_skills_idx";--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "search_vector" "tsvector" DEFAULT ''::tsvector NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "name_vector" "tsvector" DEFAULT ''::tsvector NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "sort_last" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "sort_first" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "skill_keys" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "user_active" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- The directory's search columns gain a parsed copy of the texts (no search parses text again),
-- the folded sort keys of its order, the folded skills and the account's status (so that the
-- directory filters on members alone). The trigger keeps them like the columns of 0004, and a
-- change of a user's status now refills the member row too.
CREATE OR REPLACE FUNCTION members_search_fill() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  u record;
  deps text[];
  work text;
BEGIN
  SELECT first_name, last_name, status INTO u FROM users WHERE id = NEW.user_id;
  SELECT coalesce(array_agg(DISTINCT e.department ORDER BY e.department), '{}'),
         coalesce(string_agg(e.department || ' ' || e.title, ' '), '')
    INTO deps, work
    FROM employment_periods e WHERE e.member_id = NEW.user_id;
  NEW.search_name := alumni_fold(concat_ws(' ', u.first_name, u.last_name));
  NEW.departments := deps;
  NEW.search_text := alumni_fold(concat_ws(' ', u.first_name, u.last_name, NEW.headline, NEW.current_employer,
    NEW.current_title, NEW.city, array_to_string(NEW.skills, ' '), work));
  -- Without positions (strip): the directory matches words, it never ranks by their places.
  NEW.search_vector := strip(to_tsvector('simple', NEW.search_text));
  NEW.name_vector := strip(to_tsvector('simple', NEW.search_name));
  NEW.sort_last := alumni_fold(u.last_name);
  NEW.sort_first := alumni_fold(u.first_name);
  NEW.skill_keys := coalesce((SELECT array_agg(DISTINCT alumni_fold(s) ORDER BY alumni_fold(s)) FROM unnest(NEW.skills) s), '{}');
  NEW.user_active := coalesce(u.status = 'active', false);
  RETURN NEW;
END;
$$;
--> statement-breakpoint
DROP TRIGGER users_search_touch ON users;
--> statement-breakpoint
CREATE TRIGGER users_search_touch AFTER UPDATE OF first_name, last_name, status ON users FOR EACH ROW
  WHEN (OLD.first_name IS DISTINCT FROM NEW.first_name OR OLD.last_name IS DISTINCT FROM NEW.last_name
        OR OLD.status IS DISTINCT FROM NEW.status)
  EXECUTE FUNCTION members_search_touch();
--> statement-breakpoint
-- Fill the new columns of members that exist already, before their indexes are built.
UPDATE members SET search_name = search_name;
--> statement-breakpoint
CREATE INDEX "members_directory_order_idx" ON "members" USING btree ("sort_last","sort_first","user_id","directory_visibility","member_type","mentor","speaker","open_to_return",lower("city")) WHERE user_active and verification_status = 'verified' and directory_visibility in ('members', 'staff');--> statement-breakpoint
CREATE INDEX "members_search_vector_idx" ON "members" USING gin ("search_vector") WITH (fastupdate=false) WHERE user_active and verification_status = 'verified' and directory_visibility in ('members', 'staff');--> statement-breakpoint
CREATE INDEX "members_name_vector_idx" ON "members" USING gin ("name_vector") WITH (fastupdate=false) WHERE user_active and verification_status = 'verified' and directory_visibility in ('members', 'staff');--> statement-breakpoint
CREATE INDEX "members_skill_keys_idx" ON "members" USING gin ("skill_keys") WITH (fastupdate=false) WHERE user_active and verification_status = 'verified' and directory_visibility in ('members', 'staff');--> statement-breakpoint
ANALYZE members;
