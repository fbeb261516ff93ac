import { act, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Language, SyncProblemCode, SyncStatus } from '../../../src/shared/contract/schemas.ts';
import { ANNA, syncStatus } from '../../support/fake-api.ts';
import { renderApp } from '../../support/render-app.tsx';

const unlocked = { start: { state: 'unlocked', profileId: ANNA.id } } as const;
/** Intl groups digits with no-break spaces; compare as a reader sees them. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const statusRegion = (language: Language = 'sv') =>
  screen.getByRole('region', { name: language === 'sv' ? 'Anslutning och synkronisering' : 'Connection and sync' });

async function showing(sync: Partial<SyncStatus>, language: Language = 'sv') {
  const view = await renderApp({ ...unlocked, status: syncStatus(sync) }, language);
  await within(statusRegion(language)).findByRole('button', { name: language === 'sv' ? 'Synka nu' : 'Sync now' });
  return view;
}

describe('sync status', () => {
  it.each([
    ['sv', 'Synkar … 1 234 poster, 3,2 MB'],
    ['en', 'Syncing … 1,234 items, 3.2 MB'],
  ] as const)('shows progress with the language’s number formats (%s)', async (language, text) => {
    await showing({ running: true, progress: { items: 1234, bytes: 3_200_000 } }, language);
    expect(plain(statusRegion(language).querySelector('.status-sync')?.textContent)).toBe(text);
  });

  it('shows the time of the last sync in Swedish time', async () => {
    await showing({ lastSyncedAt: '2026-11-23T09:05:00.000Z' });
    expect(within(statusRegion()).getByText('Senast synkad 23 nov. 2026 10:05')).toBeTruthy();
  });

  const problems: [SyncProblemCode, string, string][] = [
    ['offline', 'Offline – visar det som senast synkades', 'Offline – showing what was last synced'],
    ['signInRequired', 'Logga in igen för att synka', 'Sign in again to sync'],
    ['agencyError', 'Migrationsverket svarade med ett fel – försöker igen senare', 'The Migration Agency answered with an error – trying again later'],
    ['rateLimited', 'Migrationsverket ber oss vänta – försöker igen snart', 'The Migration Agency asks us to wait – trying again soon'],
    ['resyncFailed', 'Den fullständiga synkningen lyckades inte efter flera försök – välj Synka nu för att försöka igen', 'The full sync did not succeed after several attempts – choose Sync now to try again'],
    ['badData', 'Migrationsverket skickade uppgifter som inte gick att läsa – försöker igen senare', 'The Migration Agency sent details that could not be read – trying again later'],
    ['storage', 'Uppgifterna kunde inte sparas på den här datorn – kontrollera att det finns ledigt utrymme', 'The details could not be saved on this computer – check that there is free space'],
  ];
  it.each(problems.flatMap(([code, sv, en]) => [[code, 'sv', sv] as const, [code, 'en', en] as const]))(
    'words the problem %s (%s)',
    async (code, language, text) => {
      await showing({ problem: { code, at: '2026-11-23T09:00:00.000Z' } }, language);
      const live = statusRegion(language).querySelector('[aria-live="polite"].status-problems');
      expect(plain(live?.textContent)).toBe(text);
    },
  );

  it.each([
    [-720, 'sv', 'Datorns klocka går 12 minuter före Migrationsverkets. Tider och frister räknas efter Migrationsverkets klocka.'],
    [60, 'sv', 'Datorns klocka går 1 minut efter Migrationsverkets. Tider och frister räknas efter Migrationsverkets klocka.'],
    [7200, 'sv', 'Datorns klocka går 2 timmar efter Migrationsverkets. Tider och frister räknas efter Migrationsverkets klocka.'],
    [-3900, 'sv', 'Datorns klocka går 1 timme och 5 minuter före Migrationsverkets. Tider och frister räknas efter Migrationsverkets klocka.'],
    [-720, 'en', 'This computer’s clock is 12 minutes ahead of the Migration Agency’s. Times and deadlines follow the Migration Agency’s clock.'],
    [3600, 'en', 'This computer’s clock is 1 hour behind the Migration Agency’s. Times and deadlines follow the Migration Agency’s clock.'],
    [9000, 'en', 'This computer’s clock is 2 hours and 30 minutes behind the Migration Agency’s. Times and deadlines follow the Migration Agency’s clock.'],
  ] as const)('explains a clock skew of %i s (%s)', async (seconds, language, text) => {
    await showing({ clockSkewSeconds: seconds }, language);
    expect(within(statusRegion(language)).getByText(text)).toBeTruthy();
  });

  it('offers "Synka nu" only when a sync can start, and announces a sync the person asked for', async () => {
    const user = userEvent.setup();
    const { fake } = await showing({ lastSyncedAt: '2026-11-23T09:00:00.000Z' });
    const button = within(statusRegion()).getByRole('button', { name: 'Synka nu' });
    expect(within(statusRegion()).queryByRole('button', { name: 'Kontrollera anslutningen' })).toBeNull();
    expect(button.getAttribute('aria-disabled')).toBe('false');

    await user.click(button);
    expect(fake.callsOf('syncNow')).toHaveLength(1);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(button);
    expect(screen.getByText('Synkningen har börjat.')).toBeTruthy();
    await user.click(button);
    expect(fake.callsOf('syncNow')).toHaveLength(1);

    act(() => fake.emit('statusChanged', syncStatus({ lastSyncedAt: '2026-11-23T09:10:00.000Z' })));
    expect(screen.getByText('Synkningen är klar.')).toBeTruthy();
    expect(button.getAttribute('aria-disabled')).toBe('false');
  });

  it('stays quiet about background syncs', async () => {
    const { fake } = await showing({ lastSyncedAt: '2026-11-23T09:00:00.000Z' });
    const spoken = () => [...statusRegion().querySelectorAll('[aria-live]')].map((el) => plain(el.textContent)).join('|');
    const before = spoken();
    act(() => fake.emit('statusChanged', syncStatus({ running: true, progress: { items: 10, bytes: 0 } })));
    act(() => fake.emit('statusChanged', syncStatus({ running: true, progress: { items: 500, bytes: 2_000 } })));
    act(() => fake.emit('statusChanged', syncStatus({ lastSyncedAt: '2026-11-23T09:10:00.000Z' })));
    expect(spoken()).toBe(before);
  });

  it('cannot sync while the sign-in has expired', async () => {
    const user = userEvent.setup();
    const { fake } = await showing({});
    act(() => fake.expireSignIn());
    const button = within(statusRegion()).getByRole('button', { name: 'Synka nu' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    await user.click(button);
    expect(fake.callsOf('syncNow')).toEqual([]);
  });
});
