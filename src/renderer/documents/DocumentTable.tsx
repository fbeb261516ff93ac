import { useTranslation } from 'react-i18next';
import type { DocumentRow, DocumentSortColumn } from '../../shared/contract/appointments.ts';
import type { Connection } from '../../shared/contract/schemas.ts';
import { formatBytes, formatDateTime, formatShortDay } from '../app/format.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { VirtualGrid, type GridColumn } from '../ui/grid/VirtualGrid.tsx';
import { directionText, kindText } from './document-text.ts';
import type { DocumentList } from './useDocumentList.ts';

const ROW_HEIGHT = 58;

interface DocumentTableProps {
  list: DocumentList;
  total: number;
  hintId: string;
  connection: Connection;
  onOpen: (row: DocumentRow) => void;
}

/** The document list's rows: what, when, which way, how big; new ones and ones not fetched yet marked. */
export function DocumentTable({ list, total, hintId, connection, onOpen }: DocumentTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const columns: GridColumn<DocumentSortColumn>[] = [
    { id: 'title', label: t('documents.column.title'), sort: 'title', width: 'minmax(12rem, 3fr)' },
    { id: 'publishedAt', label: t('documents.column.publishedAt'), sort: 'publishedAt', width: 'minmax(8rem, 1.1fr)' },
    { id: 'registeredOn', label: t('documents.column.registeredOn'), sort: 'registeredOn', width: 'minmax(7.5rem, 0.9fr)' },
    { id: 'direction', label: t('documents.column.direction'), width: 'minmax(8rem, 1.2fr)' },
    { id: 'size', label: t('documents.column.size'), width: 'minmax(6.5rem, 0.9fr)' },
  ];

  return (
    <VirtualGrid
      label={t('documents.tableLabel')}
      describedBy={hintId}
      columns={columns}
      sort={list.sort}
      onSort={list.sortBy}
      total={total}
      rowAt={list.rows.rowAt}
      onRowsShown={list.rows.want}
      activeIndex={list.activeIndex}
      onActiveIndexChange={list.setActiveIndex}
      onActivate={(row) => onOpen(row)}
      rowHeight={ROW_HEIGHT}
      fitRows
      wrapCells
      resetKey={`${list.sort.column}:${list.sort.direction}:${list.query}`}
      rowClassName={(row) => (row.isNew ? 'row-new' : undefined)}
      renderCells={(row) => [
        <div className="cell-stack">
          <span>
            {row.title}
            {row.isNew && <> <span className="tag tag-new">{t('documents.isNew')}</span></>}
          </span>{' '}
          <span className="cell-sub">
            {kindText(row, language)}
            {!row.stored && (
              <>
                {' '}
                <span className="tag">{connection === 'offline' ? t('documents.notStoredOffline') : t('documents.notStored')}</span>
              </>
            )}
          </span>
        </div>,
        formatDateTime(row.publishedAt, language),
        formatShortDay(row.registeredOn, language),
        directionText(row, t),
        t('documents.sizeAndPages', { count: row.pages, size: formatBytes(row.size, language) }),
      ]}
    />
  );
}
