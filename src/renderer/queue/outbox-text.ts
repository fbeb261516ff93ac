// The queue in words: pure, so each wording can be checked without rendering.
import type { TFunction } from 'i18next';
import type { OutboxItem, UploadProgress } from '../../shared/contract/outbox.ts';
import type { Language } from '../../shared/contract/schemas.ts';
import { formatDateTime, formatTime, sameSwedishDay } from '../app/format.ts';

/**
 * Rule rejections that sending again cannot cure: the agency will say the same. The person can
 * only withdraw; saying so spares them a pointless "Skicka igen".
 */
const FINAL_REJECTIONS = new Set(['DECISION_MADE', 'COUNSEL_RELEASED', 'APPEAL_WINDOW_CLOSED', 'NO_DECISION', 'NOT_IN_GROUP', 'ALREADY_APPEALED', 'NOTHING_TO_APPEAL']);

/** Codes with their own advice; anything else gets the general one. */
const ADVISED = ['DECISION_MADE', 'COUNSEL_RELEASED', 'APPEAL_WINDOW_CLOSED', 'NOT_IN_GROUP', 'ALREADY_APPEALED', 'LOCAL_FAILURE'] as const;
type AdvisedCode = (typeof ADVISED)[number];

export function canResend(item: OutboxItem): boolean {
  return item.state === 'attention' && !FINAL_REJECTIONS.has(item.lastError?.code ?? '');
}

export function canCancel(item: OutboxItem): boolean {
  return item.state === 'queued' || item.state === 'attention';
}

/** Not while an earlier one goes first, nor while waiting for a sign-in: trying would change nothing. */
export function canRetryNow(item: OutboxItem): boolean {
  return item.state === 'queued' && item.blockedBy === null && item.lastError?.kind !== 'auth';
}

/** The state as the person reads it: "Väntar på att skickas, nästa försök kl. 14:32". */
export function stateText(item: OutboxItem, language: Language, t: TFunction, now: Date): string {
  switch (item.state) {
    case 'queued': {
      const waiting = t('queue.state.queued');
      if (!item.nextAttemptAt) return waiting;
      const next = sameSwedishDay(item.nextAttemptAt, now)
        ? t('queue.nextAttemptToday', { time: formatTime(item.nextAttemptAt, language) })
        : t('queue.nextAttemptLater', { time: formatDateTime(item.nextAttemptAt, language) });
      return `${waiting}, ${next}`;
    }
    case 'sending':
      return t('queue.state.sending');
    case 'delivered':
      return item.deliveredAt ? t('queue.state.deliveredAt', { time: formatDateTime(item.deliveredAt, language) }) : t('queue.state.delivered');
    case 'attention':
      return t('queue.state.attention');
    case 'cancelled':
      return t('queue.state.cancelled');
  }
}

/** The last error in plain words; for a rejection the agency's own reason when it gave one. */
export function errorText(item: OutboxItem, language: Language, t: TFunction): string | null {
  const error = item.lastError;
  // While sending, a new attempt is under way: the previous one's error would only confuse.
  if (!error || item.state === 'sending' || item.state === 'delivered' || item.state === 'cancelled') return null;
  switch (error.kind) {
    case 'retryable':
      return t('queue.error.retryable');
    case 'auth':
      return t('queue.error.auth');
    case 'rejected':
      if (error.message) return error.message[language];
      return error.code === 'LOCAL_FAILURE' ? t('queue.error.local') : t('queue.error.rejected');
  }
}

/** What the person can do about a rejection, in words that match the buttons offered. */
export function adviceText(item: OutboxItem, t: TFunction): string | null {
  if (item.state !== 'attention') return null;
  const code = item.lastError?.code ?? '';
  if ((ADVISED as readonly string[]).includes(code)) return t(`queue.advice.${code as AdvisedCode}`);
  return canResend(item) ? t('queue.advice.fixAndResend') : t('queue.advice.withdraw');
}

/**
 * Bytes sent so far: the live count while sending (main reports it about every half megabyte),
 * else what main recorded per file, which is where a resumed upload goes on from.
 */
export function uploadedBytes(item: OutboxItem, live: UploadProgress | undefined): { uploaded: number; total: number } {
  const total = item.files.reduce((sum, f) => sum + f.size, 0);
  if (item.state === 'delivered') return { uploaded: total, total };
  const recorded = item.files.reduce((sum, f) => sum + f.uploaded, 0);
  if (item.state === 'sending' && live) return { uploaded: Math.min(live.uploaded, total), total };
  return { uploaded: recorded, total };
}

/** Per file, from the operation's total: main sends the files one after another, in order. */
export function fileProgress(item: OutboxItem, uploaded: number): number[] {
  let before = 0;
  return item.files.map((file) => {
    const mine = Math.max(0, Math.min(file.size, uploaded - before));
    before += file.size;
    if (item.state === 'delivered') return file.size;
    return item.state === 'sending' ? mine : file.uploaded;
  });
}
