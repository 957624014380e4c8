import { z } from 'zod';

export const ZErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z
      .array(z.object({ path: z.string(), message: z.string(), code: z.string().optional() }))
      .optional(),
  }),
});

export const ZIdParams = z.strictObject({ id: z.uuid() });
export type IdParams = z.infer<typeof ZIdParams>;

/** Keyset pagination: an opaque cursor and a page size capped at 100. */
export const ZPageQuery = z.strictObject({
  limit: z.coerce.number<number | string>().int().min(1).max(100).default(25),
  cursor: z.string().max(200).optional(),
});

export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const ZOk = z.object({ ok: z.literal(true) });
export type Ok = z.infer<typeof ZOk>;

export const ZIsoDateTime = z.iso.datetime({ offset: true });
