import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../support/render-app.tsx';

const start = { state: 'needsSecret', personName: 'Cecilia Biträde' } as const;

describe('choosing the local secret', () => {
  it('greets the person and explains why the secret exists and that it cannot be recovered', async () => {
    await renderApp({ start });
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Välj ett lokalt lösenord' }));
    expect(screen.getByText(/Hej Cecilia Biträde!/)).toBeTruthy();
    expect(screen.getByText(/andra som använder samma dator inte kan öppna dem/)).toBeTruthy();
    expect(screen.getByText(/kan inte återställas/)).toBeTruthy();
    expect(screen.getByLabelText('Lokalt lösenord').getAttribute('autocomplete')).toBe('new-password');
    expect(screen.getByLabelText('Upprepa lösenordet').getAttribute('autocomplete')).toBe('new-password');
  });

  it('refuses a short secret and a mismatch without calling the api', async () => {
    const user = userEvent.setup();
    const { fake } = await renderApp({ start });
    await user.type(screen.getByLabelText('Lokalt lösenord'), 'kort');
    await user.type(screen.getByLabelText('Upprepa lösenordet'), 'kort');
    await user.click(screen.getByRole('button', { name: 'Spara och fortsätt' }));
    expect(screen.getByRole('alert').textContent).toBe('Lösenordet måste ha minst 8 tecken.');
    expect(document.activeElement).toBe(screen.getByLabelText('Lokalt lösenord'));
    expect(screen.getByLabelText('Lokalt lösenord').getAttribute('aria-invalid')).toBe('true');

    await user.clear(screen.getByLabelText('Lokalt lösenord'));
    await user.type(screen.getByLabelText('Lokalt lösenord'), 'tillräckligt-långt');
    await user.clear(screen.getByLabelText('Upprepa lösenordet'));
    await user.type(screen.getByLabelText('Upprepa lösenordet'), 'tillräckligt-lång{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('Lösenorden är inte likadana.');
    expect(document.activeElement).toBe(screen.getByLabelText('Upprepa lösenordet'));

    expect(fake.callsOf('createProfile')).toEqual([]);
  });

  it('creates the profile with a valid secret and opens the app', async () => {
    const user = userEvent.setup();
    const { fake } = await renderApp({ start });
    await user.type(screen.getByLabelText('Lokalt lösenord'), 'ett bra lösenord');
    await user.type(screen.getByLabelText('Upprepa lösenordet'), 'ett bra lösenord{Enter}');
    expect(fake.callsOf('createProfile')).toEqual([{ method: 'createProfile', input: { secret: 'ett bra lösenord' } }]);
    expect(await screen.findByRole('navigation', { name: 'Huvudmeny' })).toBeTruthy();
    expect(screen.getByText('Cecilia Biträde')).toBeTruthy();
  });

  it('shows the busy state while the key is derived', async () => {
    const user = userEvent.setup();
    await renderApp({ start, overrides: { createProfile: () => new Promise(() => undefined) } });
    await user.type(screen.getByLabelText('Lokalt lösenord'), 'ett bra lösenord');
    await user.type(screen.getByLabelText('Upprepa lösenordet'), 'ett bra lösenord{Enter}');
    expect(screen.getByText('Skyddar dina uppgifter …')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Spara och fortsätt' }).getAttribute('aria-disabled')).toBe('true');
    expect((screen.getByLabelText('Lokalt lösenord') as HTMLInputElement).readOnly).toBe(true);
  });
});
