import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoAgency, type DemoAgency } from '../support/agency.ts';
import { startAppHost, type AppHost } from '../support/app-host.ts';
import { launchChromium } from '../support/browser.ts';
import { openApp, signInNewPerson } from '../support/e2e-flows.ts';

let agency: DemoAgency;
let host: AppHost;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  agency = await startDemoAgency();
  [host, browser] = await Promise.all([startAppHost(agency.url), launchChromium()]);
  page = await openApp(browser, host.url);
  // "Ladda ner alla dokument" asks for a folder; headless Chromium has no dialog, so the page's
  // own private file system stands in for the folder the person would pick.
  await page.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: () => Promise<unknown> }).showDirectoryPicker = async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle('nedladdat', { create: true });
  });
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await signInNewPerson(page, 'Advokat Anna Lindqvist', 'annas lokala lösen');
  await page.getByText(/Senast synkad/).waitFor();
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
  await agency?.close().catch(() => undefined);
});

const grid = () => page.getByRole('grid', { name: 'Förordnanden' });
const rows = () => grid().getByRole('row').filter({ hasNot: page.getByRole('columnheader') });
const filter = (text: string) => page.getByRole('searchbox', { name: 'Sök/filtrera', exact: true }).fill(text);
/** The names of the first rows as shown (the second cell of each row). */
const firstNames = async (n: number) => {
  const names: string[] = [];
  for (let i = 0; i < n; i++) names.push(await rows().nth(i).getByRole('gridcell').nth(1).innerText());
  return names;
};
const swedish = new Intl.Collator('sv', { ignorePunctuation: true });
const sortedBy = (names: string[], direction: 1 | -1) => names.every((n, i) => i === 0 || direction * swedish.compare(names[i - 1]!, n) <= 0);

async function readAsNewcomer(): Promise<void> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name: 'Förordnanden', exact: true }).click();
  await filter('Göran Somalia');
  await expect.poll(() => rows().count()).toBe(1);
  expect(await rows().first().innerText()).toMatch(/Göran[\s\S]*Somalia/);

  await filter('');
  await expect.poll(() => rows().count()).toBeGreaterThan(5);
  await grid().getByRole('button', { name: 'Namn' }).click();
  await expect.poll(() => grid().getByRole('columnheader', { name: /Namn/ }).getAttribute('aria-sort')).toBe('ascending');
  await expect.poll(async () => sortedBy(await firstNames(5), 1)).toBe(true);
  await grid().getByRole('button', { name: 'Namn' }).click();
  await expect.poll(() => grid().getByRole('columnheader', { name: /Namn/ }).getAttribute('aria-sort')).toBe('descending');
  await expect.poll(async () => sortedBy(await firstNames(5), -1)).toBe(true);

  // A family: open one member's overview, then move to another member by their individnummer.
  await rows().filter({ hasText: /Familj/ }).first().click();
  await page.getByRole('heading', { level: 3, name: 'Förordnandegruppen' }).waitFor();
  const before = await page.getByRole('heading', { level: 1 }).innerText();
  await page.getByRole('button', { name: /öppna individöversikten för/ }).first().click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).not.toBe(before);

  // Open a document in the viewer.
  const documents = page.getByRole('grid', { name: 'Dokument' });
  await documents.getByRole('row').nth(1).click();
  await page.getByText(/Sida 1 av \d+/).waitFor();
  await page.getByRole('button', { name: 'Stäng' }).click();
}

describe('reading appointments as a newcomer would', () => {
  it('filters, sorts, opens an individual, moves within the family, opens a document and downloads all', async () => {
    await readAsNewcomer();
    await page.getByRole('button', { name: 'Ladda ner alla dokument' }).click();
    await page.getByText(/dokument sparades\./).waitFor();
    const saved = await page.evaluate(async () => {
      const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('nedladdat');
      const names: string[] = [];
      for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
      return names;
    });
    expect(saved.length).toBeGreaterThan(0);
    expect(saved.every((n) => n.endsWith('.pdf'))).toBe(true);
    expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  });

  it('reads the same way with the demo agency stopped', async () => {
    await agency.close();
    await page.getByRole('button', { name: 'Synka nu' }).click();
    await page.getByRole('status').filter({ hasText: 'Offline' }).first().waitFor();
    await readAsNewcomer();
  });
});
