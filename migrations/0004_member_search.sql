-- Directory search: the members' search columns are kept here, in the database, so that every
-- writer (profile edits, imports, verification, erasure, demo data) keeps them right.
CREATE FUNCTION members_search_fill() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  u record;
  deps text[];
  work text;
BEGIN
  SELECT first_name, last_name INTO u FROM users WHERE id = NEW.user_id;
  SELECT coalesce(array_agg(DISTINCT e.department ORDER BY e.department), '{}'),
         coalesce(string_agg(e.department || ' ' || e.title, ' '), '')
    INTO deps, work
    FROM employment_periods e WHERE e.member_id = NEW.user_id;
  NEW.search_name := alumni_fold(concat_ws(' ', u.first_name, u.last_name));
  NEW.departments := deps;
  NEW.search_text := alumni_fold(concat_ws(' ', u.first_name, u.last_name, NEW.headline, NEW.current_employer,
    NEW.current_title, NEW.city, array_to_string(NEW.skills, ' '), work));
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER members_search_fill BEFORE INSERT OR UPDATE ON members FOR EACH ROW EXECUTE FUNCTION members_search_fill();
--> statement-breakpoint
-- A change of names or of employment periods touches the member row, which refills it.
CREATE FUNCTION members_search_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'users' THEN
    UPDATE members SET search_name = search_name WHERE user_id = NEW.id;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE members SET search_name = search_name WHERE user_id = OLD.member_id;
  ELSE
    UPDATE members SET search_name = search_name WHERE user_id = NEW.member_id;
    IF TG_OP = 'UPDATE' AND OLD.member_id IS DISTINCT FROM NEW.member_id THEN
      UPDATE members SET search_name = search_name WHERE user_id = OLD.member_id;
    END IF;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER users_search_touch AFTER UPDATE OF first_name, last_name ON users FOR EACH ROW
  WHEN (OLD.first_name IS DISTINCT FROM NEW.first_name OR OLD.last_name IS DISTINCT FROM NEW.last_name)
  EXECUTE FUNCTION members_search_touch();
--> statement-breakpoint
CREATE TRIGGER employment_periods_search_touch AFTER INSERT OR UPDATE OR DELETE ON employment_periods FOR EACH ROW
  EXECUTE FUNCTION members_search_touch();
--> statement-breakpoint
-- Fill the columns of members that exist already.
UPDATE members SET search_name = search_name;
