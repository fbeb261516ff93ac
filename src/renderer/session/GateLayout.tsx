import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../shared/contract/schemas.ts';
import { LanguageSwitch } from '../app/LanguageSwitch.tsx';
import { StatusArea } from '../app/StatusArea.tsx';
import './session.css';

interface GateLayoutProps {
  status: AppStatus | null;
  demoAgency: boolean;
  children: ReactNode;
}

/** The frame of the screens before a profile is unlocked: no navigation, nothing of any person's work. */
export function GateLayout({ status, demoAgency, children }: GateLayoutProps) {
  const { t } = useTranslation();
  return (
    <div className="gate">
      <header className="gate-header">
        <p className="brand">{t('app.name')}</p>
        <LanguageSwitch />
      </header>
      <main id="main" className="gate-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="gate-footer">
        <StatusArea status={status} demoAgency={demoAgency} sync={null} />
      </footer>
    </div>
  );
}
