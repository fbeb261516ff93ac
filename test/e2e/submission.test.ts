import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../integration/pdf/helpers/make-pdf.ts';
import { startDemoAgency, type DemoAgency } from '../support/agency.ts';
import { startAppHost, type AppHost } from '../support/app-host.ts';
import { launchChromium } from '../support/browser.ts';
import { openApp, signInNewPerson } from '../support/e2e-flows.ts';

let agency: DemoAgency | null = null;
let host: AppHost;
let browser: Browser;
let page: Page;
const agencyData = mkdtempSync(join(tmpdir(), 'agency-data-'));
let port = 0;

/** A free port, so the agency can be stopped and started again at the same address. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = server.address() as { port: number };
      server.close(() => resolve(p));
    });
  });
}

beforeAll(async () => {
  port = await freePort();
  agency = await startDemoAgency({ port, dataDir: agencyData });
  [host, browser] = await Promise.all([startAppHost(agency.url), launchChromium()]);
  page = await openApp(browser, host.url);
  await signInNewPerson(page, 'Advokat Anna Lindqvist', 'annas lokala lösen');
  await page.getByText(/Senast synkad/).waitFor();
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
  await agency?.close().catch(() => undefined);
});

function pickedPdf(name: string, pages: number): string {
  const path = join(mkdtempSync(join(tmpdir(), 'picked-')), name);
  writeFileSync(path, makePdf({ pages }));
  return path;
}

describe('an inlaga sent while the agency is down', () => {
  it('is queued offline for two members of a family, delivered when the agency is back, and listed as sent', async () => {
    await agency!.close();
    agency = null;

    const grid = page.getByRole('grid', { name: 'Förordnanden' });
    await grid.getByRole('row').filter({ hasText: /Familj/ }).first().click();
    await page.getByRole('heading', { level: 3, name: 'Förordnandegruppen' }).waitFor();
    await page.getByRole('button', { name: 'Skicka in inlaga' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[type="file"]').setInputFiles([pickedPdf('Inlaga.pdf', 3), pickedPdf('Fullmakt.pdf', 1)]);
    // Both files checked and added: each gets its document type choice.
    const types = dialog.getByRole('combobox', { name: /Dokumenttyp/ });
    await expect.poll(() => types.count(), { timeout: 20_000 }).toBe(2);
    await types.nth(0).selectOption('inlaga');
    await types.nth(1).selectOption('fullmakt');
    // The other member of the family.
    const others = dialog.getByRole('group', { name: 'Inlagan avser' }).getByRole('checkbox', { disabled: false, checked: false });
    await others.first().check();
    await dialog.getByRole('button', { name: 'Granska och skicka' }).click();
    await dialog.getByRole('heading', { name: 'Det här skickas till Migrationsverket' }).waitFor();
    expect(await dialog.getByText('Individer (2)').isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Skicka till Migrationsverket' }).click();
    await dialog.getByText('Inlagan ligger i kön och skickas så snart Migrationsverket kan nås.').waitFor();
    await dialog.getByRole('button', { name: 'Visa kön' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kö' }).waitFor();
    await page.getByText('Väntar på att skickas').first().waitFor();

    // The agency is back: the next contact (here the person's "Synka nu") sends what waited.
    agency = await startDemoAgency({ port, dataDir: agencyData });
    await page.getByRole('button', { name: 'Synka nu' }).click();
    // Delivered ones move to their own, folded section.
    await page.getByRole('button', { name: /Levererade \(1\)/ }).click();
    await page.getByText(/^Levererad \d/).first().waitFor();

    await page.getByRole('button', { name: 'Synka nu' }).click();
    await page.getByText(/Senast synkad/).waitFor();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name: 'Förordnanden', exact: true }).click();
    await grid.getByRole('row').filter({ hasText: /Familj/ }).first().click();
    await page.getByRole('grid', { name: 'Dokument' }).getByText('Skickat av dig').first().waitFor();
  });
});
