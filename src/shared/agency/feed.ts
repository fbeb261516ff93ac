/**
 * The change feed: per counsel, ordered, paged by an opaque cursor. A page lists upserts (the
 * whole resource) and deletes (id only). A delete means the resource is gone or access to it
 * was withdrawn: the client purges it, and its files. Applying pages in order from an empty
 * cursor reproduces exactly what the caller may see.
 */
import { z } from 'zod';
import { claimSchema } from './claims.ts';
import { idSchema, instantSchema } from './common.ts';
import {
  appointmentSchema,
  assistantSchema,
  availabilitySchema,
  bookingSchema,
  counselSchema,
  documentSchema,
  groupSchema,
  individualSchema,
  notificationSchema,
  paymentAccountSchema,
  rateSchema,
  workplaceSchema,
} from './entities.ts';

export const FEED_ENTITY_SCHEMAS = {
  counsel: counselSchema,
  appointment: appointmentSchema,
  group: groupSchema,
  individual: individualSchema,
  document: documentSchema,
  claim: claimSchema,
  booking: bookingSchema,
  availability: availabilitySchema,
  paymentAccount: paymentAccountSchema,
  assistant: assistantSchema,
  workplace: workplaceSchema,
  rate: rateSchema,
  notification: notificationSchema,
} as const;

export type FeedEntity = keyof typeof FEED_ENTITY_SCHEMAS;
export const FEED_ENTITIES = Object.keys(FEED_ENTITY_SCHEMAS) as [FeedEntity, ...FeedEntity[]];
export const feedEntitySchema = z.enum(FEED_ENTITIES);

/** Entities only counsel receives; an assistant's feed never holds them. */
export const COUNSEL_ONLY_ENTITIES: readonly FeedEntity[] = ['counsel', 'assistant', 'notification'];

function changeOf<E extends FeedEntity>(entity: E) {
  return z.object({
    entity: z.literal(entity),
    op: z.enum(['upsert', 'delete']),
    id: idSchema,
    /** Present for upserts only. */
    data: FEED_ENTITY_SCHEMAS[entity].optional(),
  });
}

export const changeSchema = z.discriminatedUnion('entity', [
  changeOf('counsel'),
  changeOf('appointment'),
  changeOf('group'),
  changeOf('individual'),
  changeOf('document'),
  changeOf('claim'),
  changeOf('booking'),
  changeOf('availability'),
  changeOf('paymentAccount'),
  changeOf('assistant'),
  changeOf('workplace'),
  changeOf('rate'),
  changeOf('notification'),
]);
export type Change = z.infer<typeof changeSchema>;

export const FEED_PAGE_DEFAULT_LIMIT = 1000;
export const FEED_PAGE_MAX_LIMIT = 5000;

export const changesQuerySchema = z.object({
  /** Omit for a full sync from the beginning. */
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(FEED_PAGE_MAX_LIMIT).optional(),
});

export const changesPageSchema = z.object({
  changes: z.array(changeSchema),
  /** Opaque; pass it back to get what follows. Store it with the page, in one transaction. */
  cursor: z.string(),
  /** More changes are waiting: ask again at once. */
  hasMore: z.boolean(),
  /** The agency's clock: order events and judge deadlines by it, not by the workstation's. */
  serverTime: instantSchema,
});
export type ChangesPage = z.infer<typeof changesPageSchema>;
