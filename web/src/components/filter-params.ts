/** A list's filters as URL search parameters, leaving out the empty ones, so a filtered view can be linked. */
export function filterParams(filters: Readonly<Record<string, string | undefined>>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  return params;
}
