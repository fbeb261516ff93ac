import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '../../shared/contract/result.ts';
import type { AppStatus, SyncStatus } from '../../shared/contract/schemas.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useErrorText } from '../ui/useErrorText.ts';
import { formatDateTime } from './format.ts';
import { progressText, skewText } from './sync-text.ts';
import { useSyncAnnouncer } from './useSyncAnnouncer.ts';

interface StatusAreaProps {
  status: AppStatus | null;
  demoAgency: boolean;
  /** Sync belongs to an unlocked profile; before unlocking only the connection is shown. */
  sync: { signedIn: boolean } | null;
}

export function StatusArea({ status, demoAgency, sync }: StatusAreaProps) {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const connection = status?.connection ?? 'checking';

  return (
    <section className="status" aria-label={t('status.region')}>
      <p className={`status-connection status-${connection}`} role="status" aria-live="polite">
        <span className="status-dot" aria-hidden="true" />
        {t(`status.${connection}`)}
      </p>
      {connection === 'offline' && status?.lastContactAt && (
        <p className="status-detail">{t('status.lastContact', { time: formatDateTime(status.lastContactAt, language) })}</p>
      )}
      {sync && status && <SyncDetails sync={status.sync} signedIn={sync.signedIn} />}
      {demoAgency && <p className="status-badge">{t('status.demoAgency')}</p>}
      {!sync && (
        <button type="button" className="button-quiet" onClick={() => void api.checkConnection()}>
          {t('status.checkNow')}
        </button>
      )}
    </section>
  );
}

function SyncDetails({ sync, signedIn }: { sync: SyncStatus; signedIn: boolean }) {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const errorText = useErrorText();
  const announcer = useSyncAnnouncer();
  const [error, setError] = useState<ContractError | null>(null);
  const unavailable = sync.running || !signedIn;
  const skew = skewText(sync.clockSkewSeconds, t);

  async function syncNow() {
    if (unavailable) return;
    setError(null);
    announcer.requested();
    const result = await api.syncNow();
    if (result.ok) announcer.observed(result.value.sync);
    else setError(result.error);
  }

  return (
    <>
      <p className="status-detail status-sync">
        {sync.running
          ? `${t('status.syncing')}${sync.progress ? ` ${progressText(sync.progress, language, t)}` : ''}`
          : sync.lastSyncedAt
            ? t('status.lastSynced', { time: formatDateTime(sync.lastSyncedAt, language) })
            : t('status.neverSynced')}
      </p>
      {/* Problems and skew change rarely, so their region can be live without chattering. */}
      <div className="status-problems" aria-live="polite">
        {sync.problem && <p className="status-problem">{t(`status.problem.${sync.problem.code}`)}</p>}
        {skew && <p className="status-skew">{skew}</p>}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcer.message === 'started' ? t('status.syncStarted') : announcer.message === 'done' ? t('status.syncDone') : ''}
      </p>
      {error && (
        <p role="alert" className="error-on-dark">
          {errorText(error)}
        </p>
      )}
      {/* aria-disabled, not disabled: a pressed button that became disabled would drop the focus. */}
      <button type="button" className="button-quiet" aria-disabled={unavailable} onClick={() => void syncNow()}>
        {t('status.syncNow')}
      </button>
    </>
  );
}
