// Sync status in words: pure functions, so each wording is testable without rendering.
import type { TFunction } from 'i18next';
import type { Language, SyncStatus } from '../../shared/contract/schemas.ts';
import { formatBytes, formatCount } from './format.ts';

/** "1 234 poster, 3,2 MB"; the size only once documents have been fetched. */
export function progressText(progress: NonNullable<SyncStatus['progress']>, language: Language, t: TFunction): string {
  const items = t('status.items', { count: progress.items, formatted: formatCount(progress.items, language) });
  // A no-break space keeps "3,2 MB" on one line in the narrow sidebar.
  return progress.bytes > 0 ? `${items}, ${formatBytes(progress.bytes, language).replace(/ /g, '\u00a0')}` : items;
}

/**
 * The clock-skew warning, or null. The contract gives agency clock minus this computer's clock,
 * so a negative value means this computer is ahead.
 */
export function skewText(skewSeconds: number | null, t: TFunction): string | null {
  if (skewSeconds === null) return null;
  const total = Math.round(Math.abs(skewSeconds) / 60);
  if (total === 0) return null;
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  const hoursText = t('status.skew.hours', { count: hours });
  const minutesText = t('status.skew.minutes', { count: minutes });
  const amount =
    hours === 0 ? minutesText : minutes === 0 ? hoursText : t('status.skew.hoursAndMinutes', { hours: hoursText, minutes: minutesText });
  const direction = skewSeconds < 0 ? 'ahead' : 'behind';
  return `${t(`status.skew.${direction}`, { amount })} ${t('status.skew.rule')}`;
}
