/**
 * Whether counsel may send an inlaga or an överklagande for an appointment today (manual 3.2.2,
 * 3.2.4), with the reason when not, so the app can disable a button and say why in words. The
 * agency checks the same rules again when the submission arrives.
 */
import { appealWindow } from './deadlines.ts';
import type { IsoDate } from './dates.ts';

export interface AppointmentFacts {
  releasedOn: IsoDate | null;
  endedOn: IsoDate | null;
  decision: { notifiedOn: IsoDate } | null;
}

export type SubmissionRefusal = 'COUNSEL_RELEASED' | 'DECISION_MADE' | 'NO_DECISION' | 'APPEAL_WINDOW_CLOSED';

export type SubmissionAvailability =
  | { allowed: true; lastDay?: IsoDate }
  | { allowed: false; reason: SubmissionRefusal; date?: IsoDate };

/** Inlagor any number of times while no decision is made, never once counsel is released. */
export function inlagaAvailability(facts: AppointmentFacts): SubmissionAvailability {
  if (facts.releasedOn !== null) return { allowed: false, reason: 'COUNSEL_RELEASED', date: facts.releasedOn };
  if (facts.decision !== null) return { allowed: false, reason: 'DECISION_MADE' };
  return { allowed: true };
}

/** An appeal from the decision until 21 days from the notification (the statutory last day included). */
export function appealAvailability(facts: AppointmentFacts, today: IsoDate): SubmissionAvailability {
  if (facts.releasedOn !== null) return { allowed: false, reason: 'COUNSEL_RELEASED', date: facts.releasedOn };
  if (facts.decision === null) return { allowed: false, reason: 'NO_DECISION' };
  const window = appealWindow(facts.decision.notifiedOn, today);
  return window.open ? { allowed: true, lastDay: window.lastDay } : { allowed: false, reason: 'APPEAL_WINDOW_CLOSED', date: window.lastDay };
}
