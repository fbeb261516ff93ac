import { act, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FakeOptions } from '../../support/fake-api.ts';
import { renderApp } from '../../support/render-app.tsx';
import { asAnna, openOverview, plain } from './helpers.ts';
import { withLayout } from './layout.ts';

withLayout();
afterEach(() => {
  Reflect.deleteProperty(window, 'showDirectoryPicker');
  vi.unstubAllGlobals();
});

/** A folder the person picked, in memory: files exist once closed; what was aborted is noted. */
function fakeFolder(existing: string[] = []) {
  const entries = new Map<string, Uint8Array | null>(existing.map((name) => [name, new Uint8Array([9])]));
  const aborted: string[] = [];
  const removed: string[] = [];
  const dir = {
    async getFileHandle(name: string, options?: { create?: boolean }) {
      if (!entries.has(name)) {
        if (!options?.create) throw new DOMException(`${name} not found`, 'NotFoundError');
        // Like the real API: the entry exists (empty) as soon as it is created.
        entries.set(name, null);
      }
      return {
        async createWritable() {
          const chunks: Uint8Array[] = [];
          return {
            write: async (chunk: Uint8Array) => void chunks.push(chunk),
            close: async () => void entries.set(name, new Uint8Array(chunks.flatMap((c) => [...c]))),
            abort: async () => void aborted.push(name),
          };
        },
      };
    },
    async removeEntry(name: string) {
      entries.delete(name);
      removed.push(name);
    },
  };
  const picker = vi.fn(() => Promise.resolve(dir as unknown as FileSystemDirectoryHandle));
  Object.defineProperty(window, 'showDirectoryPicker', { configurable: true, value: picker });
  return { entries, aborted, removed, picker, files: () => [...entries].filter(([, bytes]) => bytes !== null).map(([name]) => name) };
}

/** The content route: each document's bytes; `hang` names one whose body stalls until aborted. */
function fakeContent(hang?: string) {
  const fetch = vi.fn((url: string, init?: RequestInit) => {
    if (hang && url.endsWith(hang)) {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new Uint8Array([37, 80, 68, 70]));
          init?.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
        },
      });
      return Promise.resolve(new Response(body));
    }
    return Promise.resolve(new Response(new Uint8Array([37, 80, 68, 70, 45])));
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

async function goransOverview(options: FakeOptions = asAnna()) {
  const user = userEvent.setup();
  const view = await renderApp(options);
  await openOverview(user, 'Göran Abdi Warsame');
  await screen.findByText('7 dokument');
  const section = screen.getByRole('region', { name: 'Dokument' });
  return { ...view, user, section, saveAll: within(section).getByRole('button', { name: 'Ladda ner alla dokument' }) };
}

describe('Ladda ner alla dokument in the browser host', () => {
  it('writes every document into the chosen folder under a safe, unique name', async () => {
    const folder = fakeFolder(['2026-11-23 Tjänsteanteckning.pdf']);
    const fetch = fakeContent();
    const { user, section, saveAll, fake } = await goransOverview();
    await user.click(saveAll);
    expect(await within(section).findByText('7 dokument sparades.')).toBeTruthy();
    expect(folder.picker).toHaveBeenCalledWith({ id: 'documents', mode: 'readwrite' });
    expect(folder.files().sort()).toEqual([
      '2026-10-20 Beslut om förordnande av offentligt biträde.pdf',
      '2026-10-21 Asylansökan.pdf',
      '2026-11-02 Inlaga om skyddsskäl.pdf',
      '2026-11-10 Kompletterande inlaga.pdf',
      '2026-11-21 Landinformation Somalia.pdf',
      '2026-11-22 Kallelse till utredningsmöte.pdf',
      '2026-11-23 Tjänsteanteckning (2).pdf',
      '2026-11-23 Tjänsteanteckning.pdf',
    ]);
    expect(folder.entries.get('2026-11-23 Tjänsteanteckning.pdf')).toEqual(new Uint8Array([9]));
    expect(fetch).toHaveBeenCalledWith('/content/token-d-anteckning', expect.objectContaining({ signal: expect.any(AbortSignal) }));
    expect(fake.callsOf('saveAllDocuments')).toEqual([]);
  });

  it('stops on Cancel, aborting the file being written so no part of it stays', async () => {
    const folder = fakeFolder();
    fakeContent('token-d-kallelse');
    const { user, section, saveAll } = await goransOverview();
    await user.click(saveAll);
    expect(await within(section).findByText('Sparar 1 av 7 …')).toBeTruthy();
    expect(within(section).getByRole('progressbar', { name: 'Sparar dokument' }).getAttribute('aria-valuenow')).toBe('14');
    await waitFor(() => expect(folder.entries.has('2026-11-22 Kallelse till utredningsmöte.pdf')).toBe(true));

    await user.click(within(section).getByRole('button', { name: 'Avbryt' }));
    expect(await within(section).findByText('Avbrutet. 1 av 7 dokument sparades; inget halvfärdigt dokument ligger kvar.')).toBeTruthy();
    expect(folder.aborted).toEqual(['2026-11-22 Kallelse till utredningsmöte.pdf']);
    expect(folder.removed).toEqual(['2026-11-22 Kallelse till utredningsmöte.pdf']);
    expect(folder.files()).toEqual(['2026-11-23 Tjänsteanteckning.pdf']);
  });

  it('counts documents it could not fetch instead of failing them all', async () => {
    const folder = fakeFolder();
    fakeContent();
    const { user, section, saveAll } = await goransOverview(asAnna({ agencyUnreachable: true }));
    await user.click(saveAll);
    expect(await within(section).findByText('6 dokument sparades.')).toBeTruthy();
    expect(within(section).getByText('1 dokument kunde inte sparas: det finns inte på den här datorn och Migrationsverket kan inte nås.')).toBeTruthy();
    expect(folder.files()).not.toContain('2026-11-22 Kallelse till utredningsmöte.pdf');
  });

  it('does nothing when the person closes the folder picker', async () => {
    const folder = fakeFolder();
    folder.picker.mockRejectedValueOnce(new DOMException('The user aborted a request.', 'AbortError'));
    const fetch = fakeContent();
    const { user, section, saveAll } = await goransOverview();
    await user.click(saveAll);
    await waitFor(() => expect(saveAll.getAttribute('aria-disabled')).toBe('false'));
    expect(fetch).not.toHaveBeenCalled();
    expect(within(section).queryByRole('alert')).toBeNull();
  });

  it('offers saving one at a time where the browser cannot write to a folder', async () => {
    const { user, section, saveAll } = await goransOverview();
    await user.click(saveAll);
    expect(
      within(section).getByText('Den här webbläsaren kan inte spara flera dokument i en mapp. Öppna dokumenten ett i taget och välj Spara i visaren.'),
    ).toBeTruthy();
  });
});

describe('Ladda ner alla dokument in Electron', () => {
  it('lets main ask for the folder and shows its progress and result', async () => {
    const { user, section, saveAll, fake } = await goransOverview(asAnna({ host: 'electron' }));
    await user.click(saveAll);
    expect(await within(section).findByText('7 dokument sparades.')).toBeTruthy();
    expect(fake.callsOf('saveAllDocuments')).toEqual([{ method: 'saveAllDocuments', input: { appointmentId: 'a-goran' } }]);
  });

  it('cancels through main and reports what failed', async () => {
    let finish: () => void = () => undefined;
    const { user, section, saveAll, fake } = await goransOverview(
      asAnna({
        host: 'electron',
        overrides: {
          saveAllDocuments: () =>
            new Promise((resolve) => {
              finish = () => resolve({ ok: true, value: { saved: 2, cancelled: true } });
            }),
        },
      }),
    );
    await user.click(saveAll);
    act(() => fake.emit('saveProgress', { done: 3, total: 7, failed: 1, state: 'running' }));
    expect(plain(within(section).getByText(/^Sparar 3 av 7/).textContent)).toBe('Sparar 3 av 7 …');
    await user.click(within(section).getByRole('button', { name: 'Avbryt' }));
    expect(fake.callsOf('cancelSaveAll')).toHaveLength(1);
    act(() => fake.emit('saveProgress', { done: 3, total: 7, failed: 1, state: 'cancelled' }));
    await act(async () => finish());
    expect(within(section).getByText('Avbrutet. 2 av 7 dokument sparades; inget halvfärdigt dokument ligger kvar.')).toBeTruthy();
    expect(within(section).getByText('1 dokument kunde inte sparas: det finns inte på den här datorn och Migrationsverket kan inte nås.')).toBeTruthy();
  });
});
