import { useCallback, useEffect, useState } from 'react';
import type { AppointmentRow, AppointmentSortColumn } from '../../shared/contract/appointments.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useDataChanged } from '../api/useDataChanged.ts';
import { nextSort, type SortState } from '../ui/grid/SortHeader.tsx';
import { usePagedRows } from '../ui/grid/usePagedRows.ts';
import { useDebounced } from '../ui/useDebounced.ts';

/** What changes the list: the rows themselves, the people in them, the groups they belong to. */
const LIST_KINDS = ['appointment', 'individual', 'group'];
const FILTER_DELAY_MS = 150;
export const DEFAULT_APPOINTMENT_SORT: SortState<AppointmentSortColumn> = { column: 'individualNumber', direction: 'asc' };

/**
 * The appointment list's state and rows. It lives above the list page, so the filter, the sort,
 * the place in the list and the cached pages are all still there when the person comes back
 * from an overview.
 */
export function useAppointmentList() {
  const api = useApi();
  const [filterText, setFilterText] = useState('');
  const query = useDebounced(filterText.trim(), FILTER_DELAY_MS);
  const [sort, setSort] = useState(DEFAULT_APPOINTMENT_SORT);
  const [activeIndex, setActiveIndex] = useState(0);
  const [scrollOffset, setScrollOffset] = useState(0);
  const [version, setVersion] = useState(0);
  const [allCount, setAllCount] = useState<number | null>(null);

  useDataChanged(LIST_KINDS, () => setVersion((v) => v + 1));

  const fetchPage = useCallback(
    (offset: number, limit: number) => api.listAppointments({ query, sort, offset, limit }),
    [api, query, sort],
  );
  const rows = usePagedRows<AppointmentRow>(`${sort.column}:${sort.direction}:${query}`, version, fetchPage);

  // The count without the filter, for "3 av 24 visas" and for telling "nothing synced" from "no match".
  useEffect(() => {
    let live = true;
    void api.listAppointments({ query: '', sort: DEFAULT_APPOINTMENT_SORT, offset: 0, limit: 1 }).then((result) => {
      if (live && result.ok) setAllCount(result.value.total);
    });
    return () => {
      live = false;
    };
  }, [api, version]);

  return {
    filterText,
    query,
    sort,
    rows,
    allCount,
    activeIndex,
    scrollOffset,
    setActiveIndex,
    setFilterText: (text: string) => {
      setFilterText(text);
      setActiveIndex(0);
      setScrollOffset(0);
    },
    sortBy: (column: AppointmentSortColumn) => {
      setSort((current) => nextSort(current, column));
      setActiveIndex(0);
      setScrollOffset(0);
    },
    /** Where the person was when they opened a row. */
    remember: (index: number, offset: number) => {
      setActiveIndex(index);
      setScrollOffset(offset);
    },
  };
}

export type AppointmentList = ReturnType<typeof useAppointmentList>;
