/**
 * Inlaga (manual 3.2.2): allowed while no decision has been made in the asylum case, any number
 * of times; may cover other individuals of the same group, never ones counsel was released for.
 * Överklagande (3.2.4): until 21 days from notification of the decision, for the appointment's own
 * individual only. Delivered documents appear in the feed as sent documents under each individual.
 */
import { INLAGA_DOCUMENT_TYPE_LABEL } from '../../shared/agency/documents.ts';
import type { AgencyDocument } from '../../shared/agency/entities.ts';
import type { InlagaRequest, OverklagandeRequest, SubmissionReceipt } from '../../shared/agency/submissions.ts';
import { appealWindow } from '../../shared/domain/deadlines.ts';
import type { Agency } from '../context.ts';
import { groupAppointments, visibleAppointment, type AppointmentRow } from '../cases/rows.ts';
import { createDocument } from '../documents/publish.ts';
import { Rejection } from '../http/reply.ts';
import { takeUploads } from '../uploads/uploads.ts';
import { recordSubmission } from './record.ts';

export interface Caller {
  counselId: string;
  personId: string;
  idempotencyKey: string | null;
}

const baseName = (fileName: string) => fileName.replace(/\.pdf$/i, '');

export function submitInlaga(agency: Agency, caller: Caller, appointmentId: string, input: InlagaRequest): SubmissionReceipt {
  const current = visibleAppointment(agency, caller.counselId, appointmentId);
  if (current.released_on) throw new Rejection('COUNSEL_RELEASED', { individualId: current.individual_id });
  const members = groupAppointments(agency, current.group_id);
  const covered: AppointmentRow[] = [];
  for (const individualId of new Set(input.individualIds)) {
    const member = members.find((m) => m.individual_id === individualId);
    if (!member) throw new Rejection('NOT_IN_GROUP', { individualId });
    if (member.released_on) throw new Rejection('COUNSEL_RELEASED', { individualId });
    if (member.decided_on) throw new Rejection('DECISION_MADE', { individualId, decidedOn: member.decided_on });
    covered.push(member);
  }
  const files = takeUploads(agency, caller.counselId, input.documents.map((d) => d.uploadId));
  const submission = recordSubmission(agency, {
    kind: 'inlaga',
    counselId: caller.counselId,
    appointmentId,
    idempotencyKey: caller.idempotencyKey,
    personId: caller.personId,
    files,
  });
  const documents: AgencyDocument[] = [];
  for (const member of covered) {
    input.documents.forEach((d, i) => {
      const file = files[i]!;
      documents.push(
        createDocument(agency, {
          appointment: member,
          kind: 'inlaga',
          title: d.title ?? `${INLAGA_DOCUMENT_TYPE_LABEL[d.documentType].sv} – ${baseName(file.fileName)}`,
          blob: file,
          pages: file.pages,
          publishedAt: submission.receivedAt,
          documentType: d.documentType,
          sentByPersonId: caller.personId,
          submissionId: submission.id,
        }),
      );
    });
  }
  return { submissionId: submission.id, kind: 'inlaga', receivedAt: submission.receivedAt, documents };
}

export function submitOverklagande(agency: Agency, caller: Caller, appointmentId: string, input: OverklagandeRequest): SubmissionReceipt {
  const appointment = visibleAppointment(agency, caller.counselId, appointmentId);
  if (appointment.released_on) throw new Rejection('COUNSEL_RELEASED', { individualId: appointment.individual_id });
  if (!appointment.notified_on) throw new Rejection('NO_DECISION');
  const window = appealWindow(appointment.notified_on, agency.clock.today());
  if (!window.open) throw new Rejection('APPEAL_WINDOW_CLOSED', { notifiedOn: appointment.notified_on, lastDay: window.lastDay });
  const files = takeUploads(agency, caller.counselId, input.documents.map((d) => d.uploadId));
  const submission = recordSubmission(agency, {
    kind: 'overklagande',
    counselId: caller.counselId,
    appointmentId,
    idempotencyKey: caller.idempotencyKey,
    personId: caller.personId,
    files,
  });
  const documents = input.documents.map((d, i) => {
    const file = files[i]!;
    return createDocument(agency, {
      appointment,
      kind: 'overklagande',
      title: d.title ?? `Överklagande – ${baseName(file.fileName)}`,
      blob: file,
      pages: file.pages,
      publishedAt: submission.receivedAt,
      sentByPersonId: caller.personId,
      submissionId: submission.id,
    });
  });
  return { submissionId: submission.id, kind: 'overklagande', receivedAt: submission.receivedAt, documents };
}
