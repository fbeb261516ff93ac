import { act, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PurgeReason } from '../../../src/shared/contract/appointments.ts';
import { renderApp } from '../../support/render-app.tsx';
import { appointmentGrid, asAnna, openOverview, plain, section } from './helpers.ts';
import { withLayout } from './layout.ts';

withLayout();

const button = (name: string) => within(section('Skicka till Migrationsverket')).getByRole('button', { name });
const description = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => plain(document.getElementById(id)?.textContent))
    .join(' ');

describe('the individual overview', () => {
  it('shows the appointment, the person and their documents, with focus on the name', async () => {
    const user = userEvent.setup();
    await renderApp(asAnna());
    const heading = await openOverview(user, 'Göran Abdi Warsame');
    expect(document.activeElement).toBe(heading);
    const appointment = section('Förordnandet');
    expect(plain(appointment.textContent)).toContain('Förordnandet startade20 oktober 2026');
    expect(plain(appointment.textContent)).toContain('Advokatfirman Advokat');
    expect(plain(appointment.textContent)).toContain('111 51 Stockholm');
    const details = section('Individuppgifter');
    expect(plain(details.textContent)).toContain('Födelsedatum17 april 1991');
    expect(plain(details.textContent)).toContain('MedborgarskapSomalia');
    expect(within(details).getByText('070-555 12 34')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Dokument' })).toBeTruthy();
  });

  it('enables Skicka in inlaga before a decision and says why there is nothing to appeal', async () => {
    const user = userEvent.setup();
    await renderApp(asAnna());
    await openOverview(user, 'Göran Abdi Warsame');
    expect(button('Skicka in inlaga').getAttribute('aria-disabled')).toBe('false');
    const appeal = button('Skicka in överklagande');
    expect(appeal.getAttribute('aria-disabled')).toBe('true');
    expect(description(appeal)).toBe('Inget beslut att överklaga ännu');
    expect(screen.getByText('Inget beslut att överklaga ännu')).toBeTruthy();
  });

  it('after a decision: no inlaga, an appeal with its last day, and a dialog that sends nothing unasked', async () => {
    const user = userEvent.setup();
    const { fake } = await renderApp(asAnna());
    await openOverview(user, 'Mohammad Rahimi');
    const inlaga = button('Skicka in inlaga');
    expect(inlaga.getAttribute('aria-disabled')).toBe('true');
    expect(description(inlaga)).toBe('Beslut har fattats i asylärendet');
    const appeal = button('Skicka in överklagande');
    expect(appeal.getAttribute('aria-disabled')).toBe('false');
    expect(description(appeal)).toBe('Sista dag: 4 december 2026');

    await user.click(inlaga);
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(appeal);
    const dialog = screen.getByRole('dialog', { name: 'Skicka in överklagande – Mohammad Rahimi' });
    expect(within(dialog).getByText('Sista dag att överklaga: fredag 4 december 2026')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(appeal);
    expect(fake.calls.map((c) => c.method)).not.toContain('queueAppeal');
  });

  it('says when the appeal window closed, and shows the end of an ended appointment', async () => {
    const user = userEvent.setup();
    await renderApp(asAnna());
    await openOverview(user, 'Olena Kovalenko');
    expect(description(button('Skicka in överklagande'))).toBe('Överklagandetiden gick ut 23 juni 2025');
    expect(description(button('Skicka in inlaga'))).toBe('Beslut har fattats i asylärendet');
    const appointment = plain(section('Förordnandet Avslutat').textContent);
    expect(appointment).toContain('Förordnandet avslutades1 oktober 2026');
    expect(appointment).toContain('Visas på den här datorn till och med1 januari 2027');
    expect(appointment).toContain('Beslut i asylärendetBifall, underrättelse 2 juni 2025');
  });

  it('after entledigande: both buttons say so, and no contact details are shown', async () => {
    const user = userEvent.setup();
    await renderApp(asAnna());
    await openOverview(user, 'Sara Haddad');
    for (const name of ['Skicka in inlaga', 'Skicka in överklagande']) {
      expect(button(name).getAttribute('aria-disabled')).toBe('true');
      expect(description(button(name))).toBe('Du är entledigad för Sara Haddad sedan 20 november 2026');
    }
    const details = section('Individuppgifter');
    expect(within(details).getByText('Kontaktuppgifter visas inte efter entledigande.')).toBeTruthy();
    expect(within(details).queryByText('Telefon')).toBeNull();
    expect(plain(section('Förordnandet Entledigad').textContent)).toContain('Entledigad20 november 2026');
  });

  it('marks protected contact details as protected, in words, on the group that holds them', async () => {
    const user = userEvent.setup();
    await renderApp(asAnna());
    await openOverview(user, 'Noor Haddad');
    const contact = screen.getByRole('group', { name: 'Kontaktuppgifter Skyddade personuppgifter – hantera varsamt' });
    expect(within(contact).getByText('070-999 00 11')).toBeTruthy();
    expect(within(contact).getByText('Skyddad adress, c/o Skatteverket')).toBeTruthy();
    expect(contact.className).toContain('contact-protected');
  });

  it('does not mark ordinary contact details as protected', async () => {
    const user = userEvent.setup();
    await renderApp(asAnna());
    await openOverview(user, 'Karim Haddad');
    expect(screen.getByRole('group', { name: 'Kontaktuppgifter' })).toBeTruthy();
    expect(screen.queryByText('Skyddade personuppgifter – hantera varsamt')).toBeNull();
  });

  it('moves between the group’s members by individnummer, never to a released one', async () => {
    const user = userEvent.setup();
    await renderApp(asAnna());
    await openOverview(user, 'Karim Haddad');
    const members = within(section('Individuppgifter')).getByRole('list', { name: 'Förordnandegruppen' });
    const items = within(members).getAllByRole('listitem');
    expect(items.map((li) => plain(li.textContent))).toEqual([
      '31045678 Karim Haddad Huvudindivid Visas nu',
      '31045679 Noor Haddad',
      '31045680 Sara Haddad Entledigad – översikten kan inte öppnas',
    ]);
    expect(items[0]!.getAttribute('aria-current')).toBe('page');
    expect(within(items[2]!).queryByRole('button')).toBeNull();
    expect(within(items[0]!).queryByRole('button')).toBeNull();

    await user.click(within(items[1]!).getByRole('button', { name: '31045679 – öppna individöversikten för Noor Haddad' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Noor Haddad' });
    expect(document.activeElement).toBe(heading);
    const now = within(within(section('Individuppgifter')).getByRole('list', { name: 'Förordnandegruppen' })).getAllByRole('listitem');
    expect(now[1]!.getAttribute('aria-current')).toBe('page');
    expect(within(now[0]!).getByRole('button', { name: /^31045678/ })).toBeTruthy();
  });

  it('goes back to the list with the back button and with Alt+Left, but not from a text field', async () => {
    const user = userEvent.setup();
    await renderApp(asAnna());
    await openOverview(user, 'Göran Abdi Warsame');
    await user.click(screen.getByRole('button', { name: 'Tillbaka till förordnanden' }));
    await appointmentGrid();

    await openOverview(user, 'Göran Petrović');
    await user.click(screen.getByRole('searchbox', { name: 'Sök/filtrera dokument' }));
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    expect(screen.getByRole('heading', { level: 1, name: 'Göran Petrović' })).toBeTruthy();
    await user.click(screen.getByRole('heading', { level: 1 }));
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    await appointmentGrid();
  });

  it('goes back to the list when Förordnanden is chosen in the menu again', async () => {
    const user = userEvent.setup();
    await renderApp(asAnna());
    await openOverview(user, 'Göran Abdi Warsame');
    await user.click(within(screen.getByRole('navigation', { name: 'Huvudmeny' })).getByRole('button', { name: 'Förordnanden' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Förordnanden' }));
  });
});

describe('appointments removed from this computer (B2)', () => {
  const reasons: [PurgeReason, string][] = [
    ['released', 'tio dagar efter entledigandet'],
    ['ended', 'tre månader efter att förordnandet avslutades'],
    ['appeal', '90 dagar efter att överklagandet lämnades över till domstolen'],
    ['withdrawn', 'Migrationsverket har tagit bort din åtkomst'],
  ];

  it.each(reasons)('tells why one left (%s) until the person says OK', async (reason, words) => {
    const user = userEvent.setup();
    const { fake } = await renderApp(asAnna({ purgeNotices: [{ id: 1, individualNumber: '12345678', reason, purgedAt: '2026-11-22T02:00:00.000Z' }] }));
    const notice = await screen.findByRole('region', { name: 'Borttaget från den här datorn' });
    expect(plain(notice.textContent)).toContain(`Förordnandet för 12345678 har tagits bort från den här datorn (${words}).`);
    await user.click(within(notice).getByRole('button', { name: 'OK' }));
    expect(fake.callsOf('dismissPurgeNotices')).toHaveLength(1);
    expect(screen.queryByRole('region', { name: 'Borttaget från den här datorn' })).toBeNull();
  });

  it('checks again after a sync, and leaves an overview whose appointment was purged', async () => {
    const user = userEvent.setup();
    const { fake } = await renderApp(asAnna());
    await openOverview(user, 'Göran Abdi Warsame');
    act(() => fake.purge('a-goran', 'released'));
    const notice = await screen.findByRole('region', { name: 'Borttaget från den här datorn' });
    expect(plain(notice.textContent)).toContain('Förordnandet för 20581234 har tagits bort från den här datorn (tio dagar efter entledigandet).');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Förordnanden' }));
    const grid = await appointmentGrid();
    await waitFor(() => expect(within(grid).queryByText('Göran Abdi Warsame')).toBeNull());
  });
});
