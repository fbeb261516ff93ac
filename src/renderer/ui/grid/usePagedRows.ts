import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from '../../../shared/contract/appointments.ts';
import type { ContractError, Result } from '../../../shared/contract/result.ts';

export type FetchPage<T> = (offset: number, limit: number) => Promise<Result<Page<T>>>;

export interface PagedRows<T> {
  /** Rows matching the query; null until the first answer. */
  total: number | null;
  /** True once what is shown answers the current query (not an earlier one still on screen). */
  settled: boolean;
  error: ContractError | null;
  rowAt: (index: number) => T | undefined;
  /** The rows on screen: fetches the pages they are on, unless cached for the current query. */
  want: (indices: readonly number[]) => void;
}

interface CachedPage<T> {
  rows: T[];
  version: number;
}

interface Cache<T> {
  key: string;
  version: number;
  total: number | null;
  pages: ReadonlyMap<number, CachedPage<T>>;
  error: ContractError | null;
}

const empty = <T>(key: string, version: number): Cache<T> => ({ key, version, total: null, pages: new Map(), error: null });

/**
 * A window onto a query that main answers a page at a time (filtering and sorting happen in the
 * database, never here). A few pages are cached; a new `key` (query or sort) starts over and an
 * answer to an earlier key is dropped, so a slow answer never overwrites a newer one. A new
 * `version` (the data changed) refetches the pages on screen and keeps showing the old rows
 * until the new ones arrive.
 */
export function usePagedRows<T>(key: string, version: number, fetchPage: FetchPage<T>, pageSize = 100, maxPages = 8): PagedRows<T> {
  const [cache, setCache] = useState<Cache<T>>(() => empty(key, version));
  const latest = useRef({ key, version });
  const inFlight = useRef(new Set<string>());

  const request = useCallback(
    (page: number) => {
      const id = `${key}\u0000${version}\u0000${page}`;
      if (inFlight.current.has(id)) return;
      inFlight.current.add(id);
      latest.current = { key, version };
      void fetchPage(page * pageSize, pageSize).then((result) => {
        inFlight.current.delete(id);
        if (latest.current.key !== key || latest.current.version !== version) return;
        setCache((prev) => {
          const base = prev.key === key ? prev : empty<T>(key, version);
          if (!result.ok) return { ...base, version, error: result.error };
          const pages = new Map(base.pages);
          pages.set(page, { rows: result.value.rows, version });
          // Keep the pages nearest the one just read: those are where the person is scrolling.
          while (pages.size > maxPages) {
            const farthest = [...pages.keys()].reduce((a, b) => (Math.abs(b - page) > Math.abs(a - page) ? b : a));
            pages.delete(farthest);
          }
          return { key, version, total: result.value.total, pages, error: null };
        });
      });
    },
    [fetchPage, key, version, pageSize, maxPages],
  );

  // The first page always: it carries the total the list needs before it can show any row.
  useEffect(() => request(0), [request]);

  const current = cache.key === key;
  const want = useCallback(
    (indices: readonly number[]) => {
      const pages = new Set(indices.map((i) => Math.floor(i / pageSize)));
      for (const page of pages) {
        const cached = current ? cache.pages.get(page) : undefined;
        if (!cached || cached.version !== version) request(page);
      }
    },
    [cache, current, pageSize, request, version],
  );

  const rowAt = useCallback(
    (index: number) => {
      if (cache.total !== null && index >= cache.total) return undefined;
      return cache.pages.get(Math.floor(index / pageSize))?.rows[index % pageSize];
    },
    [cache, pageSize],
  );

  return { total: cache.total, settled: current && cache.total !== null, error: cache.error, rowAt, want };
}
