import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ariaSort, SortHeader, type SortState } from './SortHeader.tsx';
import './grid.css';

export interface GridColumn<S extends string> {
  id: string;
  label: string;
  /** The sort column main knows for this header; absent for a column that does not sort. */
  sort?: S;
  /** Its CSS grid track, e.g. "minmax(8rem, 1fr)". */
  width: string;
}

export interface VirtualGridProps<T, S extends string> {
  label: string;
  /** Id of a hint on how to use the keys. */
  describedBy?: string;
  columns: readonly GridColumn<S>[];
  sort: SortState<S>;
  onSort: (column: S) => void;
  total: number;
  rowAt: (index: number) => T | undefined;
  /** One node per column. */
  renderCells: (row: T, index: number) => ReactNode[];
  rowClassName?: (row: T) => string | undefined;
  /** The rows now on screen, so the owner fetches their pages. */
  onRowsShown: (indices: readonly number[]) => void;
  activeIndex: number;
  onActiveIndexChange: (index: number) => void;
  /** Enter or a click; the scroll offset lets the owner come back to the same place. */
  onActivate: (row: T, index: number, scrollOffset: number) => void;
  rowHeight: number;
  initialScrollOffset?: number;
  /** A short list takes only the room its rows need, up to the usual height. */
  fitRows?: boolean;
  /** Cells may take two lines (the row height must allow it) rather than cut their text. */
  wrapCells?: boolean;
  /** Focus the active row once it is rendered (coming back to the list). */
  focusActiveRow?: boolean;
  /** Changes when the rows answer a new query: the grid scrolls back to the top. */
  resetKey: string;
}

const HEADER_HEIGHT = 44;

/**
 * A virtualized, sortable table that is one tab stop: the active row holds the tab index (roving
 * focus) and is always rendered, even when scrolled away, so Tab lands on it. Arrows, Page Up/Down
 * and Home/End move; Enter or a click activates. Only the rows in view exist in the DOM, and
 * aria-rowcount/aria-rowindex tell assistive technology where in the whole list they are.
 */
export function VirtualGrid<T, S extends string>(props: VirtualGridProps<T, S>) {
  const { t } = useTranslation();
  const { columns, total, rowAt, rowHeight, onRowsShown, resetKey } = props;
  // A shorter answer (a narrower filter) may leave the remembered row past the end.
  const activeIndex = Math.max(0, Math.min(props.activeIndex, total - 1));
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const focusWanted = useRef(props.focusActiveRow ?? false);
  const template = columns.map((c) => c.width).join(' ');

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indices = defaultRangeExtractor(range);
      // The active row stays in the DOM so the grid keeps its tab stop and focus.
      if (activeIndex < range.count && !indices.includes(activeIndex)) return [...indices, activeIndex].sort((a, b) => a - b);
      return indices;
    },
    [activeIndex],
  );

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is mutable by design; this component does not rely on memoizing it.
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    // The sticky header sits above the first row inside the scrolling element.
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    initialOffset: props.initialScrollOffset ?? 0,
    rangeExtractor,
  });
  const items = virtualizer.getVirtualItems();
  const shown = items.map((item) => item.index).join(',');

  useEffect(() => {
    onRowsShown(shown === '' ? [] : shown.split(',').map(Number));
  }, [shown, onRowsShown]);

  // A new query starts at the top; the first key is the one restored from initialScrollOffset.
  const previousReset = useRef(resetKey);
  useEffect(() => {
    if (previousReset.current === resetKey) return;
    previousReset.current = resetKey;
    virtualizer.scrollToOffset(0);
  }, [resetKey, virtualizer]);

  // Focus follows the keys once the target row is rendered.
  useEffect(() => {
    if (!focusWanted.current) return;
    const row = bodyRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`);
    if (row) {
      row.focus({ preventScroll: true });
      focusWanted.current = false;
    }
  });

  function move(index: number) {
    const next = Math.max(0, Math.min(total - 1, index));
    focusWanted.current = true;
    props.onActiveIndexChange(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  function activate(index: number) {
    const row = rowAt(index);
    if (row !== undefined) props.onActivate(row, index, virtualizer.scrollOffset ?? 0);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const visible = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 0) - HEADER_HEIGHT) / rowHeight) - 1);
    const target: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + visible,
      PageUp: activeIndex - visible,
      Home: 0,
      End: total - 1,
    };
    if (event.key === 'Enter') {
      event.preventDefault();
      activate(activeIndex);
    } else if (event.key in target) {
      event.preventDefault();
      move(target[event.key]!);
    }
  }

  return (
    <div
      ref={scrollRef}
      className={props.wrapCells ? 'grid-scroll grid-wrap' : 'grid-scroll'}
      style={props.fitRows ? { height: `min(60vh, ${total * rowHeight + HEADER_HEIGHT + 2}px)` } : undefined}
    >
      <table role="grid" aria-label={props.label} aria-describedby={props.describedBy} aria-readonly="true" aria-rowcount={total + 1} aria-colcount={columns.length} className="grid">
        <thead role="rowgroup" className="grid-head">
          <tr role="row" aria-rowindex={1} className="grid-row" style={{ gridTemplateColumns: template, height: HEADER_HEIGHT }}>
            {columns.map((column) => {
              const sortable = column.sort;
              const direction = sortable !== undefined && props.sort.column === sortable ? props.sort.direction : null;
              return (
                <th key={column.id} role="columnheader" scope="col" aria-sort={ariaSort(direction)} className="grid-header">
                  {sortable === undefined ? column.label : <SortHeader label={column.label} direction={direction} onSort={() => props.onSort(sortable)} />}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody ref={bodyRef} role="rowgroup" className="grid-body" style={{ height: virtualizer.getTotalSize() - HEADER_HEIGHT }} onKeyDown={onKeyDown}>
          {items.map((item) => {
            const row = rowAt(item.index);
            const active = item.index === activeIndex;
            return (
              <tr
                key={item.key}
                role="row"
                data-index={item.index}
                aria-rowindex={item.index + 2}
                aria-busy={row === undefined ? true : undefined}
                tabIndex={active ? 0 : -1}
                className={`grid-row grid-body-row${active ? ' grid-row-active' : ''}${row && props.rowClassName ? ` ${props.rowClassName(row) ?? ''}` : ''}`}
                style={{ gridTemplateColumns: template, height: rowHeight, transform: `translateY(${item.start - HEADER_HEIGHT}px)` }}
                onFocus={(event) => {
                  if (event.target === event.currentTarget && !active) props.onActiveIndexChange(item.index);
                }}
                onClick={() => {
                  props.onActiveIndexChange(item.index);
                  activate(item.index);
                }}
              >
                {row === undefined ? (
                  <td role="gridcell" className="grid-cell grid-cell-loading">
                    {t('grid.loadingRow')}
                  </td>
                ) : (
                  props.renderCells(row, item.index).map((cell, i) => (
                    <td key={columns[i]?.id ?? i} role="gridcell" className="grid-cell">
                      {cell}
                    </td>
                  ))
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
