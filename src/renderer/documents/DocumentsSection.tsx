import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Connection, HostKind } from '../../shared/contract/schemas.ts';
import { formatCount } from '../app/format.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { FilterField } from '../ui/grid/FilterField.tsx';
import { useErrorText } from '../ui/useErrorText.ts';
import { DocumentTable } from './DocumentTable.tsx';
import { DocumentViewer } from './DocumentViewer.tsx';
import { SaveAllStatus } from './SaveAllStatus.tsx';
import { useDocumentList, type DocumentSummary } from './useDocumentList.ts';
import { useDocumentOpener } from './useDocumentOpener.ts';
import { useSaveAll } from './useSaveAll.ts';
import './documents.css';

interface DocumentsSectionProps {
  appointmentId: string;
  /** From the overview: documents published after it are new to the person. */
  newSince: string | null;
  host: HostKind | null;
  connection: Connection;
}

/** Part 3 of the overview (B5): the documents from and to the agency, opened in the app's viewer. */
export function DocumentsSection({ appointmentId, newSince, host, connection }: DocumentsSectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const errorText = useErrorText();
  const headingId = useId();
  const hintId = useId();
  const list = useDocumentList(appointmentId, newSince);
  const viewer = useDocumentOpener();
  const saveAll = useSaveAll(host, appointmentId);
  const { rows, summary } = list;

  const count =
    summary === null || !rows.settled || rows.total === null
      ? ''
      : list.query === ''
        ? t('documents.count', { count: summary.total, formatted: formatCount(summary.total, language) })
        : t('documents.countFiltered', { shown: formatCount(rows.total, language), total: formatCount(summary.total, language) });

  return (
    <section className="card overview-card documents" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('documents.heading')}</h2>
      <p className="new-count" aria-live="polite">
        {summary && newCountText(summary, t)}
      </p>
      <div className="list-tools">
        <FilterField
          label={t('documents.filterLabel')}
          placeholder={t('documents.filterPlaceholder')}
          hint={t('appointments.filterHint')}
          value={list.filterText}
          onChange={list.setFilterText}
        />
        <div className="documents-actions">
          <p className="list-count" aria-live="polite">
            {count}
          </p>
          <button type="button" className="button" aria-disabled={saveAll.busy || !summary || summary.total === 0} onClick={saveAll.start}>
            {t('documents.saveAll')}
          </button>
        </div>
      </div>
      <SaveAllStatus state={saveAll.state} onCancel={saveAll.cancel} onDismiss={saveAll.dismiss} />
      {rows.error && (
        <p role="alert" className="error">
          {errorText(rows.error)}
        </p>
      )}
      <p id={hintId} className="visually-hidden">
        {t('documents.tableHint')}
      </p>
      {summary?.total === 0 ? (
        <p className="empty-state">{t('documents.none')}</p>
      ) : rows.settled && rows.total === 0 ? (
        <p className="empty-state">{t('documents.noMatch', { query: list.query })}</p>
      ) : rows.total !== null && rows.total > 0 ? (
        <DocumentTable list={list} total={rows.total} hintId={hintId} connection={connection} onOpen={viewer.open} />
      ) : (
        !rows.error && <p aria-busy="true">{t('documents.loading')}</p>
      )}
      {viewer.state.step !== 'closed' && <DocumentViewer state={viewer.state} host={host} onClose={viewer.close} />}
    </section>
  );
}

function newCountText(summary: DocumentSummary, t: ReturnType<typeof useTranslation>['t']): string {
  if (summary.newCount === 0) return '';
  return summary.moreNew ? t('documents.newCountMany', { count: summary.newCount }) : t('documents.newCount', { count: summary.newCount });
}
