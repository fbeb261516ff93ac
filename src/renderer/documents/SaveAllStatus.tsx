import { useTranslation } from 'react-i18next';
import { formatCount } from '../app/format.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { ProgressBar } from '../ui/ProgressBar.tsx';
import { useErrorText } from '../ui/useErrorText.ts';
import type { SaveAllState } from './useSaveAll.ts';

interface SaveAllStatusProps {
  state: SaveAllState;
  onCancel: () => void;
  onDismiss: () => void;
}

/**
 * How "Ladda ner alla dokument" goes: "Sparar 3 av 12 …" with a bar and Cancel, then what was
 * saved and what could not be. Only the outcome is in the live region, not every step.
 */
export function SaveAllStatus({ state, onCancel, onDismiss }: SaveAllStatusProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const errorText = useErrorText();
  const n = (value: number) => formatCount(value, language);

  return (
    <div className="save-status">
      {state.step === 'running' && (
        <div className="save-running">
          <p>{t('saving.running', { done: n(state.done), total: n(state.total) })}</p>
          <ProgressBar label={t('saving.label')} value={state.done} max={state.total} text={t('saving.running', { done: n(state.done), total: n(state.total) })} />
          <button type="button" className="button" onClick={onCancel}>
            {t('saving.cancel')}
          </button>
        </div>
      )}
      <div aria-live="polite">
        {state.step === 'done' && (
          <div className="save-result">
            <p>
              {state.cancelled
                ? t('saving.cancelled', { saved: n(state.saved), total: n(state.total) })
                : t('saving.finished', { count: state.saved })}
            </p>
            {state.failed > 0 && <p className="save-failed">{t('saving.failed', { count: state.failed })}</p>}
            <button type="button" className="button" onClick={onDismiss}>
              {t('saving.dismiss')}
            </button>
          </div>
        )}
        {state.step === 'unsupported' && <p className="save-result">{t('saving.unsupported')}</p>}
      </div>
      {state.step === 'error' && (
        <p role="alert" className="error">
          {state.error ? errorText(state.error) : t('saving.folderFailed')}
        </p>
      )}
    </div>
  );
}
