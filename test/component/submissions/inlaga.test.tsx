import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { loadPdfFile } from '../../../src/renderer/documents/pdf-engine.ts';
import { plain } from '../appointments/helpers.ts';
import { withLayout } from '../appointments/layout.ts';
import { pdfFile, pngFile, truncatedPdf } from '../../support/fake/files.ts';
import { added, documentRow, openDialog, overviewOf, pick, typeSelect } from './helpers.ts';

vi.mock('../../../src/renderer/documents/pdf-engine.ts', async () => (await import('./fake-pdf-engine.ts')).fakePdfEngine());

withLayout();

const KARIM = /^Skicka in inlaga – Karim Haddad$/;
const paragraphs = (el: HTMLElement) => [...el.querySelectorAll('p')].map((p) => plain(p.textContent));

describe('adding documents to an inlaga', () => {
  it('refuses a photo called .pdf with the check’s own reason, and adds the real PDF with its first page', async () => {
    const { user, fake } = await overviewOf('Karim Haddad');
    const dialog = await openDialog(user, 'Skicka in inlaga', KARIM);
    const photo = pngFile('skyddsskäl.pdf');
    const letter = pdfFile('Yttrande.pdf', 3);
    await pick(user, dialog, photo, letter);

    expect(paragraphs(await within(dialog).findByRole('alert'))).toEqual([
      'skyddsskäl.pdf lades inte till',
      'Filen är en bild, inte en PDF. Migrationsverket tar inte emot foton eller bilder. Lägg in bilden i ett dokument och spara dokumentet som PDF och försök igen.',
    ]);
    const row = await added(dialog, 'Yttrande.pdf');
    expect(plain(row.textContent)).toContain('3 sidor');
    expect(within(dialog).queryByRole('button', { name: 'Ta bort skyddsskäl.pdf' })).toBeNull();
    // The thumbnail is drawn from the local file: no second trip to the host.
    await waitFor(() => expect(vi.mocked(loadPdfFile)).toHaveBeenCalledWith(letter));
    expect(fake.outbox.stagingRequests).toEqual(['skyddsskäl.pdf', 'Yttrande.pdf']);

    await user.click(within(dialog).getByRole('button', { name: 'Stäng meddelandet om skyddsskäl.pdf' }));
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });

  it('says “Kontrollerar …” per file while the host checks, two files at a time', async () => {
    const { user, fake } = await overviewOf('Karim Haddad');
    const dialog = await openDialog(user, 'Skicka in inlaga', KARIM);
    fake.outbox.pauseStaging();
    await pick(user, dialog, pdfFile('a.pdf'), pdfFile('b.pdf', 2), pdfFile('c.pdf', 3));
    expect(await within(dialog).findByText('Kontrollerar a.pdf …')).toBeTruthy();
    expect(within(dialog).getByText('Kontrollerar c.pdf …')).toBeTruthy();
    await waitFor(() => expect(fake.outbox.stagingRequests).toEqual(['a.pdf', 'b.pdf']));

    fake.outbox.resumeStaging();
    await added(dialog, 'a.pdf');
    await waitFor(() => expect(fake.outbox.stagingRequests).toHaveLength(3));
    fake.outbox.resumeStaging();
    await added(dialog, 'c.pdf');
    expect(fake.outbox.maxStagingInFlight).toBe(2);
    expect(within(dialog).queryByText(/^Kontrollerar/)).toBeNull();
  });

  it('takes files dropped on the dialog, and a truncated PDF is refused', async () => {
    const { user } = await overviewOf('Karim Haddad');
    const dialog = await openDialog(user, 'Skicka in inlaga', KARIM);
    const zone = within(dialog).getByText('eller dra och släpp PDF-filer hit').closest('.drop-zone')!;
    fireEvent.drop(zone, { dataTransfer: { files: [pdfFile('Fullmakt.pdf'), truncatedPdf('Intyg.pdf')], types: ['Files'] } });
    await added(dialog, 'Fullmakt.pdf');
    expect(paragraphs(await within(dialog).findByRole('alert'))).toEqual([
      'Intyg.pdf lades inte till',
      'PDF-filen är ofullständig, troligen efter en avbruten nedladdning eller kopiering. Hämta eller spara filen på nytt och försök igen.',
    ]);
  });

  it('asks for a new staging token once when the host no longer knows the old one', async () => {
    const { user, fake } = await overviewOf('Karim Haddad');
    const dialog = await openDialog(user, 'Skicka in inlaga', KARIM);
    await waitFor(() => expect(fake.callsOf('stagingToken')).toHaveLength(1));
    fake.outbox.renewStagingToken();
    await pick(user, dialog, pdfFile('a.pdf'));
    await added(dialog, 'a.pdf');
    expect(fake.callsOf('stagingToken')).toHaveLength(2);
  });

  it('adds the same content once, and the bin forgets a file in main', async () => {
    const { user, fake } = await overviewOf('Karim Haddad');
    const dialog = await openDialog(user, 'Skicka in inlaga', KARIM);
    await pick(user, dialog, pdfFile('a.pdf', 2));
    await added(dialog, 'a.pdf');
    await pick(user, dialog, pdfFile('kopia av a.pdf', 2));
    expect(paragraphs(await within(dialog).findByRole('alert'))).toEqual([
      'kopia av a.pdf lades inte till',
      'Filen har samma innehåll som a.pdf, som redan finns bland dokumenten.',
    ]);
    const [stagedId] = [...fake.outbox.staged.keys()];

    await user.click(within(documentRow(dialog, 'a.pdf')).getByRole('button', { name: 'Ta bort a.pdf' }));
    expect(within(dialog).queryByRole('button', { name: 'Ta bort a.pdf' })).toBeNull();
    expect(fake.callsOf('discardStaged')).toEqual([{ method: 'discardStaged', input: { stagedId } }]);
    expect(fake.outbox.staged.size).toBe(0);
  });
});

describe('the inlaga dialog', () => {
  it('offers the group’s members: this one always, a released one shown but not selectable', async () => {
    const { user } = await overviewOf('Karim Haddad');
    const dialog = await openDialog(user, 'Skicka in inlaga', KARIM);
    const group = within(dialog).getByRole('group', { name: 'Inlagan avser' });
    const karim = within(group).getByRole('checkbox', { name: /^Karim Haddad/ });
    const noor = within(group).getByRole('checkbox', { name: /^Noor Haddad/ });
    const sara = within(group).getByRole('checkbox', { name: /^Sara Haddad/ });
    expect([karim, noor, sara].map((c) => [(c as HTMLInputElement).checked, (c as HTMLInputElement).disabled])).toEqual([
      [true, true],
      [false, false],
      [false, true],
    ]);
    expect(plain(sara.closest('.check')!.textContent)).toBe('Sara Haddad 31045680 Entledigad');
    await user.click(sara);
    expect((sara as HTMLInputElement).checked).toBe(false);
  });

  it('requires a document type for each document before going on', async () => {
    const { user } = await overviewOf('Karim Haddad');
    const dialog = await openDialog(user, 'Skicka in inlaga', KARIM);
    await user.click(within(dialog).getByRole('button', { name: 'Granska och skicka' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Lägg till minst ett dokument.');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Lägg till dokument' }));

    await pick(user, dialog, pdfFile('a.pdf'), pdfFile('b.pdf', 2));
    await added(dialog, 'a.pdf');
    await added(dialog, 'b.pdf');
    await user.selectOptions(typeSelect(dialog, 'b.pdf'), 'Fullmakt');
    await user.click(within(dialog).getByRole('button', { name: 'Granska och skicka' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Välj dokumenttyp för 1 dokument.');
    const missing = typeSelect(dialog, 'a.pdf');
    expect(missing.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(missing);
    expect(within(dialog).queryByRole('heading', { name: 'Det här skickas till Migrationsverket' })).toBeNull();

    await user.selectOptions(missing, 'Yttrande');
    expect(within(dialog).queryByRole('alert')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Granska och skicka' }));
    expect(document.activeElement).toBe(within(dialog).getByRole('heading', { name: 'Det här skickas till Migrationsverket' }));
  });

  it('shows exactly what is sent, queues it with the right input, and points to the queue', async () => {
    const { user, fake } = await overviewOf('Karim Haddad');
    const dialog = await openDialog(user, 'Skicka in inlaga', KARIM);
    await pick(user, dialog, pdfFile('Yttrande.pdf', 3), pdfFile('pass.pdf', 1));
    await added(dialog, 'Yttrande.pdf');
    await added(dialog, 'pass.pdf');
    await user.selectOptions(typeSelect(dialog, 'Yttrande.pdf'), 'Yttrande');
    await user.type(within(dialog).getByRole('textbox', { name: 'Titel (valfri) för Yttrande.pdf' }), 'Yttrande över utredningen');
    await user.selectOptions(typeSelect(dialog, 'pass.pdf'), 'Identitetshandling (kopia)');
    await user.click(within(dialog).getByRole('checkbox', { name: /^Noor Haddad/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Granska och skicka' }));

    const individuals = within(dialog).getByRole('list', { name: 'Individer (2)' });
    expect(within(individuals).getAllByRole('listitem').map((li) => plain(li.textContent))).toEqual(['Karim Haddad, 31045678', 'Noor Haddad, 31045679']);
    const documents = within(dialog).getByRole('list', { name: 'Dokument (2)' });
    expect(within(documents).getAllByRole('listitem').map((li) => plain(li.textContent))).toEqual([
      'Yttrande över utredningen (Yttrande.pdf) – Yttrande, 3 sidor, 250 B',
      'pass.pdf – Identitetshandling (kopia), 1 sida, 156 B',
    ]);
    expect(fake.callsOf('queueInlaga')).toHaveLength(0);

    const [yttrande, pass] = [...fake.outbox.staged.keys()];
    await user.click(within(dialog).getByRole('button', { name: 'Skicka till Migrationsverket' }));
    expect(fake.callsOf('queueInlaga')).toEqual([
      {
        method: 'queueInlaga',
        input: {
          appointmentId: 'a-karim',
          individualIds: ['i-karim', 'i-noor'],
          documents: [
            { stagedId: yttrande, documentType: 'yttrande', title: 'Yttrande över utredningen' },
            { stagedId: pass, documentType: 'identitetshandling' },
          ],
        },
      },
    ]);
    expect(await within(dialog).findByText('Inlagan ligger i kön och skickas så snart Migrationsverket kan nås.')).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByRole('heading', { name: 'Lagt i kön' }));
    // Queued means main took the files over: nothing is discarded.
    expect(fake.callsOf('discardStaged')).toHaveLength(0);

    await user.click(within(dialog).getByRole('button', { name: 'Visa kön' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Kö' }));
    const item = await screen.findByRole('article', { name: 'Inlaga för Karim Haddad och Noor Haddad' });
    expect(within(item).getByText('Väntar på att skickas')).toBeTruthy();
  });

  it('keeps every document when main refuses by a rule that changed meanwhile, with the agency’s words', async () => {
    const { user, fake } = await overviewOf('Karim Haddad');
    const dialog = await openDialog(user, 'Skicka in inlaga', KARIM);
    await pick(user, dialog, pdfFile('a.pdf'));
    await added(dialog, 'a.pdf');
    await user.selectOptions(typeSelect(dialog, 'a.pdf'), 'Inlaga');
    await user.click(within(dialog).getByRole('button', { name: 'Granska och skicka' }));
    // A sync brought a decision while the dialog was open.
    fake.appointments.find((a) => a.appointmentId === 'a-karim')!.decision = { outcome: 'refused', notifiedOn: '2026-11-23' };
    await user.click(within(dialog).getByRole('button', { name: 'Skicka till Migrationsverket' }));

    expect((await within(dialog).findByRole('alert')).textContent).toBe('Beslut har fattats i asylärendet. Inlagor kan inte längre skickas in.');
    expect(fake.outbox.items()).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Tillbaka och ändra' }));
    expect((typeSelect(dialog, 'a.pdf') as HTMLSelectElement).value).toBe('inlaga');
    expect(fake.callsOf('discardStaged')).toHaveLength(0);
    expect(fake.outbox.staged.size).toBe(1);
  });

  it('asks before closing with documents added, and forgets them only when told to', async () => {
    const { user, fake } = await overviewOf('Karim Haddad');
    const opener = screen.getByRole('button', { name: 'Skicka in inlaga' });
    const dialog = await openDialog(user, 'Skicka in inlaga', KARIM);
    await pick(user, dialog, pdfFile('a.pdf'));
    await added(dialog, 'a.pdf');

    await user.keyboard('{Escape}');
    let question = screen.getByRole('dialog', { name: 'Ta bort de tillagda dokumenten?' });
    expect(question.textContent).toContain('Dokumentet du har lagt till tas bort och ingenting skickas.');
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Fortsätt med inskicket' }));
    await user.click(within(question).getByRole('button', { name: 'Fortsätt med inskicket' }));
    expect(screen.queryByRole('dialog', { name: 'Ta bort de tillagda dokumenten?' })).toBeNull();
    expect(documentRow(dialog, 'a.pdf')).toBeTruthy();
    expect(fake.callsOf('discardStaged')).toHaveLength(0);

    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    question = screen.getByRole('dialog', { name: 'Ta bort de tillagda dokumenten?' });
    const [stagedId] = [...fake.outbox.staged.keys()];
    await user.click(within(question).getByRole('button', { name: 'Ta bort och stäng' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(fake.callsOf('discardStaged')).toEqual([{ method: 'discardStaged', input: { stagedId } }]));
    expect(document.activeElement).toBe(opener);
  });

  it('closes at once when nothing was added', async () => {
    const { user, fake } = await overviewOf('Karim Haddad');
    await openDialog(user, 'Skicka in inlaga', KARIM);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.callsOf('discardStaged')).toHaveLength(0);
  });
});
