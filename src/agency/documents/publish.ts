/**
 * Creating documents: a row, a feed upsert, and for documents the agency sends, a notification to
 * counsel (the manual's e-mail, which assistants do not get).
 */
import type { LocalizedText } from '../../shared/agency/common.ts';
import { DOCUMENT_KIND_INFO, type DocumentKind, type InlagaDocumentType } from '../../shared/agency/documents.ts';
import type { AgencyDocument, Notification } from '../../shared/agency/entities.ts';
import { stockholmDate } from '../../shared/domain/dates.ts';
import { newId, type Agency } from '../context.ts';
import type { AppointmentRow } from '../cases/rows.ts';
import type { BlobInfo } from './blobs.ts';

export interface NewDocument {
  id?: string;
  appointment: AppointmentRow;
  kind: DocumentKind;
  title: string;
  blob: BlobInfo;
  pages: number;
  publishedAt?: string;
  registeredOn?: string;
  documentType?: InlagaDocumentType | null;
  sentByPersonId?: string | null;
  submissionId?: string | null;
  claimId?: string | null;
}

export function createDocument(agency: Agency, input: NewDocument): AgencyDocument {
  const info = DOCUMENT_KIND_INFO[input.kind];
  const publishedAt = input.publishedAt ?? agency.clock.now();
  const doc: AgencyDocument = {
    id: input.id ?? newId('doc'),
    appointmentId: input.appointment.id,
    individualId: input.appointment.individual_id,
    groupId: input.appointment.group_id,
    title: input.title,
    kind: input.kind,
    category: info.category,
    direction: info.direction,
    documentType: input.documentType ?? null,
    publishedAt,
    registeredOn: input.registeredOn ?? stockholmDate(publishedAt),
    mediaType: 'application/pdf',
    size: input.blob.size,
    sha256: input.blob.sha256,
    pages: input.pages,
    sentByPersonId: input.sentByPersonId ?? null,
    submissionId: input.submissionId ?? null,
    claimId: input.claimId ?? null,
  };
  agency.db
    .prepare('INSERT INTO documents (id, counsel_id, appointment_id, sha256, size, data) VALUES (?, ?, ?, ?, ?, ?)')
    .run(doc.id, input.appointment.counsel_id, doc.appointmentId, doc.sha256, doc.size, JSON.stringify(doc));
  agency.feed.upsert(input.appointment.counsel_id, 'document', doc.id, doc);
  return doc;
}

export interface NewNotification {
  counselId: string;
  type: Notification['type'];
  title: string;
  appointmentId?: string | null;
  documentId?: string | null;
  claimId?: string | null;
}

export function notify(agency: Agency, input: NewNotification): Notification {
  const n: Notification = {
    id: newId('ntf'),
    type: input.type,
    createdAt: agency.clock.now(),
    title: input.title,
    appointmentId: input.appointmentId ?? null,
    documentId: input.documentId ?? null,
    claimId: input.claimId ?? null,
  };
  agency.db
    .prepare('INSERT INTO notifications (id, counsel_id, appointment_id, document_id, claim_id, data) VALUES (?, ?, ?, ?, ?, ?)')
    .run(n.id, input.counselId, n.appointmentId, n.documentId, n.claimId, JSON.stringify(n));
  agency.feed.upsert(input.counselId, 'notification', n.id, n);
  return n;
}

export function kindLabel(kind: DocumentKind): LocalizedText {
  return DOCUMENT_KIND_INFO[kind].label;
}
