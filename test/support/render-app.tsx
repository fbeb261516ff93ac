import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Api } from '../../src/shared/contract/contract.ts';
import type { Language } from '../../src/shared/contract/schemas.ts';
import { ApiProvider } from '../../src/renderer/api/ApiContext.tsx';
import { App } from '../../src/renderer/app/App.tsx';
import { createI18n } from '../../src/renderer/i18n/i18n.ts';
import { fakeApi, type FakeOptions } from './fake-api.ts';

/** Renders a component as the app would: with the contract and the i18n of the given language. */
export async function renderWith(ui: ReactElement, api: Api, language: Language = 'sv') {
  const i18n = await createI18n(language);
  const view = render(
    <ApiProvider api={api}>
      <I18nextProvider i18n={i18n}>{ui}</I18nextProvider>
    </ApiProvider>,
  );
  return { ...view, i18n };
}

/** The whole app over a fake contract, once the first session has arrived and a screen shows. */
export async function renderApp(options: FakeOptions = {}, language: Language = 'sv') {
  const fake = fakeApi(options);
  const view = await renderWith(<App />, fake.api, language);
  await screen.findByRole('heading', { level: 1 });
  return { ...view, fake };
}
