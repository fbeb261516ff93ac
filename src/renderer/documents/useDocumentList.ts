import { useCallback, useEffect, useState } from 'react';
import type { DocumentRow, DocumentSortColumn } from '../../shared/contract/appointments.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useDataChanged } from '../api/useDataChanged.ts';
import { useOutboxDelivered } from '../queue/OutboxContext.tsx';
import { nextSort, type SortState } from '../ui/grid/SortHeader.tsx';
import { usePagedRows } from '../ui/grid/usePagedRows.ts';
import { useDebounced } from '../ui/useDebounced.ts';

const DOCUMENT_KINDS = ['document'];
const FILTER_DELAY_MS = 150;
/** Enough to count the new documents: they are the newest, so they come first in this order. */
const SUMMARY_LIMIT = 100;
export const DEFAULT_DOCUMENT_SORT: SortState<DocumentSortColumn> = { column: 'publishedAt', direction: 'desc' };

export interface DocumentSummary {
  total: number;
  newCount: number;
  /** Every row of the summary page was new: there may be more. */
  moreNew: boolean;
}

/**
 * One individual's document list (B5): filter, sort and pages answered by main; newest first by
 * default; the count of documents new since the previous visit. Dates sort newest first on the
 * first click, names A–Ö.
 */
export function useDocumentList(appointmentId: string, newSince: string | null) {
  const api = useApi();
  const [filterText, setFilterText] = useState('');
  const query = useDebounced(filterText.trim(), FILTER_DELAY_MS);
  const [sort, setSort] = useState(DEFAULT_DOCUMENT_SORT);
  const [activeIndex, setActiveIndex] = useState(0);
  const [version, setVersion] = useState(0);
  const [summary, setSummary] = useState<DocumentSummary | null>(null);
  useDataChanged(DOCUMENT_KINDS, () => setVersion((v) => v + 1));
  // A delivered submission is listed as sent by the person as soon as main has it, not only
  // after the sync that follows.
  useOutboxDelivered(() => setVersion((v) => v + 1));

  const fetchPage = useCallback(
    (offset: number, limit: number) => api.listDocuments({ appointmentId, query, sort, newSince, offset, limit }),
    [api, appointmentId, query, sort, newSince],
  );
  const rows = usePagedRows<DocumentRow>(`${appointmentId}:${sort.column}:${sort.direction}:${query}`, version, fetchPage);

  useEffect(() => {
    let live = true;
    void api.listDocuments({ appointmentId, query: '', sort: DEFAULT_DOCUMENT_SORT, newSince, offset: 0, limit: SUMMARY_LIMIT }).then((result) => {
      if (!live || !result.ok) return;
      const { rows: first, total } = result.value;
      const newCount = first.filter((row) => row.isNew).length;
      setSummary({ total, newCount, moreNew: newCount === first.length && total > first.length });
    });
    return () => {
      live = false;
    };
  }, [api, appointmentId, newSince, version]);

  return {
    filterText,
    query,
    sort,
    rows,
    summary,
    activeIndex,
    setActiveIndex,
    setFilterText: (text: string) => {
      setFilterText(text);
      setActiveIndex(0);
    },
    sortBy: (column: DocumentSortColumn) => {
      setSort((current) => nextSort(current, column, column === 'title' ? 'asc' : 'desc'));
      setActiveIndex(0);
    },
  };
}

export type DocumentList = ReturnType<typeof useDocumentList>;
