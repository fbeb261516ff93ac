import { useTranslation } from 'react-i18next';
import { useOutbox } from './OutboxContext.tsx';

/**
 * Tells a screen reader, wherever the person is in the app, when a submission was delivered or
 * came back needing them; the badge shows the same to the eye. No names: a kind is enough here.
 */
export function OutboxAnnouncer() {
  const { t } = useTranslation();
  const { news } = useOutbox();
  return (
    <p className="visually-hidden" aria-live="polite">
      {news && <span key={news.seq}>{t(`queue.announce.${news.event}.${news.kind}`)}</span>}
    </p>
  );
}
