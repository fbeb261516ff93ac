/** Every delivered submission is recorded with its files, for the control API's counters. */
import type { Counters } from '../../shared/agency/control.ts';
import { newId, type Agency } from '../context.ts';
import type { TakenUpload } from '../uploads/uploads.ts';

type Kind = Counters['submissions'][number]['kind'];

export interface NewSubmission {
  kind: Kind;
  counselId: string;
  appointmentId?: string | null;
  claimId?: string | null;
  idempotencyKey: string | null;
  personId: string;
  files: readonly TakenUpload[];
}

export function recordSubmission(agency: Agency, s: NewSubmission): { id: string; receivedAt: string } {
  const id = newId('sub');
  const receivedAt = agency.clock.now();
  const files = s.files.map((f) => ({ uploadId: f.uploadId, sha256: f.sha256, size: f.size }));
  agency.db
    .prepare(
      'INSERT INTO submissions (id, counsel_id, kind, appointment_id, claim_id, idempotency_key, received_at, by_person, files) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    )
    .run(id, s.counselId, s.kind, s.appointmentId ?? null, s.claimId ?? null, s.idempotencyKey, receivedAt, s.personId, JSON.stringify(files));
  return { id, receivedAt };
}

export function submissionCounters(agency: Agency): Counters['submissions'] {
  const rows = agency.db.prepare('SELECT * FROM submissions ORDER BY received_at, rowid').all() as {
    id: string;
    counsel_id: string;
    kind: Kind;
    appointment_id: string | null;
    claim_id: string | null;
    idempotency_key: string | null;
    received_at: string;
    by_person: string;
    files: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    counselId: r.counsel_id,
    appointmentId: r.appointment_id,
    claimId: r.claim_id,
    idempotencyKey: r.idempotency_key,
    receivedAt: r.received_at,
    byPersonId: r.by_person,
    files: JSON.parse(r.files) as Counters['submissions'][number]['files'],
  }));
}
