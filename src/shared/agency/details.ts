/** My details (counsel only): status, payment accounts, assistants, workplaces, address look-up. */
import { z } from 'zod';
import { accountTypeSchema, counselStatusSchema } from './entities.ts';

export const setStatusRequestSchema = z.object({ status: counselStatusSchema });

export const addPaymentAccountRequestSchema = z.object({
  organisationNumber: z.string().min(10).max(13),
  accountType: accountTypeSchema,
  accountNumber: z.string().min(2).max(20),
});

export const addAssistantRequestSchema = z.object({ personnummer: z.string().min(10).max(13) });

export const personLookupQuerySchema = z.object({ personnummer: z.string().min(10).max(13) });
export const personLookupResponseSchema = z.object({ personnummer: z.string(), name: z.string().nullable() });

export const addWorkplaceRequestSchema = z.object({
  name: z.string().min(1).max(200),
  street: z.string().min(1).max(200),
  postcode: z.string().regex(/^\d{3} ?\d{2}$/),
  city: z.string().min(1).max(100),
  extra: z.string().max(500).nullable().optional(),
});

export const addressLookupQuerySchema = z.object({ q: z.string().min(1).max(100) });

export const addressSuggestionSchema = z.object({ street: z.string(), postcode: z.string(), city: z.string() });
export const addressLookupResponseSchema = z.object({ suggestions: z.array(addressSuggestionSchema) });
export type AddressSuggestion = z.infer<typeof addressSuggestionSchema>;
