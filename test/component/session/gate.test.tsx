import { act, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANNA, BO } from '../../support/fake-api.ts';
import { renderApp } from '../../support/render-app.tsx';

const bodyText = () => document.body.textContent ?? '';

afterEach(() => vi.restoreAllMocks());

describe('the session gate', () => {
  it('shows no app frame and no client data while the profile is locked', async () => {
    await renderApp({ profiles: [BO], start: { state: 'locked', profileId: BO.id, reason: 'startup' } });
    const heading = screen.getByRole('heading', { level: 1, name: 'Programmet är låst' });
    expect(document.activeElement).toBe(heading);
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.getByText('Bo Assistent')).toBeTruthy();
    expect(bodyText()).not.toContain('Karin Jurist');
    expect(bodyText()).not.toContain('Lars Ombud');
    // The connection check stays available before unlocking; syncing belongs to an unlocked profile.
    expect(screen.getByRole('button', { name: 'Kontrollera anslutningen' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Synka nu' })).toBeNull();
  });

  it('drops what the frame showed when the profile is locked, and starts afresh on the next unlock', async () => {
    const user = userEvent.setup();
    await renderApp({ profiles: [BO], start: { state: 'unlocked', profileId: BO.id } });
    expect(screen.getByRole('combobox', { name: 'Arbetar för' })).toBeTruthy();
    expect(bodyText()).toContain('Karin Jurist');
    await user.click(screen.getByRole('button', { name: 'Kalender' }));

    await user.click(screen.getByRole('button', { name: 'Lås' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Programmet är låst' })).toBeTruthy();
    expect(screen.getByText('Du låste programmet.')).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(bodyText()).not.toContain('Karin Jurist');
    expect(bodyText()).not.toContain('Lars Ombud');

    await user.type(screen.getByLabelText('Lokalt lösenord'), `${BO.secret}{Enter}`);
    await screen.findByRole('navigation', { name: 'Huvudmeny' });
    // A new unlock is a new subtree: the area chosen before the lock is not remembered.
    expect(screen.getByRole('button', { name: 'Förordnanden' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('button', { name: 'Kalender' }).getAttribute('aria-current')).toBeNull();
  });

  it('follows the inactivity lock that main reports', async () => {
    const { fake } = await renderApp({ start: { state: 'unlocked', profileId: ANNA.id } });
    await screen.findByRole('navigation');
    act(() => fake.lockForIdle());
    expect(await screen.findByText('Låst efter 30 minuter utan aktivitet.')).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('offers the language choice before unlocking too', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Språk' }), 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Biträde Desktop' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign in with e-legitimation' })).toBeTruthy();
  });

  it('keeps client data out of the title, browser storage and the console', async () => {
    const user = userEvent.setup();
    const logged = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation(() => undefined),
    );
    await renderApp({ profiles: [BO], start: { state: 'locked', profileId: BO.id } });
    await user.type(screen.getByLabelText('Lokalt lösenord'), 'fel-lösenord{Enter}');
    await screen.findByRole('alert');
    await user.clear(screen.getByLabelText('Lokalt lösenord'));
    await user.type(screen.getByLabelText('Lokalt lösenord'), `${BO.secret}{Enter}`);
    await screen.findByRole('navigation');
    await user.click(screen.getByRole('button', { name: 'Lås' }));
    await screen.findByRole('heading', { level: 1, name: 'Programmet är låst' });

    expect(document.title).not.toMatch(/Bo|Karin|Lars/);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    const printed = logged.flatMap((spy) => spy.mock.calls.flat().map(String)).join('\n');
    expect(printed).not.toMatch(/Bo Assistent|Karin|Lars|hemlighet|fel-lösenord/);
  });
});
