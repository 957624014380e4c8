-- Accent-free, lower-case text for search and matching: "hameenlinna" finds "Hämeenlinna",
-- "sjoberg" finds "Sjöberg". Immutable, so indexes can be built on it.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE FUNCTION alumni_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT lower(public.unaccent('public.unaccent'::regdictionary, coalesce(t, '')))
$$;
