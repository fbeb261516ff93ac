import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppointmentRow, PurgeNotice } from '../../shared/contract/appointments.ts';
import { formatCount } from '../app/format.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { FilterField } from '../ui/grid/FilterField.tsx';
import { useErrorText } from '../ui/useErrorText.ts';
import { AppointmentTable } from './AppointmentTable.tsx';
import { PurgeNotices } from './PurgeNotices.tsx';
import type { AppointmentList } from './useAppointmentList.ts';
import './appointments.css';

interface AppointmentListPageProps {
  list: AppointmentList;
  notices: readonly PurgeNotice[];
  onDismissNotices: () => void;
  /** Back from an overview: focus goes to the row that was opened rather than the heading. */
  returning: boolean;
  onOpen: (row: AppointmentRow) => void;
}

/** Förordnanden (B1): the filter, the count, the list, and what was removed from this computer (B2). */
export function AppointmentListPage({ list, notices, onDismissNotices, returning, onOpen }: AppointmentListPageProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const errorText = useErrorText();
  const heading = useRef<HTMLHeadingElement>(null);
  const hintId = useId();
  const { rows, allCount } = list;
  const showTable = rows.total !== null && rows.total > 0 && allCount !== 0;

  useEffect(() => {
    if (!returning) heading.current?.focus();
  }, [returning]);

  const count =
    allCount === null || !rows.settled || rows.total === null
      ? ''
      : list.query === ''
        ? t('appointments.count', { count: allCount, formatted: formatCount(allCount, language) })
        : t('appointments.countFiltered', { shown: formatCount(rows.total, language), total: formatCount(allCount, language) });

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('pages.appointments.title')}
      </h1>
      <p className="lead">{t('pages.appointments.intro')}</p>
      <PurgeNotices notices={notices} onDismiss={onDismissNotices} />
      <div className="list-tools">
        <FilterField
          label={t('appointments.filterLabel')}
          placeholder={t('appointments.filterPlaceholder')}
          hint={t('appointments.filterHint')}
          value={list.filterText}
          onChange={list.setFilterText}
        />
        <p className="list-count" aria-live="polite">
          {count}
        </p>
      </div>
      {rows.error && (
        <p role="alert" className="error">
          {errorText(rows.error)}
        </p>
      )}
      <p id={hintId} className="visually-hidden">
        {t('appointments.tableHint')}
      </p>
      {allCount === 0 ? (
        <div className="empty-state">
          <p>{t('pages.appointments.empty')}</p>
        </div>
      ) : rows.settled && rows.total === 0 ? (
        <div className="empty-state">
          <p>{t('appointments.noMatch', { query: list.query })}</p>
          <button type="button" className="button" onClick={() => list.setFilterText('')}>
            {t('appointments.clearFilter')}
          </button>
        </div>
      ) : showTable ? (
        <AppointmentTable list={list} total={rows.total ?? 0} hintId={hintId} focusActiveRow={returning} onOpen={onOpen} />
      ) : (
        !rows.error && <p aria-busy="true">{t('appointments.loading')}</p>
      )}
    </>
  );
}
