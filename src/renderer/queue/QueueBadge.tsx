import { useTranslation } from 'react-i18next';
import { formatCount } from '../app/format.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useOutboxCounts } from './OutboxContext.tsx';
import './queue.css';

/**
 * The count on "Kö" in the menu, seen from anywhere: what is not yet delivered, and apart from
 * that, in words and not by colour alone, what needs the person.
 */
export function QueueBadge() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { pending, attention } = useOutboxCounts();
  if (pending === 0) return null;
  return (
    <>
      {' '}
      <span className="nav-badge">{formatCount(pending, language)}</span> <span className="visually-hidden">{t('queue.badge.pending')}</span>
      {attention > 0 && (
        <>
          {' '}
          <span className="nav-badge nav-badge-attention">{t('queue.badge.attention', { count: attention, formatted: formatCount(attention, language) })}</span>
        </>
      )}
    </>
  );
}
