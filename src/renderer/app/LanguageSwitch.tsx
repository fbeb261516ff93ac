import { useTranslation } from 'react-i18next';
import { languageSchema, type Language } from '../../shared/contract/schemas.ts';
import { useApi } from '../api/ApiContext.tsx';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const api = useApi();

  async function choose(language: Language) {
    await i18n.changeLanguage(language);
    await api.setLanguage({ language });
  }

  return (
    <label className="language">
      <span>{t('app.language')}</span>
      <select value={i18n.language} onChange={(event) => void choose(languageSchema.parse(event.target.value))}>
        {languageSchema.options.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`app.languageName.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
