import { useEffect, useRef } from 'react';
import { useApi } from './ApiContext.tsx';

/**
 * Calls `onChange` when main reports that local data of one of `kinds` changed (sync, purge, a
 * delivered submission), so a view re-runs its queries; any kind when `kinds` is null.
 */
export function useDataChanged(kinds: readonly string[] | null, onChange: () => void): void {
  const api = useApi();
  // The latest callback without resubscribing on every render.
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  const filter = kinds?.join(',') ?? null;
  useEffect(() => {
    const wanted = filter === null ? null : new Set(filter.split(','));
    return api.onDataChanged(({ kinds: changed }) => {
      if (wanted === null || changed.some((kind) => wanted.has(kind))) latest.current();
    });
  }, [api, filter]);
}
