import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, AppStatus } from '../../shared/contract/schemas.ts';
import type { Session } from '../../shared/contract/session.ts';
import { PersonArea } from '../session/PersonArea.tsx';
import { SignedOutBanner } from '../session/SignedOutBanner.tsx';
import { useActivityReporter } from '../session/useActivityReporter.ts';
import { useLockShortcut } from '../session/useLockShortcut.ts';
import { AppointmentsArea } from '../appointments/AppointmentsArea.tsx';
import { OutboxAnnouncer } from '../queue/OutboxAnnouncer.tsx';
import { OutboxProvider } from '../queue/OutboxContext.tsx';
import { QueueArea } from '../queue/QueueArea.tsx';
import { QueueBadge } from '../queue/QueueBadge.tsx';
import { areasFor, type Area } from './areas.ts';
import { AreaPage } from './AreaPage.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { NavigationProvider } from './NavigationContext.tsx';
import { StatusArea } from './StatusArea.tsx';

type UnlockedSession = Extract<Session, { state: 'unlocked' }>;

interface AppFrameProps {
  session: UnlockedSession;
  status: AppStatus | null;
  info: AppInfo | null;
}

/** The app for an unlocked profile: navigation, the person, sync status and the current area. */
export function AppFrame({ session, status, info }: AppFrameProps) {
  const { t } = useTranslation();
  const [area, setArea] = useState<Area>('appointments');
  const [menuClicks, setMenuClicks] = useState(0);
  useActivityReporter();
  useLockShortcut();

  return (
    // The queue is read once for the frame: the menu badge and every area share it.
    <OutboxProvider>
      <NavigationProvider value={setArea}>
        <div className="app">
          <a className="skip-link" href="#main">
            {t('app.skipToContent')}
          </a>
          <aside className="sidebar">
            <p className="brand">{t('app.name')}</p>
            <PersonArea session={session} platform={info?.platform ?? ''} />
            <nav aria-label={t('app.mainNavigation')}>
              <ul className="nav-list">
                {areasFor(session.roles).map((item) => (
                  <li key={item}>
                    <button
                      type="button"
                      className="nav-item"
                      aria-current={item === area ? 'page' : undefined}
                      onClick={() => {
                        setArea(item);
                        setMenuClicks((n) => n + 1);
                      }}
                    >
                      {t(`nav.${item}`)}
                      {item === 'queue' && <QueueBadge />}
                    </button>
                  </li>
                ))}
              </ul>
            </nav>
            <OutboxAnnouncer />
            <StatusArea status={status} demoAgency={info?.demoAgency ?? false} sync={{ signedIn: session.signedIn }} />
            <LanguageSwitch />
          </aside>
          <div className="content-column">
            {!session.signedIn && <SignedOutBanner signIn={session.signIn} host={info?.host ?? null} />}
            <main id="main" className="content" tabIndex={-1}>
              {area === 'appointments' ? (
                // Keyed by counsel: an assistant switching counsel starts with a fresh list.
                <AppointmentsArea
                  key={session.activeCounselId ?? ''}
                  host={info?.host ?? null}
                  connection={status?.connection ?? 'checking'}
                  menuClicks={menuClicks}
                />
              ) : area === 'queue' ? (
                <QueueArea />
              ) : (
                <AreaPage area={area} />
              )}
            </main>
          </div>
        </div>
      </NavigationProvider>
    </OutboxProvider>
  );
}
