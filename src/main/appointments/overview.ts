import type { Appointment, Group, Individual, Workplace } from '../../shared/agency/entities.ts';
import type { GroupMember, Overview } from '../../shared/contract/appointments.ts';
import { ContractFailure } from '../../shared/contract/result.ts';
import { appealAvailability, inlagaAvailability } from '../../shared/domain/submission-rules.ts';
import type { Db } from '../store/database.ts';
import { agencyToday } from './agency-today.ts';
import { statusOf } from './status.ts';
import { recordVisit } from './visits.ts';

function json<T>(raw: unknown): T {
  return JSON.parse(raw as string) as T;
}

function notFound(): never {
  throw new ContractFailure({ code: 'NOT_FOUND', message: 'The appointment is not on this computer' });
}

/** The individual overview (B3, B4): the appointment, the buttons and their rules, the person, the group. */
export function getOverview(db: Db, counselId: string, appointmentId: string): Overview {
  const raw = db.prepare('SELECT data FROM appointment WHERE counsel_id = ? AND agency_id = ?').pluck().get(counselId, appointmentId);
  if (!raw) notFound();
  const appointment = json<Appointment>(raw);
  const individualRaw = db.prepare('SELECT data FROM individual WHERE counsel_id = ? AND agency_id = ?').pluck().get(counselId, appointment.individualId);
  if (!individualRaw) notFound();
  const individual = json<Individual>(individualRaw);
  const groupRaw = db.prepare('SELECT data FROM appointment_group WHERE counsel_id = ? AND agency_id = ?').pluck().get(counselId, appointment.groupId);
  const mainIndividualId = groupRaw ? json<Group>(groupRaw).mainIndividualId : appointment.individualId;
  const workplaceRaw = appointment.workplaceId
    ? db.prepare('SELECT data FROM workplace WHERE counsel_id = ? AND agency_id = ?').pluck().get(counselId, appointment.workplaceId)
    : undefined;
  const workplace = workplaceRaw ? json<Workplace>(workplaceRaw) : null;

  const members = (
    db
      .prepare(
        `SELECT a.agency_id AS appointmentId, a.released_on AS releasedOn, i.agency_id AS individualId, i.individual_number AS individualNumber, i.name
         FROM appointment a JOIN individual i ON i.counsel_id = a.counsel_id AND i.agency_id = a.individual_id
         WHERE a.counsel_id = ? AND a.group_id = ?
         ORDER BY i.individual_number`,
      )
      .all(counselId, appointment.groupId) as { appointmentId: string; releasedOn: string | null; individualId: string; individualNumber: string; name: string }[]
  ).map(
    (m): GroupMember => ({
      individualId: m.individualId,
      individualNumber: m.individualNumber,
      name: m.name,
      // The manual: no navigation to individuals counsel was released for.
      appointmentId: m.releasedOn ? null : m.appointmentId,
      released: m.releasedOn !== null,
      main: m.individualId === mainIndividualId,
      current: m.appointmentId === appointmentId,
    }),
  );

  const facts = { releasedOn: appointment.releasedOn, endedOn: appointment.endedOn, decision: appointment.decision };
  return {
    counselId,
    appointment: {
      id: appointment.id,
      status: statusOf(appointment),
      startedOn: appointment.startedOn,
      endedOn: appointment.endedOn,
      releasedOn: appointment.releasedOn,
      workplace: workplace && { name: workplace.name, street: workplace.street, postcode: workplace.postcode, city: workplace.city },
      decision: appointment.decision && {
        decidedOn: appointment.decision.decidedOn,
        notifiedOn: appointment.decision.notifiedOn,
        outcome: appointment.decision.outcome,
        appealLastDay: appointment.decision.appealLastDay,
      },
      visibleUntil: appointment.visibleUntil,
    },
    individual: {
      id: individual.id,
      individualNumber: individual.individualNumber,
      name: individual.name,
      birthDate: individual.birthDate,
      citizenship: individual.citizenship,
      // Contact details are not shown once counsel is released (manual 3.2.3), whatever is stored.
      contact: appointment.releasedOn ? null : individual.contact,
    },
    group: { id: appointment.groupId, mainIndividualId, members },
    actions: { inlaga: inlagaAvailability(facts), appeal: appealAvailability(facts, agencyToday(db)) },
    newSince: recordVisit(db, counselId, appointmentId),
  };
}
