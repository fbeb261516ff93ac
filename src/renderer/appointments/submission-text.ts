// Submission availability in words: pure, so each wording is testable without rendering.
import type { TFunction } from 'i18next';
import type { Language } from '../../shared/contract/schemas.ts';
import type { SubmissionAvailability } from '../../shared/domain/submission-rules.ts';
import { formatDay } from '../app/format.ts';

/** Why a button is disabled, or the last day of an open window; null when there is nothing to say. */
export function availabilityText(availability: SubmissionAvailability, name: string, language: Language, t: TFunction): string | null {
  if (availability.allowed) return availability.lastDay ? t('submissions.lastDay', { date: formatDay(availability.lastDay, language) }) : null;
  const date = availability.date ? formatDay(availability.date, language) : '';
  switch (availability.reason) {
    case 'COUNSEL_RELEASED':
      return t('submissions.reason.COUNSEL_RELEASED', { name, date });
    case 'APPEAL_WINDOW_CLOSED':
      return t('submissions.reason.APPEAL_WINDOW_CLOSED', { date });
    default:
      return t(`submissions.reason.${availability.reason}`);
  }
}

/** Up to two initials for the photo placeholder: "Göran Abdi Warsame" → "GW". */
export function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return `${first}${last}`.toLocaleUpperCase('sv');
}
