import { act, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANNA, BO } from '../../support/fake-api.ts';
import { renderApp } from '../../support/render-app.tsx';

afterEach(() => vi.restoreAllMocks());

describe('the profile picker', () => {
  it('lists the people on this workstation and unlocks the chosen one', async () => {
    const user = userEvent.setup();
    const { fake } = await renderApp({ profiles: [ANNA, BO] });
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Välkommen till Biträde Desktop' }));
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).getByText('Senast använd 20 nov. 2026 09:30')).toBeTruthy();
    expect(within(list).getByText('Inte använd än')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Lås upp Bo Assistent' }));
    expect(fake.callsOf('chooseProfile')).toEqual([{ method: 'chooseProfile', input: { profileId: BO.id } }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Programmet är låst' })).toBeTruthy();
    expect(screen.getByText('Bo Assistent')).toBeTruthy();
  });

  it('removes a profile only after an explicit confirmation that names what is lost', async () => {
    const user = userEvent.setup();
    const { fake } = await renderApp({ profiles: [ANNA, BO] });
    const removeBo = screen.getByRole('button', { name: 'Ta bort Bo Assistent' });
    await user.click(removeBo);
    const dialog = screen.getByRole('dialog', { name: 'Ta bort Bo Assistent från den här datorn?' });
    expect(within(dialog).getByText(/också arbete som inte har skickats/)).toBeTruthy();
    // The safe choice has the focus; Escape cancels and gives the focus back.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(removeBo);
    expect(fake.callsOf('removeProfile')).toEqual([]);

    await user.click(removeBo);
    // Tab stays inside the dialog.
    await user.tab();
    await user.tab();
    expect(screen.getByRole('dialog').contains(document.activeElement)).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Radera allt för Bo Assistent' }));
    expect(fake.callsOf('removeProfile')).toEqual([{ method: 'removeProfile', input: { profileId: BO.id } }]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByText('Bo Assistent')).toBeNull();
    expect(screen.getByText('Anna Advokat')).toBeTruthy();
  });
});

describe('signing in with e-legitimation', () => {
  it('opens the agency’s page in a new tab in the browser host, waits, and can reopen or cancel', async () => {
    const user = userEvent.setup();
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const { fake } = await renderApp({ profiles: [] });
    expect(screen.getByText('Ingen har loggat in på den här datorn än.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Logga in med e-legitimation' }));
    const url = 'http://127.0.0.1:4010/oauth/authorize?state=fake';
    expect(open).toHaveBeenCalledWith(url, '_blank', 'noopener');
    expect(await screen.findByText('Slutför inloggningen i webbläsaren …')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Öppna inloggningssidan igen' }));
    expect(open).toHaveBeenCalledTimes(2);
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(fake.callsOf('cancelSignIn')).toHaveLength(1);
    expect(screen.queryByText('Slutför inloggningen i webbläsaren …')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Logga in med e-legitimation' }));
  });

  it('leaves the opening to the host when it opened the system browser itself', async () => {
    const user = userEvent.setup();
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    await renderApp({
      overrides: { beginSignIn: async () => ({ ok: true, value: { authorizeUrl: 'http://x.test/a', openedExternally: true } }) },
    });
    await user.click(screen.getByRole('button', { name: 'Logga in med e-legitimation' }));
    expect(open).not.toHaveBeenCalled();
  });

  it('goes on to choosing a secret once the person has signed in', async () => {
    const user = userEvent.setup();
    vi.spyOn(window, 'open').mockReturnValue(null);
    const { fake } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Logga in med e-legitimation' }));
    act(() => fake.completeSignIn('Cecilia Biträde'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Välj ett lokalt lösenord' })).toBeTruthy();
  });

  it.each([
    ['sv', 'Inloggningen misslyckades. Du avbröt i BankID.'],
    ['en', 'Sign-in failed. You cancelled in BankID.'],
  ] as const)('shows why sign-in failed (%s)', async (language, text) => {
    const { fake } = await renderApp({}, language);
    act(() => fake.failSignIn({ sv: 'Du avbröt i BankID.', en: 'You cancelled in BankID.' }));
    expect((await screen.findByRole('alert')).textContent).toBe(text);
  });
});
