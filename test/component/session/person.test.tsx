import { act, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANNA, BO, type FakeOptions } from '../../support/fake-api.ts';
import { renderApp } from '../../support/render-app.tsx';

const asAnna = (more: FakeOptions = {}): FakeOptions => ({ start: { state: 'unlocked', profileId: ANNA.id }, ...more });

afterEach(() => vi.restoreAllMocks());

describe('locking', () => {
  it.each([
    ['Ctrl+L', '{Control>}l{/Control}'],
    ['Cmd+L', '{Meta>}l{/Meta}'],
  ])('locks on %s from anywhere in the app', async (_name, keys) => {
    const user = userEvent.setup();
    const { fake } = await renderApp(asAnna());
    await user.click(screen.getByRole('button', { name: 'Kalender' }));
    await user.keyboard(keys);
    expect(await screen.findByRole('heading', { level: 1, name: 'Programmet är låst' })).toBeTruthy();
    expect(fake.callsOf('lock')).toHaveLength(1);
  });

  it('does not react to L without the modifier', async () => {
    const user = userEvent.setup();
    const { fake } = await renderApp(asAnna());
    await user.keyboard('l');
    expect(fake.callsOf('lock')).toEqual([]);
  });
});

describe('signing out', () => {
  it('signs out at once when nothing is waiting to be sent', async () => {
    const user = userEvent.setup();
    const { fake } = await renderApp(asAnna());
    await user.click(screen.getByRole('button', { name: 'Logga ut' }));
    expect(await screen.findByText('Du har loggat ut. Dina uppgifter finns kvar på den här datorn.')).toBeTruthy();
    expect(fake.callsOf('signOut')).toEqual([{ method: 'signOut', input: { discardUnsent: false } }]);
  });

  it('asks about unsent work and keeps it by default', async () => {
    const user = userEvent.setup();
    const { fake } = await renderApp(asAnna({ unsentCount: 3 }));
    await user.click(screen.getByRole('button', { name: 'Logga ut' }));
    const dialog = await screen.findByRole('dialog', { name: 'Arbete som inte har skickats' });
    expect(within(dialog).getByText('3 inskick har inte levererats till Migrationsverket än.')).toBeTruthy();
    expect(within(dialog).getByText('Behåller du dem skickas de när du har loggat in igen.')).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Behåll och logga ut' }));
    await user.keyboard('{Enter}');
    expect(fake.callsOf('signOut')).toEqual([{ method: 'signOut', input: { discardUnsent: false } }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Programmet är låst' })).toBeTruthy();
  });

  it('discards unsent work only after a second confirmation', async () => {
    const user = userEvent.setup();
    const { fake } = await renderApp(asAnna({ unsentCount: 2 }));
    await user.click(screen.getByRole('button', { name: 'Logga ut' }));
    await user.click(await screen.findByRole('button', { name: 'Radera dem …' }));
    const confirm = screen.getByRole('dialog', { name: 'Radera osänt arbete?' });
    expect(within(confirm).getByText(/2 inskick raderas och skickas aldrig/)).toBeTruthy();
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Avbryt' }));
    expect(fake.callsOf('signOut')).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Radera och logga ut' }));
    expect(fake.callsOf('signOut')).toEqual([{ method: 'signOut', input: { discardUnsent: true } }]);
  });

  it('cancels with Escape and signs nobody out', async () => {
    const user = userEvent.setup();
    const { fake } = await renderApp(asAnna({ unsentCount: 1 }));
    const button = screen.getByRole('button', { name: 'Logga ut' });
    await user.click(button);
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(fake.callsOf('signOut')).toEqual([]);
    expect(screen.getByRole('navigation')).toBeTruthy();
  });
});

describe('working for counsel', () => {
  it('offers no choice to a person who works for one counsel', async () => {
    await renderApp(asAnna());
    expect(screen.queryByRole('combobox', { name: 'Arbetar för' })).toBeNull();
  });

  it('lets an assistant acting for several counsel pick whose work is shown', async () => {
    const user = userEvent.setup();
    const { fake } = await renderApp({ profiles: [BO], start: { state: 'unlocked', profileId: BO.id } });
    const select = screen.getByRole('combobox', { name: 'Arbetar för' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Karin Jurist', 'Lars Ombud']);
    await user.selectOptions(select, 'c-lars');
    expect(fake.callsOf('selectCounsel')).toEqual([{ method: 'selectCounsel', input: { counselId: 'c-lars' } }]);
    expect((screen.getByRole('combobox', { name: 'Arbetar för' }) as HTMLSelectElement).value).toBe('c-lars');
  });
});

describe('an expired sign-in', () => {
  it('keeps a banner with "Logga in igen" until the person has signed in again', async () => {
    const user = userEvent.setup();
    vi.spyOn(window, 'open').mockReturnValue(null);
    const { fake } = await renderApp(asAnna());
    act(() => fake.expireSignIn());
    const banner = await screen.findByRole('region', { name: 'Inloggning' });
    expect(within(banner).getByText('Inloggningen har gått ut. Dina uppgifter finns kvar här; logga in igen för att synka.')).toBeTruthy();
    // The data stays readable meanwhile.
    expect(screen.getByRole('navigation')).toBeTruthy();
    await user.click(within(banner).getByRole('button', { name: 'Logga in igen' }));
    expect(fake.callsOf('beginSignIn')).toHaveLength(1);
    expect(await within(banner).findByText('Slutför inloggningen i webbläsaren …')).toBeTruthy();
    act(() => fake.completeSignIn(ANNA.personName));
    expect(screen.queryByRole('region', { name: 'Inloggning' })).toBeNull();
  });
});
