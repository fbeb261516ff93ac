import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LockReason } from '../../../src/shared/contract/session.ts';
import { ANNA } from '../../support/fake-api.ts';
import { renderApp } from '../../support/render-app.tsx';

const locked = (reason: LockReason = 'startup') => ({ start: { state: 'locked', profileId: ANNA.id, reason } }) as const;

describe('unlocking', () => {
  it.each([
    ['idle', 'Låst efter 30 minuter utan aktivitet.'],
    ['manual', 'Du låste programmet.'],
    ['startup', 'Lås upp med ditt lokala lösenord för att börja.'],
    ['signedOut', 'Du har loggat ut. Dina uppgifter finns kvar på den här datorn.'],
    ['switched', 'Lås upp med ditt lokala lösenord för att fortsätta.'],
  ] as const)('says why it is locked (%s)', async (reason, text) => {
    await renderApp(locked(reason));
    expect(screen.getByText(text)).toBeTruthy();
    expect(screen.getByText('Anna Advokat')).toBeTruthy();
  });

  it('shows a wrong secret as an error and keeps the focus in the field', async () => {
    const user = userEvent.setup();
    const { fake } = await renderApp(locked());
    const field = screen.getByLabelText('Lokalt lösenord');
    expect(field.getAttribute('autocomplete')).toBe('current-password');
    await user.type(field, 'inte-rätt{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('Fel lösenord. Försök igen.');
    expect(document.activeElement).toBe(field);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(fake.callsOf('unlock')).toEqual([{ method: 'unlock', input: { profileId: ANNA.id, secret: 'inte-rätt' } }]);
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('opens the app with the right secret', async () => {
    const user = userEvent.setup();
    await renderApp(locked());
    await user.type(screen.getByLabelText('Lokalt lösenord'), ANNA.secret);
    await user.click(screen.getByRole('button', { name: 'Lås upp' }));
    expect(await screen.findByRole('navigation', { name: 'Huvudmeny' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Förordnanden' }));
  });

  it('lets another person take over: "Byt person" shows the profile picker', async () => {
    const user = userEvent.setup();
    const { fake } = await renderApp(locked());
    await user.click(screen.getByRole('button', { name: 'Byt person' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Välkommen till Biträde Desktop' })).toBeTruthy();
    expect(fake.callsOf('switchPerson')).toHaveLength(1);
  });

  it('speaks English when chosen', async () => {
    await renderApp(locked('idle'), 'en');
    expect(screen.getByRole('heading', { level: 1, name: 'The application is locked' })).toBeTruthy();
    expect(screen.getByText('Locked after 30 minutes without activity.')).toBeTruthy();
    expect(screen.getByLabelText('Local password')).toBeTruthy();
  });
});
