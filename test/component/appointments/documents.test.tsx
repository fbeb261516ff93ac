import { act, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ListDocumentsInput, OpenedDocument } from '../../../src/shared/contract/appointments.ts';
import type { Result } from '../../../src/shared/contract/result.ts';
import { syncStatus } from '../../support/fake-api.ts';
import { renderApp } from '../../support/render-app.tsx';
import { asAnna, fakeClock, header, openOverview, plain, rowTexts } from './helpers.ts';
import { withLayout } from './layout.ts';

// pdf.js itself is not tested in jsdom: the viewer gets a document of three blank pages.
const pdf = vi.hoisted(() => ({
  loadPdf: vi.fn(),
  destroy: vi.fn(() => Promise.resolve()),
  render: vi.fn(() => ({ promise: Promise.resolve(), cancel: () => undefined })),
}));
vi.mock('../../../src/renderer/documents/pdf-engine.ts', () => ({ loadPdf: pdf.loadPdf }));
pdf.loadPdf.mockImplementation(() => ({
  promise: Promise.resolve({ pageCount: 3, pageSize: () => Promise.resolve({ width: 595, height: 842 }), render: pdf.render }),
  destroy: pdf.destroy,
}));

withLayout();

const documentGrid = () => screen.findByRole('grid', { name: 'Dokument' });
const lastInput = (calls: { method: string; input: unknown }[]) =>
  calls.filter((c) => c.method === 'listDocuments' && (c.input as ListDocumentsInput).limit === 100 && (c.input as ListDocumentsInput).query !== undefined).at(-1)
    ?.input as ListDocumentsInput;

async function goransDocuments(options = asAnna()) {
  const user = userEvent.setup();
  const view = await renderApp(options);
  await openOverview(user, 'Göran Abdi Warsame');
  const grid = await documentGrid();
  await waitFor(() => expect(rowTexts(grid)).toHaveLength(7));
  return { ...view, user, grid };
}

describe('the document list', () => {
  it('lists newest first, marks what is new since the last visit and what is not on this computer', async () => {
    const { grid, fake } = await goransDocuments();
    expect(lastInput(fake.calls)).toEqual({
      appointmentId: 'a-goran',
      query: '',
      sort: { column: 'publishedAt', direction: 'desc' },
      newSince: '2026-11-20T08:00:00.000Z',
      offset: 0,
      limit: 100,
    });
    expect(header(grid, 'Publicerad').getAttribute('aria-sort')).toBe('descending');
    const rows = rowTexts(grid);
    expect(rows[0]).toEqual(['Tjänsteanteckning Ny Tjänsteanteckning · Individärendet', '23 nov. 2026 09:15', '2026-11-23', 'Från Migrationsverket', '48 kB, 1 sida']);
    expect(rows[1]![0]).toBe('Kallelse till utredningsmöte Ny Kallelse · Individärendet Hämtas vid öppning');
    expect(rows[2]![0]).toContain('Landinformation Somalia Ny');
    expect(rows[3]![0]).not.toContain('Ny');
    expect(rows.map((r) => r[3])).toEqual([
      'Från Migrationsverket',
      'Från Migrationsverket',
      'Från Migrationsverket',
      'Skickat',
      'Skickat av dig',
      'Från Migrationsverket',
      'Från Migrationsverket',
    ]);
    expect(screen.getByText('3 nya sedan ditt förra besök')).toBeTruthy();
    expect(screen.getByText('7 dokument')).toBeTruthy();
  });

  it.each([
    ['Dokument', 'title', 'asc', 'Asylansökan', 'Tjänsteanteckning'],
    ['Registrerad', 'registeredOn', 'desc', 'Tjänsteanteckning', 'Beslut om förordnande'],
    ['Publicerad', 'publishedAt', 'asc', 'Beslut om förordnande', 'Tjänsteanteckning'],
  ] as const)('sorts by %s and reverses on a second click', async (name, column, first, topFirst, topSecond) => {
    const { grid, fake, user } = await goransDocuments();
    const second = first === 'asc' ? 'desc' : 'asc';
    await user.click(within(header(grid, name)).getByRole('button'));
    expect(lastInput(fake.calls).sort).toEqual({ column, direction: first });
    expect(header(grid, name).getAttribute('aria-sort')).toBe(first === 'asc' ? 'ascending' : 'descending');
    await waitFor(() => expect(rowTexts(grid)[0]![0]).toMatch(new RegExp(`^${topFirst}`)));
    await user.click(within(header(grid, name)).getByRole('button'));
    expect(lastInput(fake.calls).sort).toEqual({ column, direction: second });
    expect(header(grid, name).getAttribute('aria-sort')).toBe(second === 'asc' ? 'ascending' : 'descending');
    await waitFor(() => expect(rowTexts(grid)[0]![0]).toMatch(new RegExp(`^${topSecond}`)));
  });

  it('filters with the same words rule, in main, after typing pauses', async () => {
    const { grid, fake, user } = await goransDocuments();
    fakeClock();
    const typing = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await typing.type(screen.getByRole('searchbox', { name: 'Sök/filtrera dokument' }), 'inlaga');
    expect(lastInput(fake.calls).query).toBe('');
    await act(() => vi.advanceTimersByTimeAsync(150));
    expect(lastInput(fake.calls).query).toBe('inlaga');
    await waitFor(() => expect(rowTexts(grid).map((r) => r[0])).toEqual(['Kompletterande inlaga Inlaga · Inlagor', 'Inlaga om skyddsskäl Inlaga · Inlagor']));
    expect(screen.getByText('2 av 7 visas')).toBeTruthy();
    void user;
  });

  it('says a document not on this computer cannot be opened while offline', async () => {
    const { grid, fake } = await goransDocuments();
    act(() => fake.emit('statusChanged', syncStatus({}, 'offline')));
    expect(rowTexts(grid)[1]![0]).toContain('Hämtas vid öppning – kan inte öppnas offline');
  });

  it('says when the individual has no documents', async () => {
    const user = userEvent.setup();
    await renderApp(asAnna());
    await openOverview(user, 'Yonas Tesfay');
    expect(await screen.findByText('Det finns inga dokument för den här individen ännu.')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Dokument' })).getByRole('button', { name: 'Ladda ner alla dokument' }).getAttribute('aria-disabled')).toBe('true');
  });
});

describe('the document viewer', () => {
  it('shows the download progress, then the pages, and destroys the document on close', async () => {
    let answer: (value: Result<OpenedDocument>) => void = () => undefined;
    const { grid, fake, user } = await goransDocuments(
      asAnna({ overrides: { openDocument: () => new Promise<Result<OpenedDocument>>((resolve) => (answer = resolve)) } }),
    );
    await user.click(within(grid).getByText('Kallelse till utredningsmöte'));
    const dialog = screen.getByRole('dialog', { name: 'Kallelse till utredningsmöte' });
    act(() => fake.emit('documentProgress', { documentId: 'd-kallelse', bytes: 1_500_000, total: 3_000_000 }));
    expect(within(dialog).getByText('Hämtar dokumentet från Migrationsverket …')).toBeTruthy();
    const bar = within(dialog).getByRole('progressbar', { name: 'Hämtning' });
    expect(bar.getAttribute('aria-valuenow')).toBe('50');
    expect(plain(bar.getAttribute('aria-valuetext'))).toBe('1,5 MB av 3 MB');
    // Another document's progress is not this one's.
    act(() => fake.emit('documentProgress', { documentId: 'd-asyl', bytes: 3_000_000, total: 3_000_000 }));
    expect(bar.getAttribute('aria-valuenow')).toBe('50');

    await act(async () => answer({ ok: true, value: { documentId: 'd-kallelse', url: '/content/token-d-kallelse', title: 'Kallelse till utredningsmöte', size: 3_000_000, pages: 3 } }));
    expect(await within(dialog).findByText('Sida 1 av 3')).toBeTruthy();
    expect(pdf.loadPdf).toHaveBeenLastCalledWith('/content/token-d-kallelse');
    await waitFor(() => expect(within(dialog).getAllByRole('img', { name: /^Sida / }).length).toBeGreaterThan(0));
    expect(within(dialog).getByRole('link', { name: 'Spara' }).getAttribute('href')).toBe('/content/token-d-kallelse?download=1');
    expect(within(dialog).getByRole('link', { name: 'Spara' }).getAttribute('download')).toBe('2026-11-22 Kallelse till utredningsmöte.pdf');

    pdf.destroy.mockClear();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(pdf.destroy).toHaveBeenCalled();
    expect(document.activeElement?.getAttribute('role')).toBe('row');
  });

  it('says plainly when the document is not here and the agency cannot be reached, leaving the list as it was', async () => {
    const { grid, user } = await goransDocuments(asAnna({ agencyUnreachable: true }));
    await user.type(screen.getByRole('searchbox', { name: 'Sök/filtrera dokument' }), 'kallelse');
    await waitFor(() => expect(rowTexts(grid)).toHaveLength(1));
    await user.click(within(grid).getByText('Kallelse till utredningsmöte'));
    const dialog = screen.getByRole('dialog', { name: 'Kallelse till utredningsmöte' });
    expect(plain((await within(dialog).findByRole('alert')).textContent)).toBe(
      'Dokumentet finns inte på den här datorn än och Migrationsverket kan inte nås. Det hämtas när du är ansluten.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Stäng' }));
    expect((screen.getByRole('searchbox', { name: 'Sök/filtrera dokument' }) as HTMLInputElement).value).toBe('kallelse');
    expect(rowTexts(grid)).toHaveLength(1);
  });

  it('opens a stored document from the keyboard and saves it through main in Electron', async () => {
    const { grid, fake, user } = await goransDocuments(asAnna({ host: 'electron' }));
    within(grid).getAllByRole('row').find((r) => r.tabIndex === 0)!.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Landinformation Somalia' });
    await within(dialog).findByText('Sida 1 av 3');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(await within(dialog).findByText('Dokumentet sparades.')).toBeTruthy();
    expect(fake.callsOf('saveDocument')).toEqual([{ method: 'saveDocument', input: { documentId: 'd-landinfo' } }]);
  });
});
