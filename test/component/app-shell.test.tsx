import { act, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/renderer/app/App.tsx';
import { fakeApi } from '../support/fake-api.ts';
import { renderWith } from '../support/render-app.tsx';

describe('the app frame', () => {
  it('offers the product’s areas in the main menu, in Swedish', async () => {
    const { api } = fakeApi();
    await renderWith(<App />, api);
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(within(nav).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Förordnanden',
      'Ersättningsanspråk',
      'Kalender',
      'Bokningar',
      'Mina uppgifter',
      'Kö',
    ]);
  });

  it('marks the current area and moves focus to its heading when another is chosen', async () => {
    const { api } = fakeApi();
    await renderWith(<App />, api);
    await userEvent.click(screen.getByRole('button', { name: 'Kalender' }));
    expect(screen.getByRole('button', { name: 'Kalender' }).getAttribute('aria-current')).toBe('page');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Kalender' }));
  });

  it('switches to English and remembers the choice through the contract', async () => {
    const { api, calls } = fakeApi();
    await renderWith(<App />, api);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Språk' }), 'en');
    expect(await screen.findByRole('navigation', { name: 'Main menu' })).toBeTruthy();
    expect(calls).toContainEqual({ method: 'setLanguage', input: { language: 'en' } });
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows offline in plain words when the host reports the agency unreachable', async () => {
    const fake = fakeApi();
    await renderWith(<App />, fake.api);
    expect(await screen.findByText('Ansluten till Migrationsverket')).toBeTruthy();
    act(() =>
      fake.emit('statusChanged', {
        connection: 'offline',
        lastContactAt: '2026-11-23T09:00:00.000Z',
        sync: { state: 'idle', lastSyncedAt: null },
      }),
    );
    expect(screen.getByRole('status').textContent).toBe('Offline – du arbetar med den lokala kopian');
    expect(screen.getByText(/Senaste kontakt 23 nov\. 2026 10:00/)).toBeTruthy();
  });
});
