import { useTranslation } from 'react-i18next';
import type { AppStatus, Language } from '../../shared/contract/schemas.ts';
import { useApi } from '../api/ApiContext.tsx';
import { formatDateTime } from './format.ts';

export function StatusArea({ status, demoAgency }: { status: AppStatus | null; demoAgency: boolean }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const language = i18n.language as Language;
  const connection = status?.connection ?? 'checking';
  const sync = status?.sync;

  return (
    <section className="status" aria-label={t('status.region')}>
      <p className={`status-connection status-${connection}`} role="status" aria-live="polite">
        <span className="status-dot" aria-hidden="true" />
        {t(`status.${connection}`)}
      </p>
      {connection === 'offline' && status?.lastContactAt && (
        <p className="status-detail">{t('status.lastContact', { time: formatDateTime(status.lastContactAt, language) })}</p>
      )}
      <p className="status-detail">
        {sync?.state === 'syncing'
          ? t('status.syncing', { items: sync.items })
          : sync?.state === 'error'
            ? t('status.syncError', { reason: sync.reason })
            : sync?.lastSyncedAt
              ? t('status.lastSynced', { time: formatDateTime(sync.lastSyncedAt, language) })
              : t('status.neverSynced')}
      </p>
      {demoAgency && <p className="status-badge">{t('status.demoAgency')}</p>}
      <button type="button" className="button-quiet" onClick={() => void api.checkConnection()}>
        {t('status.checkNow')}
      </button>
    </section>
  );
}
