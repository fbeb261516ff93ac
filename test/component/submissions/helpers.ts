import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, expect, vi } from 'vitest';
import type { FakeApi, FakeOptions } from '../../support/fake-api.ts';
import { renderApp } from '../../support/render-app.tsx';
import { asAnna, openOverview } from '../appointments/helpers.ts';

export type User = ReturnType<typeof userEvent.setup>;

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/**
 * The app with Anna unlocked, POST /staging answered by the fake host (fetch stubbed), and an
 * individual's overview open. Files go through the OS dialog, where "All files" lets anything
 * be picked: the accept filter is not applied.
 */
export async function overviewOf(name: string, options: FakeOptions = {}) {
  const user = userEvent.setup({ applyAccept: false });
  const view = await renderApp(asAnna(options));
  vi.stubGlobal('fetch', view.fake.outbox.stagingFetch);
  await openOverview(user, name);
  return { ...view, user };
}

/** Opens a submission dialog from the overview's button. */
export async function openDialog(user: User, button: 'Skicka in inlaga' | 'Skicka in överklagande', name: RegExp | string) {
  await user.click(screen.getByRole('button', { name: button }));
  return screen.getByRole('dialog', { name });
}

/** Picks files in the dialog's file chooser, as the OS dialog hands them over. */
export async function pick(user: User, dialog: HTMLElement, ...files: File[]) {
  const input = dialog.querySelector<HTMLInputElement>('input[type="file"]');
  expect(input).not.toBeNull();
  await user.upload(input!, files);
}

/** The row of an added document, found by its bin button's name. */
export function documentRow(dialog: HTMLElement, fileName: string): HTMLElement {
  return within(dialog).getByRole('button', { name: `Ta bort ${fileName}` }).closest('li')!;
}

/** Waits until the file's check is over and it is listed with its first page. */
export async function added(dialog: HTMLElement, fileName: string): Promise<HTMLElement> {
  await within(dialog).findByRole('img', { name: `Första sidan av ${fileName}` });
  return documentRow(dialog, fileName);
}

export const typeSelect = (dialog: HTMLElement, fileName: string) => within(dialog).getByRole('combobox', { name: `Dokumenttyp för ${fileName}` });

export type { FakeApi };
