/**
 * The resources counsel sees, as they travel in the change feed. Each has a stable `id`; an
 * upsert carries the whole resource, never a patch.
 */
import { z } from 'zod';
import { hhmmSchema, idSchema, instantSchema, isoDateSchema, oreSchema, sha256Schema } from './common.ts';
import { documentCategorySchema, documentKindSchema, inlagaDocumentTypeSchema } from './documents.ts';

export const COUNSEL_STATUSES = ['available', 'on_request', 'unavailable'] as const;
export const counselStatusSchema = z.enum(COUNSEL_STATUSES);
export type CounselStatus = z.infer<typeof counselStatusSchema>;

/** Counsel's own record. Only counsel sees it (assistants may not see the status). */
export const counselSchema = z.object({
  id: idSchema,
  name: z.string(),
  status: counselStatusSchema,
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
export type Counsel = z.infer<typeof counselSchema>;

export const asylumDecisionSchema = z.object({
  decidedOn: isoDateSchema,
  /** Date of notification (underrättelse); the appeal window runs from it. */
  notifiedOn: isoDateSchema,
  outcome: z.enum(['granted', 'refused']),
  /** appealDeadline(notifiedOn), computed by the shared deadline law. */
  appealLastDay: isoDateSchema,
  documentId: idSchema.nullable(),
});
export type AsylumDecision = z.infer<typeof asylumDecisionSchema>;

/** A förordnande: counsel appointed for one individual, within a group. */
export const appointmentSchema = z.object({
  id: idSchema,
  counselId: idSchema,
  groupId: idSchema,
  individualId: idSchema,
  startedOn: isoDateSchema,
  workplaceId: idSchema.nullable(),
  endedOn: isoDateSchema.nullable(),
  /** Entledigande: counsel released for this individual. */
  releasedOn: isoDateSchema.nullable(),
  appealHandedToCourtOn: isoDateSchema.nullable(),
  decision: asylumDecisionSchema.nullable(),
  /** Last day counsel sees it (shared visibility rule); null while active. */
  visibleUntil: isoDateSchema.nullable(),
});
export type Appointment = z.infer<typeof appointmentSchema>;

/** A förordnandegrupp, usually a family. Members are the appointments naming it. */
export const groupSchema = z.object({
  id: idSchema,
  counselId: idSchema,
  mainIndividualId: idSchema,
  createdOn: isoDateSchema,
});
export type Group = z.infer<typeof groupSchema>;

export const contactSchema = z.object({
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  /** Skyddade personuppgifter: shown to counsel, to be handled with care, never exported. */
  protected: z.boolean(),
});
export type Contact = z.infer<typeof contactSchema>;

export const individualSchema = z.object({
  id: idSchema,
  individualNumber: z.string(),
  name: z.string(),
  birthDate: isoDateSchema,
  citizenship: z.string(),
  /** Null once counsel is released for the individual. */
  contact: contactSchema.nullable(),
});
export type Individual = z.infer<typeof individualSchema>;

export const documentSchema = z.object({
  id: idSchema,
  appointmentId: idSchema,
  individualId: idSchema,
  groupId: idSchema,
  title: z.string(),
  kind: documentKindSchema,
  category: documentCategorySchema,
  direction: z.enum(['received', 'sent']),
  /** For documents of an inlaga: the type counsel picked. */
  documentType: inlagaDocumentTypeSchema.nullable(),
  publishedAt: instantSchema,
  registeredOn: isoDateSchema,
  mediaType: z.literal('application/pdf'),
  size: z.int().min(0),
  sha256: sha256Schema,
  pages: z.int().min(0),
  /** Who sent it, for documents counsel or an assistant submitted. */
  sentByPersonId: idSchema.nullable(),
  submissionId: idSchema.nullable(),
  claimId: idSchema.nullable(),
});
export type AgencyDocument = z.infer<typeof documentSchema>;

export const bookingSchema = z.object({
  id: idSchema,
  date: isoDateSchema,
  start: hhmmSchema,
  end: hhmmSchema,
  title: z.string(),
  place: z.string(),
  investigator: z.string(),
  participants: z.array(z.string()),
  appointmentId: idSchema.nullable(),
});
export type Booking = z.infer<typeof bookingSchema>;

/** One interval of availability on one day. */
export const availabilitySchema = z.object({
  id: idSchema,
  date: isoDateSchema,
  start: hhmmSchema,
  end: hhmmSchema,
});
export type Availability = z.infer<typeof availabilitySchema>;

export const ACCOUNT_TYPES = ['bankgiro', 'plusgiro'] as const;
export const accountTypeSchema = z.enum(ACCOUNT_TYPES);

export const paymentAccountSchema = z.object({
  id: idSchema,
  organisationNumber: z.string(),
  organisationName: z.string().nullable(),
  accountType: accountTypeSchema,
  accountNumber: z.string(),
});
export type PaymentAccount = z.infer<typeof paymentAccountSchema>;

export const assistantSchema = z.object({
  /** The assistant's person id. */
  id: idSchema,
  personnummer: z.string(),
  /** Filled in when the agency knows the person. */
  name: z.string().nullable(),
  addedOn: isoDateSchema,
});
export type Assistant = z.infer<typeof assistantSchema>;

export const workplaceSchema = z.object({
  id: idSchema,
  name: z.string(),
  street: z.string(),
  postcode: z.string(),
  city: z.string(),
  extra: z.string().nullable(),
});
export type Workplace = z.infer<typeof workplaceSchema>;

/** A row of the agency's dated rate table (shared domain RATE_TABLE). */
export const rateSchema = z.object({
  /** The validFrom date. */
  id: isoDateSchema,
  validFrom: isoDateSchema,
  /** Last day in force; null for the current row. */
  validTo: isoDateSchema.nullable(),
  hourlyOre: oreSchema,
  lostTimeOre: oreSchema,
  perKmOre: oreSchema,
  /** True where the hourly figures are demo assumptions, not the published norm. */
  assumed: z.boolean(),
  /** True where the mileage rate is a demo assumption. */
  perKmAssumed: z.boolean(),
});
export type Rate = z.infer<typeof rateSchema>;

/** What the agency would e-mail counsel about. Never sent to assistants (manual 3.2.5). */
export const notificationSchema = z.object({
  id: idSchema,
  type: z.enum(['document', 'decision', 'completion_request', 'claim_decision']),
  createdAt: instantSchema,
  title: z.string(),
  appointmentId: idSchema.nullable(),
  documentId: idSchema.nullable(),
  claimId: idSchema.nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;
