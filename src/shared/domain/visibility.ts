/**
 * How long counsel keeps seeing an appointment after it is over (manual, "Förordnanden"): three
 * months after the appointment ended, 90 days after an appeal was handed to the court, 10 days
 * after counsel was released. The agency withdraws access by this rule and the app prunes its
 * local copy by it, so both must compute the same day.
 */
import { addDays, addMonths, compareIsoDate, type IsoDate } from './dates.ts';

export const VISIBLE_MONTHS_AFTER_END = 3;
export const VISIBLE_DAYS_AFTER_APPEAL_HANDOVER = 90;
export const VISIBLE_DAYS_AFTER_RELEASE = 10;

export interface VisibilityFacts {
  endedOn: IsoDate | null;
  appealHandedToCourtOn: IsoDate | null;
  releasedOn: IsoDate | null;
}

export type VisibilityReason = 'active' | 'ended' | 'appeal' | 'released';

/**
 * Which rule governs. A release is the strongest fact (counsel no longer acts at all), then an
 * appeal at court (counsel follows it there), then the plain end of the appointment.
 */
export function visibilityReason(f: VisibilityFacts): VisibilityReason {
  if (f.releasedOn !== null) return 'released';
  if (f.appealHandedToCourtOn !== null) return 'appeal';
  if (f.endedOn !== null) return 'ended';
  return 'active';
}

/** The last day the appointment is visible (visible that whole day, gone the next); null while active. */
export function visibleUntil(f: VisibilityFacts): IsoDate | null {
  switch (visibilityReason(f)) {
    case 'released':
      return addDays(f.releasedOn!, VISIBLE_DAYS_AFTER_RELEASE);
    case 'appeal':
      return addDays(f.appealHandedToCourtOn!, VISIBLE_DAYS_AFTER_APPEAL_HANDOVER);
    case 'ended':
      return addMonths(f.endedOn!, VISIBLE_MONTHS_AFTER_END);
    case 'active':
      return null;
  }
}

export function isVisible(f: VisibilityFacts, today: IsoDate): boolean {
  const until = visibleUntil(f);
  return until === null || compareIsoDate(today, until) <= 0;
}
