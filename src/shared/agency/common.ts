/**
 * Primitives of the agency API: ids, dates, instants, money. Calendar dates are Europe/Stockholm
 * days ('YYYY-MM-DD'), instants are ISO 8601 with an offset, money is integer öre, durations are
 * minutes. Kept in one file so every schema spells them the same way.
 */
import { z } from 'zod';

/** Opaque agency ids: letters, digits, '_' and '-', so they go into paths without escaping. */
export const idSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/);

export const isoDateSchema = z.iso.date().meta({ description: 'A Europe/Stockholm calendar date, YYYY-MM-DD.' });

export const instantSchema = z.iso.datetime({ offset: true }).meta({ description: 'An instant, ISO 8601 with Z or an offset.' });

export const hhmmSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
  .meta({ description: 'Europe/Stockholm wall-clock time, HH:MM.' });

export const oreSchema = z.int().min(0).meta({ description: 'Money in öre (1/100 SEK), a whole number.' });

export const sha256Schema = z
  .string()
  .regex(/^[0-9a-f]{64}$/)
  .meta({ description: 'SHA-256 as 64 lower-case hex digits.' });

export const localizedTextSchema = z.object({ sv: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** An empty JSON object, for requests that carry nothing. */
export const emptySchema = z.object({});

/** Answer of writes whose effect is visible in the change feed only. */
export const okSchema = z.object({ ok: z.literal(true) });
