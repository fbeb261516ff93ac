import type { AppointmentStatus } from '../../shared/contract/appointments.ts';

export function statusOf(a: { releasedOn: string | null; endedOn: string | null }): AppointmentStatus {
  return a.releasedOn ? 'released' : a.endedOn ? 'ended' : 'active';
}
