import { filterWords } from '../../shared/domain/text-filter.ts';

/**
 * The manual's filter as SQL: one LIKE per word against a stored normalized search text
 * (shared/domain/text-filter.ts), so SQLite filters and React only renders.
 */
export function wordFilter(column: string, query: string): { sql: string; params: string[] } {
  const words = filterWords(query);
  if (words.length === 0) return { sql: '1 = 1', params: [] };
  return {
    sql: words.map(() => `${column} LIKE ? ESCAPE '\\'`).join(' AND '),
    params: words.map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`),
  };
}
