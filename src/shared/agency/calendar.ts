/** Calendar: availability counsel reports, bookings the agency makes (read from the feed). */
import { z } from 'zod';
import { hhmmSchema, idSchema, isoDateSchema } from './common.ts';
import { availabilitySchema } from './entities.ts';

/** ISO weekdays, Monday 1 … Sunday 7. */
export const weekdaySchema = z.int().min(1).max(7);

/**
 * Add availability from `start` to `end` on every day of the period (or on the selected `dates`)
 * that falls on one of `weekdays`. Intervals already there that overlap are overwritten.
 */
export const addAvailabilityRequestSchema = z
  .object({
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    dates: z.array(isoDateSchema).max(800).optional(),
    weekdays: z.array(weekdaySchema).min(1).max(7),
    start: hhmmSchema,
    end: hhmmSchema,
  })
  .meta({ description: 'Give either from and to, or dates.' });
export type AddAvailabilityRequest = z.infer<typeof addAvailabilityRequestSchema>;

export const removeAvailabilityRequestSchema = z.object({ from: isoDateSchema, to: isoDateSchema });

export const availabilityChangeResponseSchema = z.object({
  /** Intervals added or changed (a trimmed interval keeps its id). */
  upserted: z.array(availabilitySchema),
  deletedIds: z.array(idSchema),
});
export type AvailabilityChange = z.infer<typeof availabilityChangeResponseSchema>;
