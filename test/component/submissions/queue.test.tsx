import { act, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { OutboxItem } from '../../../src/shared/contract/outbox.ts';
import type { Language } from '../../../src/shared/contract/schemas.ts';
import { asAnna, openOverview, plain, rowTexts } from '../appointments/helpers.ts';
import { withLayout } from '../appointments/layout.ts';
import { outboxItem } from '../../support/fake/outbox.ts';
import { renderApp } from '../../support/render-app.tsx';

vi.mock('../../../src/renderer/documents/pdf-engine.ts', async () => (await import('./fake-pdf-engine.ts')).fakePdfEngine());

withLayout();

const at = (time: string) => `2026-11-23T${time}:00.000Z`;
const karim = [{ individualId: 'i-karim', name: 'Karim Haddad', individualNumber: '31045678' }];
const goran = [{ individualId: 'i-a-goran', name: 'Göran Abdi Warsame', individualNumber: '20581234' }];
const rahimi = [{ individualId: 'i-a-rahimi', name: 'Mohammad Rahimi', individualNumber: '40012345' }];
const doc = (fileName: string, size: number, pages = 2) => ({ fileName, title: null, documentType: 'inlaga' as const, pages, size });

/** One of each state; the times are Swedish ones an hour later (CET). */
function seeds() {
  const waiting = outboxItem({
    createdAt: at('09:30'),
    attempts: 2,
    nextAttemptAt: at('13:32'),
    lastError: { kind: 'retryable', code: 'SERVER_ERROR', message: null, at: at('09:31') },
  });
  const later = outboxItem({ createdAt: at('09:40') });
  const signIn = outboxItem({
    createdAt: at('09:20'),
    target: 'appointment:g-a-goran',
    summary: { appointmentId: 'a-goran', individuals: goran, documents: [doc('Yttrande.pdf', 300_000)] },
    lastError: { kind: 'auth', code: 'UNAUTHENTICATED', message: null, at: at('09:21') },
  });
  const sending = outboxItem({
    state: 'sending',
    createdAt: at('09:10'),
    target: 'appointment:g-a-petrovic',
    summary: { appointmentId: 'a-petrovic', individuals: [{ individualId: 'i-a-petrovic', name: 'Göran Petrović', individualNumber: '20581300' }], documents: [doc('Del 1.pdf', 1_500_000), doc('Del 2.pdf', 900_000, 1)] },
  });
  const decided = outboxItem({
    state: 'attention',
    createdAt: at('08:00'),
    target: 'appointment:g-a-rahimi',
    summary: { appointmentId: 'a-rahimi', individuals: rahimi, documents: [doc('Komplettering.pdf', 120_000)] },
    lastError: {
      kind: 'rejected',
      code: 'DECISION_MADE',
      message: { sv: 'Beslut har fattats i ärendet den 13 november 2026.', en: 'A decision was made in the case on 13 November 2026.' },
      at: at('08:05'),
    },
  });
  const first = outboxItem({ state: 'delivered', createdAt: at('07:00'), deliveredAt: at('07:05'), target: 'appointment:g-a-farah' });
  const second = outboxItem({ state: 'delivered', kind: 'overklagande', createdAt: at('07:10'), deliveredAt: at('08:15'), target: 'appointment:g-a-rahimi', summary: { appointmentId: 'a-rahimi', individuals: rahimi, documents: [{ ...doc('Överklagande.pdf', 80_000), documentType: null }] } });
  const withdrawn = outboxItem({ state: 'cancelled', createdAt: at('06:00'), target: 'appointment:g-a-tesfay' });
  return { waiting, later, signIn, sending, decided, first, second, withdrawn };
}

async function queueView(items: OutboxItem[], language: Language = 'sv') {
  const user = userEvent.setup();
  const view = await renderApp(asAnna({ outbox: items }), language);
  await user.click(within(screen.getByRole('navigation')).getByRole('button', { name: language === 'sv' ? /^Kö/ : /^Queue/ }));
  await screen.findByRole('heading', { level: 2, name: /^(Att skicka|To send)/ });
  return { ...view, user };
}

const operation = (name: string) => screen.getByRole('article', { name });
const lines = (el: HTMLElement) => [...el.querySelectorAll('p')].map((p) => plain(p.textContent));

describe('the queue (Kö)', () => {
  it('says where each submission stands, what needs the person first', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at('10:00'));
    const s = seeds();
    await queueView(Object.values(s));

    const pending = screen.getByRole('region', { name: 'Att skicka (5)' });
    expect(within(pending).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Inlaga för Mohammad Rahimi',
      'Inlaga för Göran Petrović',
      'Inlaga för Göran Abdi Warsame',
      'Inlaga för Karim Haddad',
      'Inlaga för Karim Haddad',
    ]);
    const [decided, sending, signIn, waiting, later] = within(pending).getAllByRole('article');
    const buttons = (el: HTMLElement) => within(el).queryAllByRole('button').map((b) => b.textContent);
    expect(lines(waiting!)).toEqual(['Lagt i kön 23 nov. 2026 10:30', 'Väntar på att skickas, nästa försök kl. 14:32', 'Migrationsverket kunde inte nås. Försöker igen automatiskt.']);
    expect(lines(later!)).toEqual(['Lagt i kön 23 nov. 2026 10:40', 'Väntar på att skickas', 'Väntar på en tidigare inlaga för samma familj']);
    expect(lines(signIn!)).toContain('Logga in igen så skickas den.');
    expect(buttons(signIn!)).toEqual(['Återkalla']);
    expect(lines(sending!)).toContain('Skickas …');
    expect(lines(decided!)).toEqual([
      'Lagt i kön 23 nov. 2026 09:00',
      'Behöver åtgärd',
      'Beslut har fattats i ärendet den 13 november 2026.',
      'Inlagor kan inte skickas in efter att beslut har fattats. Du kan återkalla inlagan; vill du överklaga beslutet gör du det från individöversikten.',
    ]);

    expect(buttons(waiting!)).toEqual(['Försök nu', 'Återkalla']);
    expect(buttons(later!)).toEqual(['Återkalla']);
    expect(buttons(sending!)).toEqual([]);
    // A decision cannot be undone by sending again: only withdrawing is offered.
    expect(buttons(decided!)).toEqual(['Återkalla']);
  });

  it('keeps delivered ones folded away, most recent first, and withdrawn ones apart', async () => {
    const { user } = await queueView(Object.values(seeds()));
    const toggle = screen.getByRole('button', { name: 'Levererade (2)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('article', { name: 'Överklagande för Mohammad Rahimi' })).toBeNull();
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const delivered = screen.getByRole('region', { name: 'Levererade (2)' });
    const items = within(delivered).getAllByRole('article');
    expect(items.map((a) => lines(a)[1])).toEqual(['Levererad 23 nov. 2026 09:15', 'Levererad 23 nov. 2026 08:05']);
    expect(within(delivered).queryAllByRole('button', { name: /Återkalla|Försök nu/ })).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Återkallade (1)' }));
    expect(lines(within(screen.getByRole('region', { name: 'Återkallade (1)' })).getByRole('article'))[1]).toBe('Återkallad');
  });

  it('shows the bytes sent per submission and per file while it goes', async () => {
    const s = seeds();
    const { fake } = await queueView([s.sending, s.first]);
    const item = operation('Inlaga för Göran Petrović');
    // A failed attempt, then a new one: the old error is not shown while the new one runs.
    act(() => fake.outbox.fail(s.sending.opId, { kind: 'retryable' }, at('13:00')));
    await within(item).findByText('Migrationsverket kunde inte nås. Försöker igen automatiskt.');
    act(() => fake.outbox.send(s.sending.opId));
    await waitFor(() => expect(within(item).queryByText('Migrationsverket kunde inte nås. Försöker igen automatiskt.')).toBeNull());
    act(() => fake.outbox.progress(s.sending.opId, 1_200_000));
    const bar = within(item).getByRole('progressbar', { name: 'Uppladdat' });
    expect(plain(bar.getAttribute('aria-valuetext'))).toBe('1,2 MB av 2,4 MB');
    expect(bar.getAttribute('aria-valuenow')).toBe('50');
    const files = () => within(within(item).getByRole('list', { name: 'Dokument' })).getAllByRole('listitem').map((li) => plain(li.textContent));
    expect(files()).toEqual(['Del 1.pdf · Inlaga · 2 sidor · 1,2 MB av 1,5 MB', 'Del 2.pdf · Inlaga · 1 sida · 0 B av 900 kB']);

    act(() => fake.outbox.progress(s.sending.opId, 2_000_000));
    expect(files()).toEqual(['Del 1.pdf · Inlaga · 2 sidor · 1,5 MB av 1,5 MB', 'Del 2.pdf · Inlaga · 1 sida · 500 kB av 900 kB']);

    act(() => fake.outbox.deliver(s.sending.opId));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Inlaga för Göran Petrović' })).toBeNull());
    expect(screen.getByRole('button', { name: 'Levererade (2)' })).toBeTruthy();
    expect(screen.getByText('En inlaga har levererats till Migrationsverket.')).toBeTruthy();
  });

  it('tries a waiting one now', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at('10:00'));
    const s = seeds();
    const { user, fake } = await queueView([s.waiting]);
    const item = operation('Inlaga för Karim Haddad');
    await user.click(within(item).getByRole('button', { name: 'Försök nu' }));
    expect(fake.callsOf('retryNow')).toEqual([{ method: 'retryNow', input: { opId: s.waiting.opId } }]);
    await waitFor(() => expect(lines(item)[1]).toBe('Väntar på att skickas'));
    expect(screen.getByText('Försöker skicka nu.')).toBeTruthy();
  });

  it('withdraws only what is unsent, and only after asking', async () => {
    const s = seeds();
    const { user, fake } = await queueView([s.signIn, s.sending]);
    expect(within(operation('Inlaga för Göran Petrović')).queryByRole('button', { name: 'Återkalla' })).toBeNull();
    const item = operation('Inlaga för Göran Abdi Warsame');
    const withdraw = within(item).getByRole('button', { name: 'Återkalla' });

    await user.click(withdraw);
    let question = screen.getByRole('dialog', { name: 'Återkalla inlagan?' });
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Behåll i kön' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(withdraw);
    expect(fake.callsOf('cancelOperation')).toHaveLength(0);

    await user.click(withdraw);
    question = screen.getByRole('dialog', { name: 'Återkalla inlagan?' });
    await user.click(within(question).getByRole('button', { name: 'Återkalla' }));
    expect(fake.callsOf('cancelOperation')).toEqual([{ method: 'cancelOperation', input: { opId: s.signIn.opId } }]);
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Inlaga för Göran Abdi Warsame' })).toBeNull());
    expect(screen.getByRole('button', { name: 'Återkallade (1)' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Kö' }));
    expect(screen.getByText('Inlagan återkallades.')).toBeTruthy();
  });

  it('says so when the sender took it in the meantime', async () => {
    const s = seeds();
    const { user, fake } = await queueView([s.later]);
    await user.click(within(operation('Inlaga för Karim Haddad')).getByRole('button', { name: 'Återkalla' }));
    act(() => fake.outbox.send(s.later.opId));
    const question = screen.getByRole('dialog', { name: 'Återkalla inlagan?' });
    await user.click(within(question).getByRole('button', { name: 'Återkalla' }));
    expect(within(question).getByRole('alert').textContent).toBe('Den skickas redan eller är levererad och kan inte längre återkallas.');
    expect(fake.outbox.items()[0]!.state).toBe('sending');
  });

  it('gives a rejection’s reason in the agency’s words, and sends again once fixed', async () => {
    const rejected = outboxItem({
      state: 'attention',
      createdAt: at('08:00'),
      lastError: { kind: 'rejected', code: 'VALIDATION', message: { sv: 'Dokumentet saknar underskrift.', en: 'The document is not signed.' }, at: at('08:01') },
    });
    const { user, fake } = await queueView([rejected]);
    const item = operation('Inlaga för Karim Haddad');
    expect(lines(item).slice(1)).toEqual([
      'Behöver åtgärd',
      'Dokumentet saknar underskrift.',
      'Rätta det Migrationsverket anger och välj Skicka igen, eller återkalla inskicket.',
    ]);
    await user.click(within(item).getByRole('button', { name: 'Skicka igen' }));
    expect(fake.callsOf('resendOperation')).toEqual([{ method: 'resendOperation', input: { opId: rejected.opId } }]);
    await waitFor(() => expect(lines(item)[1]).toBe('Väntar på att skickas'));
    expect(within(item).queryByText('Dokumentet saknar underskrift.')).toBeNull();
  });

  it('gives the agency’s reason in English too, and a generic one when it gave none', async () => {
    const s = seeds();
    const silent = outboxItem({ state: 'attention', createdAt: at('08:30'), lastError: { kind: 'rejected', code: 'CONFLICT', message: null, at: at('08:31') } });
    await queueView([s.decided, silent], 'en');
    expect(lines(operation('Submission for Mohammad Rahimi'))).toContain('A decision was made in the case on 13 November 2026.');
    expect(lines(operation('Submission for Karim Haddad')).slice(2)).toEqual([
      'The Migration Agency did not accept it.',
      'Correct what the Migration Agency points out and choose Send again, or withdraw it.',
    ]);
  });
});

describe('the queue seen from elsewhere', () => {
  it('counts what is not delivered on the menu item, and what needs action apart', async () => {
    const s = seeds();
    const { fake } = await renderApp(asAnna({ outbox: [s.waiting, s.sending, s.first] }));
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(await within(nav).findByRole('button', { name: 'Kö 2 inte levererade' })).toBeTruthy();

    act(() => fake.outbox.fail(s.waiting.opId, { kind: 'rejected', code: 'VALIDATION', message: { sv: 'Fel.', en: 'Wrong.' } }));
    expect(await within(nav).findByRole('button', { name: 'Kö 2 inte levererade 1 behöver åtgärd' })).toBeTruthy();
    expect(screen.getByText('En inlaga behöver åtgärd. Se Kö.')).toBeTruthy();

    act(() => fake.outbox.deliver(s.sending.opId));
    expect(await within(nav).findByRole('button', { name: 'Kö 1 inte levererade 1 behöver åtgärd' })).toBeTruthy();
  });

  it('lists a delivered inlaga in the individual’s documents as sent by the person, without waiting for a sync', async () => {
    const user = userEvent.setup();
    const item = outboxItem({ summary: { appointmentId: 'a-karim', individuals: karim, documents: [doc('Inlaga om skyddsskäl.pdf', 240_000, 4)] } });
    const { fake } = await renderApp(asAnna({ outbox: [item] }));
    await openOverview(user, 'Karim Haddad');
    const grid = await screen.findByRole('grid', { name: 'Dokument' });
    await waitFor(() => expect(rowTexts(grid)).toHaveLength(2));

    act(() => fake.outbox.send(item.opId));
    act(() => fake.outbox.deliver(item.opId));
    await waitFor(() => expect(rowTexts(grid)).toHaveLength(3));
    expect(rowTexts(grid)[0]).toEqual(expect.arrayContaining([expect.stringMatching(/^Inlaga om skyddsskäl/), 'Skickat av dig']));
    expect(fake.callsOf('listDocuments').length).toBeGreaterThan(2);
  });
});
