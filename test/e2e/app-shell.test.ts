import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventNames, methodNames, subscriberName } from '../../src/shared/contract/names.ts';
import { startAppHost, UNREACHABLE_AGENCY, type AppHost } from '../support/app-host.ts';
import { launchChromium } from '../support/browser.ts';

let host: AppHost;
let browser: Browser;

beforeAll(async () => {
  [host, browser] = await Promise.all([startAppHost(UNREACHABLE_AGENCY), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

async function open(): Promise<{ page: Page; csp: string | undefined }> {
  const page = await (await browser.newContext()).newPage();
  const response = await page.goto(host.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return { page, csp: response?.headers()['content-security-policy'] };
}

describe('the app in Chromium through the browser host', () => {
  it('is served with the strict CSP and gives the page no Node', async () => {
    const { page, csp } = await open();
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      api: Object.keys((window as unknown as { api: object }).api).sort(),
    }));
    expect(globals.require).toBe('undefined');
    expect(globals.process).toBe('undefined');
    // Exactly the contract: its methods and one subscription per event, nothing generic.
    expect(globals.api).toEqual([...methodNames, ...eventNames.map(subscriberName)].sort());
    await page.close();
  });

  it('refuses inline script injected into the page (CSP enforced, not only sent)', async () => {
    const { page } = await open();
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      await new Promise((r) => setTimeout(r, 0));
      return (window as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await page.close();
  });

  it('starts in Swedish, switches to English, and stays English after a reload', async () => {
    const { page } = await open();
    await page.getByRole('heading', { level: 1, name: 'Välkommen till Biträde Desktop' }).waitFor();
    await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Welcome to Biträde Desktop' }).waitFor();
    expect(await page.getByRole('button', { name: 'Sign in with e-legitimation' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Welcome to Biträde Desktop' }).waitFor();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');
    await page.getByRole('heading', { level: 1, name: 'Välkommen till Biträde Desktop' }).waitFor();
    await page.close();
  });

  it('says it is offline when the agency cannot be reached', async () => {
    const { page } = await open();
    await page.getByRole('status').filter({ hasText: 'Offline' }).waitFor();
    await page.close();
  });

  it('can be used with the keyboard alone: a few Tabs reach the sign-in button', async () => {
    const { page } = await open();
    const focusable: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      focusable.push(await page.evaluate(() => document.activeElement?.textContent?.trim() || document.activeElement?.getAttribute('aria-label') || document.activeElement?.tagName || ''));
    }
    expect(focusable).toContain('Logga in med e-legitimation');
    await page.close();
  });

  it('has no accessibility violations that axe can find, in either language', async () => {
    const { page } = await open();
    for (const language of ['sv', 'en']) {
      await page.getByRole('combobox').selectOption(language);
      await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    }
    await page.close();
  });
});
