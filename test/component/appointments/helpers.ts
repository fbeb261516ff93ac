import { screen, within } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { ANNA, type FakeOptions } from '../../support/fake-api.ts';

export const asAnna = (more: FakeOptions = {}): FakeOptions => ({ start: { state: 'unlocked', profileId: ANNA.id }, ...more });

/** Intl groups digits with no-break spaces; compare as a reader sees them. */
export const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

export const appointmentGrid = () => screen.findByRole('grid', { name: 'Förordnanden' });

/** The body rows of a grid as the text of their cells, loaded rows only. */
export function rowTexts(grid: HTMLElement): string[][] {
  return within(grid)
    .getAllByRole('row')
    .filter((row) => row.closest('tbody') !== null && row.getAttribute('aria-busy') !== 'true')
    .map((row) => within(row).getAllByRole('gridcell').map((cell) => plain(cell.textContent)));
}

/** The first column of each loaded row. */
export const firstColumn = (grid: HTMLElement) => rowTexts(grid).map((cells) => cells[0]);

export const header = (grid: HTMLElement, name: string) =>
  within(grid)
    .getAllByRole('columnheader')
    .find((th) => plain(th.textContent).startsWith(name))!;

/**
 * Fake setTimeout for the debounce, from the call on. Testing Library drains its async helpers
 * with a setTimeout(0); it advances fake timers only when it sees Jest's API, so it is given that.
 */
export function fakeClock(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Opens an individual's overview from the list, as a person would: a click on the row. */
export async function openOverview(user: { click: (el: Element) => Promise<void> }, name: string): Promise<HTMLElement> {
  const grid = await appointmentGrid();
  await user.click(await within(grid).findByText(name));
  return screen.findByRole('heading', { level: 1, name });
}

/** The section of the overview with this heading. */
export const section = (name: string) => screen.getByRole('region', { name });
