// Förordnanden as the renderer reads them from the local copy (product B1–B5).
import { z } from 'zod';
import type { DocumentCategory, DocumentKind } from '../agency/documents.ts';
import type { IsoDate } from '../domain/dates.ts';
import type { SubmissionAvailability } from '../domain/submission-rules.ts';

const idSchema = z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/);
const querySchema = z.string().max(200);
const direction = z.enum(['asc', 'desc']);
const page = { offset: z.int().min(0).max(1_000_000), limit: z.int().min(1).max(500) };

export const appointmentSortColumns = ['individualNumber', 'name', 'citizenship'] as const;
export type AppointmentSortColumn = (typeof appointmentSortColumns)[number];
export const listAppointmentsInput = z.strictObject({
  /** Words separated by spaces; a row shows when every word occurs in some column. */
  query: querySchema,
  sort: z.strictObject({ column: z.enum(appointmentSortColumns), direction }),
  ...page,
});
export type ListAppointmentsInput = z.infer<typeof listAppointmentsInput>;

export type AppointmentStatus = 'active' | 'ended' | 'released';

export interface AppointmentRow {
  appointmentId: string;
  individualId: string;
  individualNumber: string;
  name: string;
  citizenship: string;
  groupId: string;
  /** Individuals in the group (1 for a single applicant). */
  groupSize: number;
  status: AppointmentStatus;
  startedOn: IsoDate;
  endedOn: IsoDate | null;
}

export interface Page<T> {
  /** Rows matching the filter, for the scroll height of a virtual list. */
  total: number;
  offset: number;
  rows: T[];
}

export const overviewInput = z.strictObject({ appointmentId: idSchema });

export interface GroupMember {
  individualId: string;
  individualNumber: string;
  name: string;
  /** The appointment to navigate to; null when counsel was released for them (no navigation). */
  appointmentId: string | null;
  released: boolean;
  main: boolean;
  current: boolean;
}

export interface Overview {
  counselId: string;
  appointment: {
    id: string;
    status: AppointmentStatus;
    startedOn: IsoDate;
    endedOn: IsoDate | null;
    releasedOn: IsoDate | null;
    workplace: { name: string; street: string; postcode: string; city: string } | null;
    decision: { decidedOn: IsoDate; notifiedOn: IsoDate; outcome: 'granted' | 'refused'; appealLastDay: IsoDate } | null;
    /** Last day it stays visible on this computer; null while active. */
    visibleUntil: IsoDate | null;
  };
  individual: {
    id: string;
    individualNumber: string;
    name: string;
    birthDate: IsoDate;
    citizenship: string;
    /** Null once counsel is released: the agency withholds contact details then. */
    contact: { phone: string | null; email: string | null; address: string | null; protected: boolean } | null;
  };
  group: { id: string; mainIndividualId: string; members: GroupMember[] };
  actions: { inlaga: SubmissionAvailability; appeal: SubmissionAvailability };
  /** Documents published after this were not there at the previous visit; null on a first visit. */
  newSince: string | null;
}

export const documentSortColumns = ['publishedAt', 'title', 'registeredOn'] as const;
export type DocumentSortColumn = (typeof documentSortColumns)[number];
export const listDocumentsInput = z.strictObject({
  appointmentId: idSchema,
  query: querySchema,
  sort: z.strictObject({ column: z.enum(documentSortColumns), direction }),
  /** From the overview: marks documents published since the previous visit. */
  newSince: z.iso.datetime({ offset: true }).nullable(),
  ...page,
});
export type ListDocumentsInput = z.infer<typeof listDocumentsInput>;

export interface DocumentRow {
  documentId: string;
  title: string;
  kind: DocumentKind;
  category: DocumentCategory;
  direction: 'received' | 'sent';
  publishedAt: string;
  registeredOn: IsoDate;
  size: number;
  pages: number;
  /** The content is on this computer: it opens offline. */
  stored: boolean;
  isNew: boolean;
  /** Sent by the signed-in person through this app or the e-service. */
  sentByMe: boolean;
}

export const documentInput = z.strictObject({ documentId: idSchema });
export const appointmentInput = z.strictObject({ appointmentId: idSchema });

/** Where the renderer reads a document's bytes (range requests work), served by the host. */
export interface OpenedDocument {
  documentId: string;
  url: string;
  title: string;
  size: number;
  pages: number;
}

export interface DocumentProgress {
  documentId: string;
  bytes: number;
  total: number;
}

export interface SaveProgress {
  done: number;
  total: number;
  /** Documents that could not be saved: not on this computer and the agency out of reach. */
  failed: number;
  state: 'running' | 'finished' | 'cancelled';
}

export type PurgeReason = 'released' | 'ended' | 'appeal' | 'withdrawn';

/** Told once when an appointment left this computer (B2), with the rule that removed it. */
export interface PurgeNotice {
  id: number;
  individualNumber: string;
  reason: PurgeReason;
  purgedAt: string;
}
