import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurgeNotice } from '../../shared/contract/appointments.ts';

interface PurgeNoticesProps {
  notices: readonly PurgeNotice[];
  onDismiss: () => void;
}

/**
 * Tells the person which appointments were removed from this computer and by which rule (B2),
 * so one that disappears from the list is never a mystery. The live region exists before the
 * notices do, so screen readers announce them when they arrive.
 */
export function PurgeNotices({ notices, onDismiss }: PurgeNoticesProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <div aria-live="polite">
      {notices.length > 0 && (
        <section className="notice" aria-labelledby={headingId}>
          <h2 id={headingId}>{t('purge.heading')}</h2>
          <ul className="notice-list">
            {notices.map((notice) => (
              <li key={notice.id}>
                {t('purge.notice', { individualNumber: notice.individualNumber, reason: t(`purge.reason.${notice.reason}`) })}
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={onDismiss}>
            {t('purge.ok')}
          </button>
        </section>
      )}
    </div>
  );
}
