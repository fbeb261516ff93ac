import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { getApi } from './api/api.ts';
import { ApiProvider } from './api/ApiContext.tsx';
import { App } from './app/App.tsx';
import { createI18n } from './i18n/i18n.ts';
import './styles/app.css';

const api = getApi();
const preferences = await api.getPreferences();
const i18n = await createI18n(preferences.ok ? preferences.value.language : 'sv');
api.onPreferencesChanged((next) => {
  if (next.language !== i18n.language) void i18n.changeLanguage(next.language);
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiProvider api={api}>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </ApiProvider>
  </StrictMode>,
);
