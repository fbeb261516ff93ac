import { act, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/renderer/app/App.tsx';
import { ANNA, BO, fakeApi, syncStatus } from '../support/fake-api.ts';
import { renderWith } from '../support/render-app.tsx';

// The frame exists only for an unlocked profile (the session gate); these tests start there.
const unlocked = () => fakeApi({ start: { state: 'unlocked', profileId: ANNA.id } });

describe('the app frame', () => {
  it('offers the product’s areas in the main menu, in Swedish', async () => {
    const { api } = unlocked();
    await renderWith(<App />, api);
    await screen.findByRole('navigation');
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

  it('hides Mina uppgifter from a person who is only an assistant', async () => {
    const { api } = fakeApi({ profiles: [ANNA, BO], start: { state: 'unlocked', profileId: BO.id } });
    await renderWith(<App />, api);
    const nav = await screen.findByRole('navigation', { name: 'Huvudmeny' });
    const items = within(nav).getAllByRole('button').map((b) => b.textContent);
    expect(items).toContain('Förordnanden');
    expect(items).not.toContain('Mina uppgifter');
  });

  it('marks the current area and moves focus to its heading when another is chosen', async () => {
    const { api } = unlocked();
    await renderWith(<App />, api);
    await screen.findByRole('navigation');
    await userEvent.click(screen.getByRole('button', { name: 'Kalender' }));
    expect(screen.getByRole('button', { name: 'Kalender' }).getAttribute('aria-current')).toBe('page');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Kalender' }));
  });

  it('switches to English and remembers the choice through the contract', async () => {
    const { api, calls } = unlocked();
    await renderWith(<App />, api);
    await screen.findByRole('navigation');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Språk' }), 'en');
    expect(await screen.findByRole('navigation', { name: 'Main menu' })).toBeTruthy();
    expect(calls).toContainEqual({ method: 'setLanguage', input: { language: 'en' } });
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows offline in plain words when the host reports the agency unreachable', async () => {
    const fake = unlocked();
    await renderWith(<App />, fake.api);
    expect(await screen.findByText('Ansluten till Migrationsverket')).toBeTruthy();
    act(() =>
      fake.emit('statusChanged', syncStatus({}, 'offline')),
    );
    expect(screen.getByRole('status').textContent).toBe('Offline – du arbetar med den lokala kopian');
    expect(screen.getByText(/Senaste kontakt 23 nov\. 2026 10:00/)).toBeTruthy();
  });
});
