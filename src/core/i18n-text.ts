import { z } from 'zod';

/** Text every participant may read: site packs and facilitators always give both languages,
 * so the client never has to fall back to a language the reader did not choose. */
export const LocalizedTextSchema = z
  .object({
    zh: z.string().min(1),
    en: z.string().min(1),
  })
  .strict();

export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
