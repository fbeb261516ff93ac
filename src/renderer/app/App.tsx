import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../shared/contract/schemas.ts';
import { useApi } from '../api/ApiContext.tsx';
import { AREAS, type Area } from './areas.ts';
import { AreaPage } from './AreaPage.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { StatusArea } from './StatusArea.tsx';
import { useAppStatus } from './useAppStatus.ts';

export function App() {
  const { t } = useTranslation();
  const api = useApi();
  const status = useAppStatus();
  const [area, setArea] = useState<Area>('appointments');
  const [info, setInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    void api.getAppInfo().then((result) => result.ok && setInfo(result.value));
  }, [api]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <aside className="sidebar">
        <p className="brand">{t('app.name')}</p>
        <nav aria-label={t('app.mainNavigation')}>
          <ul className="nav-list">
            {AREAS.map((item) => (
              <li key={item}>
                <button
                  type="button"
                  className="nav-item"
                  aria-current={item === area ? 'page' : undefined}
                  onClick={() => setArea(item)}
                >
                  {t(`nav.${item}`)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <StatusArea status={status} demoAgency={info?.demoAgency ?? false} />
        <LanguageSwitch />
      </aside>
      <main id="main" className="content" tabIndex={-1}>
        <AreaPage area={area} />
      </main>
    </div>
  );
}
