import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { plain } from '../appointments/helpers.ts';
import { withLayout } from '../appointments/layout.ts';
import { pdfFile } from '../../support/fake/files.ts';
import { added, openDialog, overviewOf, pick } from './helpers.ts';

vi.mock('../../../src/renderer/documents/pdf-engine.ts', async () => (await import('./fake-pdf-engine.ts')).fakePdfEngine());

withLayout();

const RAHIMI = 'Skicka in överklagande – Mohammad Rahimi';

describe('the appeal dialog', () => {
  it('shows the last day in every step and offers no other individuals', async () => {
    const { user } = await overviewOf('Mohammad Rahimi');
    const dialog = await openDialog(user, 'Skicka in överklagande', RAHIMI);
    const deadline = within(dialog).getByText('Sista dag att överklaga: fredag 4 december 2026');
    // The deadline is what a screen reader hears with the dialog's name.
    expect(dialog.getAttribute('aria-describedby')).toBe(deadline.id);
    expect(within(dialog).queryByRole('checkbox')).toBeNull();
    expect(within(dialog).queryByRole('combobox')).toBeNull();
    expect(plain(dialog.textContent)).toContain(
      'Ett överklagande gäller bara Mohammad Rahimi (40012345), den individ vars förordnande du är inne på. Andra individer i gruppen överklagar du från deras egna översikter.',
    );
    expect(within(dialog).getByRole('heading', { name: 'Bilagor' })).toBeTruthy();

    await pick(user, dialog, pdfFile('Överklagande.pdf', 5));
    await added(dialog, 'Överklagande.pdf');
    await user.click(within(dialog).getByRole('button', { name: 'Granska och skicka' }));
    expect(within(dialog).getByText('Sista dag att överklaga: fredag 4 december 2026')).toBeTruthy();
    const individuals = within(dialog).getByRole('list', { name: 'Individ' });
    expect(within(individuals).getAllByRole('listitem').map((li) => plain(li.textContent))).toEqual(['Mohammad Rahimi, 40012345']);
    const documents = within(dialog).getByRole('list', { name: 'Dokument (1)' });
    expect(within(documents).getAllByRole('listitem').map((li) => plain(li.textContent))).toEqual(['Överklagande.pdf – 5 sidor, 344 B']);
  });

  it('queues the appeal for the current individual only', async () => {
    const { user, fake } = await overviewOf('Mohammad Rahimi');
    const dialog = await openDialog(user, 'Skicka in överklagande', RAHIMI);
    await pick(user, dialog, pdfFile('Överklagande.pdf', 5));
    await added(dialog, 'Överklagande.pdf');
    await user.type(within(dialog).getByRole('textbox', { name: 'Titel (valfri) för Överklagande.pdf' }), '  Överklagande av beslut  ');
    await user.click(within(dialog).getByRole('button', { name: 'Granska och skicka' }));
    const [stagedId] = [...fake.outbox.staged.keys()];
    await user.click(within(dialog).getByRole('button', { name: 'Skicka till Migrationsverket' }));

    expect(fake.callsOf('queueAppeal')).toEqual([
      { method: 'queueAppeal', input: { appointmentId: 'a-rahimi', documents: [{ stagedId, title: 'Överklagande av beslut' }] } },
    ]);
    expect(await within(dialog).findByText('Överklagandet ligger i kön och skickas så snart Migrationsverket kan nås.')).toBeTruthy();
    expect(fake.outbox.items().map((i) => [i.kind, i.state, i.summary.individuals.map((x) => x.name)])).toEqual([['overklagande', 'queued', ['Mohammad Rahimi']]]);
    // The menu shows it from anywhere.
    expect(screen.getByRole('button', { name: 'Kö 1 inte levererade' })).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Stäng' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Skicka in överklagande' }));
  });

  it('a second press of the final button sends nothing more', async () => {
    const { user, fake } = await overviewOf('Mohammad Rahimi');
    const dialog = await openDialog(user, 'Skicka in överklagande', RAHIMI);
    await pick(user, dialog, pdfFile('Överklagande.pdf'));
    await added(dialog, 'Överklagande.pdf');
    await user.click(within(dialog).getByRole('button', { name: 'Granska och skicka' }));
    const send = within(dialog).getByRole('button', { name: 'Skicka till Migrationsverket' });
    await user.dblClick(send);
    await within(dialog).findByText('Överklagandet ligger i kön och skickas så snart Migrationsverket kan nås.');
    expect(fake.callsOf('queueAppeal')).toHaveLength(1);
  });
});
