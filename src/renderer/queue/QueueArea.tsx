import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxItem } from '../../shared/contract/outbox.ts';
import { formatCount } from '../app/format.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useErrorText } from '../ui/useErrorText.ts';
import { CollapsibleSection } from './CollapsibleSection.tsx';
import { OutboxOperation } from './OutboxOperation.tsx';
import { useOutbox } from './OutboxContext.tsx';
import './queue.css';

const PENDING_ORDER: Record<OutboxItem['state'], number> = { attention: 0, sending: 1, queued: 2, delivered: 3, cancelled: 4 };

/** What needs the person first, then what is on its way, then the rest in the order it will go. */
function pendingFirst(a: OutboxItem, b: OutboxItem): number {
  return PENDING_ORDER[a.state] - PENDING_ORDER[b.state] || a.createdAt.localeCompare(b.createdAt);
}

const newestDelivery = (a: OutboxItem, b: OutboxItem) => (b.deliveredAt ?? b.createdAt).localeCompare(a.deliveredAt ?? a.createdAt);
const newestFirst = (a: OutboxItem, b: OutboxItem) => b.createdAt.localeCompare(a.createdAt);

/**
 * The Kö area (C4): every submission not yet delivered with its state, progress, last error and
 * what the person can do; delivered and withdrawn ones kept below, folded away.
 */
export function QueueArea() {
  const { t } = useTranslation();
  const language = useLanguage();
  const errorText = useErrorText();
  const { items, error, progress } = useOutbox();
  const heading = useRef<HTMLHeadingElement>(null);
  const pendingId = useId();
  const [said, setSaid] = useState<{ seq: number; text: string } | null>(null);
  // "Today" for the next attempt's time; a page left open past midnight shows a date, which is still right.
  const [now] = useState(() => new Date());
  useEffect(() => heading.current?.focus(), []);

  const all = items ?? [];
  const pending = all.filter((i) => i.state === 'queued' || i.state === 'sending' || i.state === 'attention').sort(pendingFirst);
  const delivered = all.filter((i) => i.state === 'delivered').sort(newestDelivery);
  const cancelled = all.filter((i) => i.state === 'cancelled').sort(newestFirst);
  const say = (text: string) => setSaid((s) => ({ seq: (s?.seq ?? 0) + 1, text }));
  const operation = (item: OutboxItem) => (
    <OutboxOperation key={item.opId} item={item} all={all} live={progress.get(item.opId)} now={now} onSaid={say} focusPage={() => heading.current} />
  );

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('pages.queue.title')}
      </h1>
      <p className="lead">{t('pages.queue.intro')}</p>
      <p className="visually-hidden" aria-live="polite">
        {said && <span key={said.seq}>{said.text}</span>}
      </p>
      {error && (
        <p role="alert" className="error">
          {errorText(error)}
        </p>
      )}
      {items === null ? (
        !error && <p aria-busy="true">{t('queue.loading')}</p>
      ) : (
        <>
          <section className="queue-section" aria-labelledby={pendingId}>
            <h2 id={pendingId}>{t('queue.pendingHeading', { count: pending.length, formatted: formatCount(pending.length, language) })}</h2>
            {pending.length === 0 ? <p className="empty-state">{t('pages.queue.empty')}</p> : <ul className="operations">{pending.map(operation)}</ul>}
          </section>
          {delivered.length > 0 && (
            <CollapsibleSection title={t('queue.deliveredHeading', { formatted: formatCount(delivered.length, language) })}>
              <ul className="operations">{delivered.map(operation)}</ul>
            </CollapsibleSection>
          )}
          {cancelled.length > 0 && (
            <CollapsibleSection title={t('queue.cancelledHeading', { formatted: formatCount(cancelled.length, language) })}>
              <ul className="operations">{cancelled.map(operation)}</ul>
            </CollapsibleSection>
          )}
        </>
      )}
    </>
  );
}
