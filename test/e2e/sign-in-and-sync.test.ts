import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoAgency, type DemoAgency } from '../support/agency.ts';
import { startAppHost, type AppHost } from '../support/app-host.ts';
import { launchChromium } from '../support/browser.ts';
import { openApp, signInNewPerson } from '../support/e2e-flows.ts';

let agency: DemoAgency;
let host: AppHost;
let browser: Browser;

beforeAll(async () => {
  agency = await startDemoAgency();
  [host, browser] = await Promise.all([startAppHost(agency.url), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
  await agency?.close().catch(() => undefined);
});

describe('signing in and reading offline', () => {
  it('signs in as a test identity, syncs, and keeps the data readable when the agency goes away', async () => {
    const page = await openApp(browser, host.url);
    expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
    await signInNewPerson(page, 'Advokat Anna Lindqvist', 'annas lokala lösen');
    await page.getByText(/Senast synkad/).waitFor();
    expect(await page.getByText('Advokat Anna Lindqvist').first().isVisible()).toBe(true);
    await page.getByRole('grid', { name: 'Förordnanden' }).getByText('Somalia').first().waitFor();

    await agency.close();
    await page.getByRole('button', { name: 'Synka nu' }).click();
    await page.getByRole('status').filter({ hasText: 'Offline' }).first().waitFor();
    // The local copy is still there: the list reads from it, offline.
    await page.getByRole('grid', { name: 'Förordnanden' }).getByText('Somalia').first().waitFor();
    expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  });
});
