/**
 * Handlers of the control API (demo only): the clock, sessions for tests, case and claim events
 * the agency would cause, faults and counters. Whatever may change visibility runs the sweep.
 */
import { randomBytes } from 'node:crypto';
import { appealDeadline } from '../../shared/domain/deadlines.ts';
import type { Handlers } from '../http/types.ts';
import { issueTokens } from '../auth/tokens.ts';
import { createBooking } from '../calendar/bookings.ts';
import { addGroupMember, createGroup, decideCase, endAppointment, handAppealToCourt, publishCaseDocument, releaseCounsel } from '../cases/create.ts';
import { appointmentRow } from '../cases/rows.ts';
import { decideClaim, requestCompletion, startProcessing } from '../claims/lifecycle.ts';
import { inTransaction, type Agency } from '../context.ts';
import { sweep } from '../feed/sweep.ts';
import { Rejection, jsonReply } from '../http/reply.ts';
import { setMeta } from '../store/db.ts';
import { submissionCounters } from '../submissions/record.ts';

type ControlHandlers = Pick<
  Handlers,
  | 'getClock'
  | 'setClock'
  | 'createSession'
  | 'controlCreateAppointments'
  | 'controlAddGroupMember'
  | 'controlPublishDocument'
  | 'controlDecide'
  | 'controlHandAppealToCourt'
  | 'controlRelease'
  | 'controlEndAppointment'
  | 'controlBook'
  | 'controlRemoveDelegation'
  | 'controlStartProcessing'
  | 'controlRequestCompletion'
  | 'controlDecideClaim'
  | 'controlAddFault'
  | 'controlListFaults'
  | 'controlClearFaults'
  | 'controlGetCounters'
  | 'controlResetCounters'
  | 'controlExpireCursors'
>;

function clockState(agency: Agency) {
  return { now: agency.clock.now(), today: agency.clock.today(), frozen: agency.clock.frozen() };
}

/** Runs a case change and then the sweep, so anything now out of its window is withdrawn at once. */
function change<T>(agency: Agency, fn: () => T): T {
  const result = inTransaction(agency, fn);
  sweep(agency);
  return result;
}

function appointmentCounsel(agency: Agency, appointmentId: string): string {
  const apt = appointmentRow(agency, appointmentId);
  if (!apt || apt.withdrawn) throw new Rejection('NOT_FOUND', { appointmentId });
  return apt.counsel_id;
}

export const controlHandlers: ControlHandlers = {
  getClock: ({ agency }) => jsonReply(200, clockState(agency)),
  setClock: ({ agency, body }) => {
    if (body.set) agency.clock.set(Date.parse(body.set));
    if (body.advance) {
      const a = body.advance;
      agency.clock.advance((((a.days ?? 0) * 24 + (a.hours ?? 0)) * 60 + (a.minutes ?? 0)) * 60_000 + (a.seconds ?? 0) * 1000);
    }
    if (body.frozen !== undefined) agency.clock.setFrozen(body.frozen);
    sweep(agency);
    return jsonReply(200, clockState(agency));
  },
  createSession: ({ agency, body }) => {
    const known = agency.db.prepare('SELECT 1 FROM persons WHERE id = ?').get(body.personId);
    if (!known) throw new Rejection('NOT_FOUND', { personId: body.personId });
    return jsonReply(200, issueTokens(agency, body.personId));
  },
  controlCreateAppointments: ({ agency, body }) =>
    jsonReply(201, change(agency, () => createGroup(agency, { counselId: body.counselId, startedOn: body.startedOn ?? agency.clock.today(), individuals: body.individuals }))),
  controlAddGroupMember: ({ agency, body, params }) => jsonReply(201, change(agency, () => addGroupMember(agency, params.groupId!, body))),
  controlPublishDocument: ({ agency, body }) =>
    jsonReply(
      201,
      change(agency, () => {
        const published = publishCaseDocument(agency, body.appointmentId, body.kind ?? 'tjansteanteckning', { title: body.title, pages: body.pages, text: body.text });
        return { documentId: published.documentId, notificationId: published.notificationId! };
      }),
    ),
  controlDecide: ({ agency, body }) =>
    jsonReply(
      201,
      change(agency, () => {
        const today = agency.clock.today();
        const notifiedOn = body.notifiedOn ?? today;
        const published = decideCase(agency, body.appointmentId, { outcome: body.outcome ?? 'refused', decidedOn: body.decidedOn ?? notifiedOn, notifiedOn });
        const apt = appointmentRow(agency, body.appointmentId)!;
        return { documentId: published.documentId, appealLastDay: appealDeadline(apt.notified_on!) };
      }),
    ),
  controlHandAppealToCourt: ({ agency, body }) =>
    jsonReply(200, change(agency, () => (handAppealToCourt(agency, body.appointmentId, body.on ?? agency.clock.today()), { ok: true as const, documentId: null }))),
  controlRelease: ({ agency, body }) =>
    jsonReply(200, change(agency, () => ({ ok: true as const, documentId: releaseCounsel(agency, body.appointmentId, body.on ?? agency.clock.today()) }))),
  controlEndAppointment: ({ agency, body }) =>
    jsonReply(200, change(agency, () => (endAppointment(agency, body.appointmentId, body.on ?? agency.clock.today()), { ok: true as const, documentId: null }))),
  controlBook: ({ agency, body }) =>
    jsonReply(
      201,
      change(agency, () => {
        if (body.appointmentId && appointmentCounsel(agency, body.appointmentId) !== body.counselId) throw new Rejection('NOT_FOUND', { appointmentId: body.appointmentId });
        return { bookingId: createBooking(agency, body).id };
      }),
    ),
  controlRemoveDelegation: ({ agency, body }) => {
    const r = agency.db.prepare('DELETE FROM delegations WHERE counsel_id = ? AND assistant_id = ?').run(body.counselId, body.assistantId);
    if (r.changes === 0) throw new Rejection('NOT_FOUND', body);
    agency.feed.remove(body.counselId, 'assistant', body.assistantId);
    return jsonReply(200, { ok: true });
  },
  controlStartProcessing: ({ agency, params }) => (change(agency, () => startProcessing(agency, params.claimId!)), jsonReply(200, { ok: true })),
  controlRequestCompletion: ({ agency, params, body }) => jsonReply(201, change(agency, () => requestCompletion(agency, params.claimId!, body.message, body.deadline))),
  controlDecideClaim: ({ agency, params, body }) => jsonReply(201, change(agency, () => decideClaim(agency, params.claimId!, body))),
  controlAddFault: ({ agency, body }) => jsonReply(201, { faultId: agency.faults.add(body) }),
  controlListFaults: ({ agency }) => jsonReply(200, { faults: agency.faults.list() }),
  controlClearFaults: ({ agency }) => (agency.faults.clear(), jsonReply(200, { ok: true })),
  controlGetCounters: ({ agency }) =>
    jsonReply(200, {
      idempotency: agency.db.prepare('SELECT key, received, applied FROM idempotency_counters ORDER BY rowid').all(),
      submissions: submissionCounters(agency),
    }),
  controlResetCounters: ({ agency }) => {
    agency.db.prepare('DELETE FROM idempotency_counters').run();
    agency.db.prepare('DELETE FROM submissions').run();
    return jsonReply(200, { ok: true });
  },
  controlExpireCursors: ({ agency }) => {
    setMeta(agency.db, 'feed_epoch', randomBytes(6).toString('hex'));
    return jsonReply(200, { ok: true });
  },
};
