import { useTranslation } from 'react-i18next';
import type { AppInfo, AppStatus } from '../../shared/contract/schemas.ts';
import { AppFrame } from '../app/AppFrame.tsx';
import { useErrorText } from '../ui/useErrorText.ts';
import { GateLayout } from './GateLayout.tsx';
import { SecretScreen } from './SecretScreen.tsx';
import { SessionProvider } from './SessionContext.tsx';
import { UnlockScreen } from './UnlockScreen.tsx';
import { useSessionState } from './useSessionState.ts';
import { WelcomeScreen } from './WelcomeScreen.tsx';

/**
 * Shows the app frame only for an unlocked session. Everything under the frame is keyed by the
 * profile and the unlock count, so leaving 'unlocked' unmounts it and drops whatever client data
 * its components held, and the next unlock starts from fresh state.
 */
export function SessionGate({ status, info }: { status: AppStatus | null; info: AppInfo | null }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { session, unlocks, loadError, apply, reload } = useSessionState();
  const demoAgency = info?.demoAgency ?? false;

  if (session?.state === 'unlocked') {
    return (
      <SessionProvider apply={apply}>
        <AppFrame key={`${session.profile.id}:${unlocks}`} session={session} status={status} info={info} />
      </SessionProvider>
    );
  }

  return (
    <SessionProvider apply={apply}>
      <GateLayout status={status} demoAgency={demoAgency}>
        {session === null ? (
          loadError ? (
            <div role="alert" className="error">
              <p>{errorText(loadError)}</p>
              <button type="button" className="button" onClick={reload}>
                {t('session.retry')}
              </button>
            </div>
          ) : (
            <p aria-busy="true">{t('session.loading')}</p>
          )
        ) : session.state === 'welcome' ? (
          <WelcomeScreen session={session} host={info?.host ?? null} />
        ) : session.state === 'needsSecret' ? (
          <SecretScreen session={session} />
        ) : (
          <UnlockScreen key={session.profile.id} session={session} />
        )}
      </GateLayout>
    </SessionProvider>
  );
}
