import type { Browser, Page } from 'playwright-core';

/** Opens the app in a fresh browser context and waits for its first screen. */
export async function openApp(browser: Browser, url: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

/**
 * Signs in the way a newcomer does in the browser host: the button opens the agency's page in a
 * new tab, the person picks their test identity there, comes back and chooses a local secret.
 */
export async function signInNewPerson(page: Page, identityName: string, secret: string): Promise<void> {
  const tab = page.context().waitForEvent('page');
  await page.getByRole('button', { name: 'Logga in med e-legitimation' }).click();
  const agencyPage = await tab;
  await agencyPage.getByRole('button', { name: identityName }).click();
  await agencyPage.getByText('Inloggningen är klar').waitFor();
  await agencyPage.close();
  await page.getByRole('heading', { level: 1, name: 'Välj ett lokalt lösenord' }).waitFor();
  await page.getByLabel('Lokalt lösenord', { exact: true }).fill(secret);
  await page.getByLabel('Upprepa lösenordet').fill(secret);
  await page.getByRole('button', { name: 'Spara och fortsätt' }).click();
  await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
}
