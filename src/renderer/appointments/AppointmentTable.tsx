import { useTranslation } from 'react-i18next';
import type { AppointmentRow, AppointmentSortColumn } from '../../shared/contract/appointments.ts';
import { VirtualGrid, type GridColumn } from '../ui/grid/VirtualGrid.tsx';
import type { AppointmentList } from './useAppointmentList.ts';

const ROW_HEIGHT = 44;

interface AppointmentTableProps {
  list: AppointmentList;
  total: number;
  hintId: string;
  /** Back from an overview: focus returns to the row that was opened. */
  focusActiveRow: boolean;
  onOpen: (row: AppointmentRow) => void;
}

/** The rows of the Förordnanden list (B1): individnummer, name, citizenship, sorted and filtered by main. */
export function AppointmentTable({ list, total, hintId, focusActiveRow, onOpen }: AppointmentTableProps) {
  const { t } = useTranslation();
  const columns: GridColumn<AppointmentSortColumn>[] = [
    { id: 'individualNumber', label: t('appointments.column.individualNumber'), sort: 'individualNumber', width: 'minmax(9rem, 12rem)' },
    { id: 'name', label: t('appointments.column.name'), sort: 'name', width: 'minmax(12rem, 2fr)' },
    { id: 'citizenship', label: t('appointments.column.citizenship'), sort: 'citizenship', width: 'minmax(9rem, 1fr)' },
  ];

  return (
    <VirtualGrid
      label={t('appointments.tableLabel')}
      describedBy={hintId}
      columns={columns}
      sort={list.sort}
      onSort={list.sortBy}
      total={total}
      rowAt={list.rows.rowAt}
      onRowsShown={list.rows.want}
      activeIndex={list.activeIndex}
      onActiveIndexChange={list.setActiveIndex}
      onActivate={(row, index, offset) => {
        list.remember(index, offset);
        onOpen(row);
      }}
      rowHeight={ROW_HEIGHT}
      initialScrollOffset={list.scrollOffset}
      focusActiveRow={focusActiveRow}
      resetKey={`${list.sort.column}:${list.sort.direction}:${list.query}`}
      rowClassName={(row) => (row.status === 'active' ? undefined : 'row-inactive')}
      renderCells={(row) => [
        row.individualNumber,
        <>
          {row.name}
          {row.groupSize > 1 && <> <span className="tag">{t('appointments.family', { count: row.groupSize })}</span></>}
          {row.status !== 'active' && <> <span className="tag tag-warn">{t(`appointments.status.${row.status}`)}</span></>}
        </>,
        row.citizenship,
      ]}
    />
  );
}
