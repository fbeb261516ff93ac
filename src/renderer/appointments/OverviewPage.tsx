import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Connection, HostKind } from '../../shared/contract/schemas.ts';
import { DocumentsSection } from '../documents/DocumentsSection.tsx';
import { useErrorText } from '../ui/useErrorText.ts';
import { AppointmentInfo } from './AppointmentInfo.tsx';
import { IndividualDetails } from './IndividualDetails.tsx';
import { SubmissionButtons } from './SubmissionButtons.tsx';
import { initials } from './submission-text.ts';
import { useOverview } from './useOverview.ts';

interface OverviewPageProps {
  appointmentId: string;
  host: HostKind | null;
  connection: Connection;
  onBack: () => void;
  onOpenMember: (appointmentId: string) => void;
  /** The appointment is no longer on this computer. */
  onGone: () => void;
}

/** The individual overview (B3, B4) in the manual's order: appointment, buttons, documents, person. */
export function OverviewPage({ appointmentId, host, connection, onBack, onOpenMember, onGone }: OverviewPageProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { overview, error } = useOverview(appointmentId, onGone);
  const heading = useRef<HTMLHeadingElement>(null);
  useBackShortcut(onBack);

  // The page is keyed by appointment: a new one (a group member) is a new page for focus too.
  useEffect(() => heading.current?.focus(), []);

  return (
    <>
      <button type="button" className="button button-back" aria-keyshortcuts="Alt+ArrowLeft" title={t('overview.backShortcut')} onClick={onBack}>
        <span aria-hidden="true">← </span>
        {t('overview.back')}
      </button>
      <header className="overview-head">
        {overview && (
          // The agency sends no photos yet: initials hold the place, hidden from screen readers.
          <div className="avatar" aria-hidden="true">
            {initials(overview.individual.name)}
          </div>
        )}
        <div>
          {overview && <p className="eyebrow">{t('overview.title')}</p>}
          <h1 ref={heading} tabIndex={-1}>
            {overview ? overview.individual.name : t('overview.title')}
          </h1>
          {overview && <p className="overview-number">{overview.individual.individualNumber}</p>}
        </div>
      </header>
      {error && (
        <p role="alert" className="error">
          {errorText(error)}
        </p>
      )}
      {overview ? (
        <>
          <AppointmentInfo appointment={overview.appointment} />
          <SubmissionButtons overview={overview} />
          <DocumentsSection appointmentId={appointmentId} newSince={overview.newSince} host={host} connection={connection} />
          <IndividualDetails individual={overview.individual} members={overview.group.members} onOpenMember={onOpenMember} />
        </>
      ) : (
        !error && <p aria-busy="true">{t('overview.loading')}</p>
      )}
    </>
  );
}

/**
 * Alt+Left goes back to the list, as a browser's Back would; not from inside a dialog (the
 * viewer) nor a text field, where Alt+Left moves the caret by word on a Mac.
 */
function useBackShortcut(onBack: () => void) {
  const latest = useRef(onBack);
  useEffect(() => {
    latest.current = onBack;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'ArrowLeft' || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('[role="dialog"], input, textarea, select, [contenteditable="true"]')) return;
      event.preventDefault();
      latest.current();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
