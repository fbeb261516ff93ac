/** Rows to the resources of the feed. Deadlines and visibility come from the shared domain rules. */
import type { Appointment, Group, Individual } from '../../shared/agency/entities.ts';
import { appealDeadline } from '../../shared/domain/deadlines.ts';
import { visibleUntil } from '../../shared/domain/visibility.ts';
import type { AppointmentRow, GroupRow, IndividualRow } from './rows.ts';

export function toAppointment(row: AppointmentRow): Appointment {
  return {
    id: row.id,
    counselId: row.counsel_id,
    groupId: row.group_id,
    individualId: row.individual_id,
    startedOn: row.started_on,
    workplaceId: row.workplace_id,
    endedOn: row.ended_on,
    releasedOn: row.released_on,
    appealHandedToCourtOn: row.appeal_handed_on,
    decision:
      row.decided_on && row.notified_on
        ? {
            decidedOn: row.decided_on,
            notifiedOn: row.notified_on,
            outcome: row.outcome === 'refused' ? 'refused' : 'granted',
            appealLastDay: appealDeadline(row.notified_on),
            documentId: row.decision_document_id,
          }
        : null,
    visibleUntil: visibleUntil({ endedOn: row.ended_on, appealHandedToCourtOn: row.appeal_handed_on, releasedOn: row.released_on }),
  };
}

/** Contact details are withheld once counsel is released (manual 3.2.3). */
export function toIndividual(row: IndividualRow, released: boolean): Individual {
  return {
    id: row.id,
    individualNumber: row.individual_number,
    name: row.name,
    birthDate: row.birth_date,
    citizenship: row.citizenship,
    contact: released ? null : { phone: row.phone, email: row.email, address: row.address, protected: row.protected === 1 },
  };
}

export function toGroup(row: GroupRow): Group {
  return { id: row.id, counselId: row.counsel_id, mainIndividualId: row.main_individual_id, createdOn: row.created_on };
}
