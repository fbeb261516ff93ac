export type SortDirection = 'asc' | 'desc';

export interface SortState<S extends string> {
  column: S;
  direction: SortDirection;
}

/** The manual's header rule: a click sorts by the column, a second click on it reverses. */
export function nextSort<S extends string>(current: SortState<S>, column: S, firstDirection: SortDirection = 'asc'): SortState<S> {
  if (current.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { column, direction: firstDirection };
}

interface SortHeaderProps {
  label: string;
  /** Null when the list is sorted by another column. */
  direction: SortDirection | null;
  onSort: () => void;
}

/**
 * A column header that sorts. The state is told by aria-sort on the header cell (set by the
 * grid) and shown by the arrow, which screen readers skip.
 */
export function SortHeader({ label, direction, onSort }: SortHeaderProps) {
  return (
    <button type="button" className="sort-button" onClick={onSort}>
      {label}
      <span className={`sort-icon${direction ? ' sort-icon-active' : ''}`} aria-hidden="true">
        {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
      </span>
    </button>
  );
}

export function ariaSort(direction: SortDirection | null): 'ascending' | 'descending' | undefined {
  return direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : undefined;
}
