import { act, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ListAppointmentsInput } from '../../../src/shared/contract/appointments.ts';
import { App } from '../../../src/renderer/app/App.tsx';
import { fakeApi, manyAppointments } from '../../support/fake-api.ts';
import { renderApp, renderWith } from '../../support/render-app.tsx';
import { appointmentGrid, asAnna, fakeClock, firstColumn, header, plain, rowTexts } from './helpers.ts';
import { scrollBox, withLayout } from './layout.ts';

withLayout();

const lastListInput = (calls: { method: string; input: unknown }[]) =>
  calls.filter((c) => c.method === 'listAppointments' && (c.input as ListAppointmentsInput).limit > 1).at(-1)?.input as ListAppointmentsInput;

describe('the Förordnanden list', () => {
  it('shows individnummer, name and citizenship sorted by individnummer, with quiet markers and the count', async () => {
    const { fake } = await renderApp(asAnna());
    const grid = await appointmentGrid();
    await waitFor(() => expect(rowTexts(grid)).toHaveLength(10));
    expect(rowTexts(grid).slice(0, 4)).toEqual([
      ['20581234', 'Göran Abdi Warsame', 'Somalia'],
      ['20581300', 'Göran Petrović', 'Serbien'],
      ['20990001', 'Abdullahi Farah', 'Somalia'],
      ['31045678', 'Karim Haddad Familj (3)', 'Irak'],
    ]);
    expect(rowTexts(grid)).toContainEqual(['31045680', 'Sara Haddad Familj (3) Entledigad', 'Irak']);
    expect(rowTexts(grid)).toContainEqual(['40077777', 'Olena Kovalenko Avslutad', 'Ukraina']);
    expect(header(grid, 'Individnummer').getAttribute('aria-sort')).toBe('ascending');
    expect(header(grid, 'Namn').hasAttribute('aria-sort')).toBe(false);
    expect(lastListInput(fake.calls)).toEqual({ query: '', sort: { column: 'individualNumber', direction: 'asc' }, offset: 0, limit: 100 });
    expect(await screen.findByText('10 förordnanden')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Förordnanden' }));
  });

  it.each([
    ['Namn', 'name', 'asc', 'desc', 'Abdullahi Farah'],
    ['Medborgarskap', 'citizenship', 'asc', 'desc', 'Afghanistan'],
    ['Individnummer', 'individualNumber', 'desc', 'asc', '40099999'],
  ] as const)('sorts by %s on a click and reverses on a second', async (name, column, first, second, top) => {
    const user = userEvent.setup();
    const { fake } = await renderApp(asAnna());
    const grid = await appointmentGrid();
    await waitFor(() => expect(rowTexts(grid)).toHaveLength(10));

    await user.click(within(header(grid, name)).getByRole('button', { name }));
    expect(lastListInput(fake.calls).sort).toEqual({ column, direction: first });
    expect(header(grid, name).getAttribute('aria-sort')).toBe(first === 'asc' ? 'ascending' : 'descending');
    await waitFor(() => expect(rowTexts(grid)[0]!.join(' ')).toContain(top));
    const once = rowTexts(grid).map((r) => r.join('|'));

    await user.click(within(header(grid, name)).getByRole('button', { name }));
    expect(lastListInput(fake.calls).sort).toEqual({ column, direction: second });
    expect(header(grid, name).getAttribute('aria-sort')).toBe(second === 'asc' ? 'ascending' : 'descending');
    // Ties are broken by individnummer in the same direction, so the whole order reverses.
    await waitFor(() => expect(rowTexts(grid).map((r) => r.join('|'))).toEqual([...once].reverse()));
    // Only one header tells the sort at a time.
    expect(within(grid).getAllByRole('columnheader').filter((th) => th.hasAttribute('aria-sort'))).toHaveLength(1);
  });

  it('sends the filter to main once typing pauses and shows the rows main answers', async () => {
    fakeClock();
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { fake } = await renderApp(asAnna());
    const grid = await appointmentGrid();
    await waitFor(() => expect(rowTexts(grid)).toHaveLength(10));
    const before = fake.callsOf('listAppointments').length;

    await user.type(screen.getByRole('searchbox', { name: 'Sök/filtrera' }), 'Göran Somalia');
    expect(fake.callsOf('listAppointments')).toHaveLength(before);
    await act(() => vi.advanceTimersByTimeAsync(150));
    const queries = fake.callsOf('listAppointments').slice(before).map((c) => (c.input as ListAppointmentsInput).query);
    expect(queries).toEqual(['Göran Somalia']);
    await waitFor(() => expect(rowTexts(grid)).toEqual([['20581234', 'Göran Abdi Warsame', 'Somalia']]));
    expect(screen.getByText('1 av 10 visas')).toBeTruthy();
  });

  it('drops an answer that arrives after a newer query was sent', async () => {
    fakeClock();
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const fake = fakeApi(asAnna());
    const real = fake.api.listAppointments;
    let releaseSlow: () => void = () => undefined;
    fake.api.listAppointments = (input) => {
      if (input.query !== 'Göran') return real(input);
      // The first query's answer comes last.
      return new Promise((resolve) => {
        releaseSlow = () => void real(input).then(resolve);
      });
    };
    await renderWith(<App />, fake.api);
    const grid = await appointmentGrid();
    await waitFor(() => expect(rowTexts(grid)).toHaveLength(10));
    const box = screen.getByRole('searchbox', { name: 'Sök/filtrera' });

    await user.type(box, 'Göran');
    await act(() => vi.advanceTimersByTimeAsync(150));
    await user.type(box, ' Somalia');
    await act(() => vi.advanceTimersByTimeAsync(150));
    await waitFor(() => expect(firstColumn(grid)).toEqual(['20581234']));
    await act(async () => releaseSlow());
    expect(firstColumn(grid)).toEqual(['20581234']);
  });

  it('is one tab stop whose rows move with the arrow, page and Home/End keys, and opens with Enter', async () => {
    const user = userEvent.setup();
    await renderApp(asAnna());
    const grid = await appointmentGrid();
    await waitFor(() => expect(rowTexts(grid)).toHaveLength(10));
    const focusedRow = () => plain(document.activeElement?.textContent);

    await user.click(screen.getByRole('searchbox', { name: 'Sök/filtrera' }));
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(document.activeElement?.getAttribute('role')).toBe('row');
    expect(focusedRow()).toContain('Göran Abdi Warsame');
    expect(within(grid).getAllByRole('row').filter((row) => row.tabIndex === 0)).toHaveLength(1);

    await user.keyboard('{ArrowDown}');
    expect(focusedRow()).toContain('Göran Petrović');
    expect(document.activeElement?.getAttribute('aria-rowindex')).toBe('3');
    await user.keyboard('{End}');
    expect(focusedRow()).toContain('Fatima Noori');
    await user.keyboard('{Home}');
    expect(focusedRow()).toContain('Göran Abdi Warsame');
    await user.keyboard('{PageDown}');
    expect(Number(document.activeElement?.getAttribute('aria-rowindex'))).toBeGreaterThan(3);
    await user.keyboard('{Home}{ArrowDown}{ArrowUp}{ArrowUp}');
    expect(focusedRow()).toContain('Göran Abdi Warsame');
    // Tab leaves the grid instead of walking its rows.
    await user.tab();
    expect(document.activeElement?.getAttribute('role')).not.toBe('row');

    await user.tab({ shift: true });
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Abdullahi Farah' })).toBeTruthy();
  });

  it('speaks English when the person chose it', async () => {
    await renderApp(asAnna(), 'en');
    const grid = await screen.findByRole('grid', { name: 'Appointments' });
    await waitFor(() => expect(rowTexts(grid)).toHaveLength(10));
    expect(within(grid).getAllByRole('columnheader').map((th) => plain(th.textContent).replace(/[▲▼↕]/g, '').trim())).toEqual([
      'Individual number',
      'Name',
      'Citizenship',
    ]);
    expect(rowTexts(grid)).toContainEqual(['31045680', 'Sara Haddad Family (3) Released', 'Irak']);
    expect(await screen.findByText('10 appointments')).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Search/filter' }).getAttribute('placeholder')).toBe('e.g. Göran Somalia');
  });

  it('says when nothing has been synced yet', async () => {
    await renderApp(asAnna({ appointments: [] }));
    expect(await screen.findByText('Här visas förordnandena när du har loggat in och synkat med Migrationsverket.')).toBeTruthy();
    expect(screen.queryByRole('grid')).toBeNull();
  });

  it('says when nothing matches the filter, and clears it', async () => {
    const user = userEvent.setup();
    await renderApp(asAnna());
    await appointmentGrid();
    await user.type(screen.getByRole('searchbox', { name: 'Sök/filtrera' }), 'Göran Eritrea');
    expect(await screen.findByText('Inga förordnanden matchar ”Göran Eritrea”.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Rensa filtret' }));
    const grid = await appointmentGrid();
    await waitFor(() => expect(rowTexts(grid)).toHaveLength(10));
    expect((screen.getByRole('searchbox', { name: 'Sök/filtrera' }) as HTMLInputElement).value).toBe('');
  });

  it('renders only the rows in view and fetches further pages by offset while scrolling', async () => {
    const { fake } = await renderApp(asAnna({ appointments: manyAppointments(450) }));
    const grid = await appointmentGrid();
    expect(grid.getAttribute('aria-rowcount')).toBe('451');
    await waitFor(() => expect(rowTexts(grid).length).toBeGreaterThan(5));
    expect(within(grid).getAllByRole('row').length).toBeLessThan(40);
    const offsets = () => fake.callsOf('listAppointments').map((c) => (c.input as ListAppointmentsInput).offset);
    expect(offsets()).not.toContain(200);

    act(() => scrollBox(grid.parentElement!, 250 * 44));
    await waitFor(() => expect(offsets()).toContain(200));
    await waitFor(() => expect(firstColumn(grid)).toContain('50000250'));
    expect(offsets()).not.toContain(400);
  });

  it('asks again when sync changes appointments, and not for other kinds of data', async () => {
    const { fake } = await renderApp(asAnna());
    const grid = await appointmentGrid();
    await waitFor(() => expect(rowTexts(grid)).toHaveLength(10));
    const before = fake.callsOf('listAppointments').length;
    act(() => fake.emit('dataChanged', { kinds: ['booking'] }));
    expect(fake.callsOf('listAppointments')).toHaveLength(before);

    fake.appointments.push(...manyAppointments(1));
    act(() => fake.emit('dataChanged', { kinds: ['individual', 'appointment'] }));
    await waitFor(() => expect(firstColumn(grid)).toContain('50000000'));
    expect(await screen.findByText('11 förordnanden')).toBeTruthy();
  });

  it('keeps the filter, the sort and the row when coming back from an overview', async () => {
    const user = userEvent.setup();
    await renderApp(asAnna());
    const grid = await appointmentGrid();
    await user.type(screen.getByRole('searchbox', { name: 'Sök/filtrera' }), 'somalia');
    await user.click(within(header(grid, 'Namn')).getByRole('button'));
    await waitFor(() => expect(firstColumn(grid)).toEqual(['20990001', '20581234']));
    await user.click(screen.getByText('Göran Abdi Warsame'));
    await screen.findByRole('heading', { level: 1, name: 'Göran Abdi Warsame' });

    await user.click(screen.getByRole('button', { name: 'Tillbaka till förordnanden' }));
    const back = await appointmentGrid();
    expect((screen.getByRole('searchbox', { name: 'Sök/filtrera' }) as HTMLInputElement).value).toBe('somalia');
    expect(header(back, 'Namn').getAttribute('aria-sort')).toBe('ascending');
    await waitFor(() => expect(plain(document.activeElement?.textContent)).toContain('Göran Abdi Warsame'));
  });
});
