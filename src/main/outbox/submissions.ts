import { randomUUID } from 'node:crypto';
import type { Appointment, Individual } from '../../shared/agency/entities.ts';
import type { OutboxItem, QueueAppealInput, QueueInlagaInput } from '../../shared/contract/outbox.ts';
import { ContractFailure } from '../../shared/contract/result.ts';
import { appealAvailability, inlagaAvailability, type SubmissionAvailability } from '../../shared/domain/submission-rules.ts';
import { agencyToday } from '../appointments/agency-today.ts';
import type { Db } from '../store/database.ts';
import type { Staging } from './staging.ts';
import { getRow, toItem } from './store.ts';

const refused = (code: 'AGENCY_REJECTED' | 'NOT_FOUND' | 'INVALID_INPUT', message: string, agency?: { code: string; sv: string; en: string }): never => {
  throw new ContractFailure({ code, message, ...(agency ? { agency: { ...agency, retryable: false } } : {}) });
};

/** The agency's own words for a local refusal, so the person reads the same reason either way. */
const RULE_TEXT: Record<string, { sv: string; en: string }> = {
  DECISION_MADE: { sv: 'Beslut har fattats i asylärendet. Inlagor kan inte längre skickas in.', en: 'A decision has been made in the asylum case; submissions are no longer accepted.' },
  COUNSEL_RELEASED: { sv: 'Du är entledigad för individen och kan inte skicka in för hen.', en: 'You have been released for this individual and cannot submit for them.' },
  NO_DECISION: { sv: 'Det finns inget beslut att överklaga.', en: 'There is no decision to appeal.' },
  APPEAL_WINDOW_CLOSED: { sv: 'Tiden för överklagande har gått ut (21 dagar från underrättelsen).', en: 'The time to appeal has passed (21 days from notification).' },
  NOT_IN_GROUP: { sv: 'Individen ingår inte i förordnandegruppen.', en: 'The individual is not in the appointment group.' },
};

function requireAllowed(availability: SubmissionAvailability): void {
  if (!availability.allowed) refused('AGENCY_REJECTED', `Refused locally: ${availability.reason}`, { code: availability.reason, ...RULE_TEXT[availability.reason]! });
}

function appointmentOf(db: Db, counselId: string, appointmentId: string): Appointment {
  const raw = db.prepare('SELECT data FROM appointment WHERE counsel_id = ? AND agency_id = ?').pluck().get(counselId, appointmentId) as string | undefined;
  return raw ? (JSON.parse(raw) as Appointment) : refused('NOT_FOUND', 'The appointment is not on this computer');
}

interface NewOperation {
  kind: OutboxItem['kind'];
  counselId: string;
  personId: string;
  appointment: Appointment;
  payload: unknown;
  individuals: OutboxItem['summary']['individuals'];
  documents: { stagedId: string; title: string | null; documentType: OutboxItem['summary']['documents'][number]['documentType'] }[];
}

/** The operation, its files and the staged files' new role, in one transaction: all or nothing. */
function insertOperation(db: Db, staging: Staging, op: NewOperation): OutboxItem {
  const files = op.documents.map((d) => {
    const staged = staging.get(d.stagedId);
    if (!staged) refused('INVALID_INPUT', 'A file was not added through this window, or it was removed');
    return { ...d, ...staged! };
  });
  const opId = randomUUID();
  db.transaction(() => {
    db.prepare(
      `INSERT INTO outbox (op_id, idempotency_key, counsel_id, target, kind, payload, summary, state, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?)`,
    ).run(
      opId,
      randomUUID(),
      op.counselId,
      `appointment:${op.appointment.groupId}`,
      op.kind,
      JSON.stringify(op.payload),
      JSON.stringify({
        appointmentId: op.appointment.id,
        individuals: op.individuals,
        documents: files.map((f) => ({ fileName: f.fileName, title: f.title, documentType: f.documentType, pages: f.pages, size: f.size })),
      }),
      new Date().toISOString(),
      op.personId,
    );
    const addFile = db.prepare('INSERT INTO outbox_file (op_id, position, sha256, size, file_name, pages) VALUES (?, ?, ?, ?, ?, ?)');
    // Whatever the file was stored as (staged, or an agency document with the same content), it is
    // now an upload the queue needs until delivery.
    const keep = db.prepare("UPDATE stored_file SET origin = 'upload' WHERE sha256 = ?");
    files.forEach((f, position) => {
      addFile.run(opId, position, f.stagedId, f.size, f.fileName, f.pages);
      keep.run(f.stagedId);
    });
  }).immediate();
  for (const f of files) staging.discard(f.stagedId);
  return toItem(db, getRow(db, opId)!);
}

function individualsOf(db: Db, counselId: string, groupId: string): (Individual & { appointmentId: string; releasedOn: string | null })[] {
  return (
    db
      .prepare(
        `SELECT i.data, a.agency_id AS appointmentId, a.released_on AS releasedOn FROM appointment a
         JOIN individual i ON i.counsel_id = a.counsel_id AND i.agency_id = a.individual_id
         WHERE a.counsel_id = ? AND a.group_id = ?`,
      )
      .all(counselId, groupId) as { data: string; appointmentId: string; releasedOn: string | null }[]
  ).map((r) => ({ ...(JSON.parse(r.data) as Individual), appointmentId: r.appointmentId, releasedOn: r.releasedOn }));
}

/**
 * Queues an inlaga after checking the manual's rules on the local copy: no decision, counsel not
 * released, every individual in the group and not released. The agency checks them again.
 */
export function queueInlaga(db: Db, staging: Staging, counselId: string, personId: string, input: QueueInlagaInput): OutboxItem {
  const appointment = appointmentOf(db, counselId, input.appointmentId);
  requireAllowed(inlagaAvailability(appointment));
  const members = individualsOf(db, counselId, appointment.groupId);
  const chosen = [...new Set([appointment.individualId, ...input.individualIds])].map((id) => {
    const member = members.find((m) => m.id === id);
    if (!member) return refused('AGENCY_REJECTED', 'Not in the group', { code: 'NOT_IN_GROUP', ...RULE_TEXT.NOT_IN_GROUP! });
    if (member.releasedOn) return refused('AGENCY_REJECTED', 'Released', { code: 'COUNSEL_RELEASED', ...RULE_TEXT.COUNSEL_RELEASED! });
    return member;
  });
  return insertOperation(db, staging, {
    kind: 'inlaga',
    counselId,
    personId,
    appointment,
    payload: {
      appointmentId: appointment.id,
      individualIds: chosen.map((m) => m.id),
      documents: input.documents.map((d) => ({ documentType: d.documentType, ...(d.title ? { title: d.title } : {}) })),
    },
    individuals: chosen.map((m) => ({ individualId: m.id, name: m.name, individualNumber: m.individualNumber })),
    documents: input.documents.map((d) => ({ stagedId: d.stagedId, title: d.title ?? null, documentType: d.documentType })),
  });
}

/** Queues an överklagande: only inside the appeal window, only for the appointment's own individual. */
export function queueAppeal(db: Db, staging: Staging, counselId: string, personId: string, input: QueueAppealInput): OutboxItem {
  const appointment = appointmentOf(db, counselId, input.appointmentId);
  requireAllowed(appealAvailability(appointment, agencyToday(db)));
  const self = individualsOf(db, counselId, appointment.groupId).find((m) => m.id === appointment.individualId)!;
  return insertOperation(db, staging, {
    kind: 'overklagande',
    counselId,
    personId,
    appointment,
    payload: { appointmentId: appointment.id, documents: input.documents.map((d) => (d.title ? { title: d.title } : {})) },
    individuals: [{ individualId: self.id, name: self.name, individualNumber: self.individualNumber }],
    documents: input.documents.map((d) => ({ stagedId: d.stagedId, title: d.title ?? null, documentType: null })),
  });
}
