import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../shared/contract/appointments.ts';
import { useApi } from '../api/ApiContext.tsx';
import { formatDayWithWeekday } from '../app/format.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { SubmissionDialog } from './SubmissionDialog.tsx';
import { useStagedFiles } from './useStagedFiles.ts';

/**
 * "Skicka in överklagande" (C2, manual 3.2.4): documents for the current individual only, with
 * the last day (computed in main by the statutory rules) in plain sight in every step.
 */
export function AppealDialog({ overview, onClose }: { overview: Overview; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const api = useApi();
  const files = useStagedFiles();
  const deadlineId = useId();
  const { individual } = overview;
  const appeal = overview.actions.appeal;
  const lastDay = appeal.allowed ? appeal.lastDay : undefined;

  return (
    <SubmissionDialog
      kind="overklagande"
      title={t('compose.appealTitle', { name: individual.name })}
      files={files}
      withTypes={false}
      intro={
        lastDay && (
          <p id={deadlineId} className="deadline">
            {t('compose.appealLastDay', { date: formatDayWithWeekday(lastDay, language) })}
          </p>
        )
      }
      introId={lastDay ? deadlineId : undefined}
      scope={<p className="scope-note">{t('compose.appealOnlyCurrent', { name: individual.name, individualNumber: individual.individualNumber })}</p>}
      individuals={[{ individualId: individual.id, name: individual.name, individualNumber: individual.individualNumber }]}
      queue={() =>
        api.queueAppeal({
          appointmentId: overview.appointment.id,
          documents: files.documents.map((d) => ({ stagedId: d.stagedId!, ...(d.title.trim() === '' ? {} : { title: d.title.trim() }) })),
        })
      }
      onClose={onClose}
    />
  );
}
