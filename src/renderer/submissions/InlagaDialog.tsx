import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InlagaDocumentType } from '../../shared/agency/documents.ts';
import type { Overview } from '../../shared/contract/appointments.ts';
import { useApi } from '../api/ApiContext.tsx';
import { IndividualChoice } from './IndividualChoice.tsx';
import { SubmissionDialog } from './SubmissionDialog.tsx';
import { useStagedFiles } from './useStagedFiles.ts';

/**
 * "Skicka in inlaga" (C1, manual 3.2.2): documents each with a type, for this individual and any
 * other of the group counsel still represents. Main checks the rules again before queueing.
 */
export function InlagaDialog({ overview, onClose }: { overview: Overview; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const files = useStagedFiles();
  const [others, setOthers] = useState<ReadonlySet<string>>(new Set());
  const { members } = overview.group;
  const { individual } = overview;
  // This individual always and first, as the agency lists whom an inlaga concerns; then the ticked.
  const chosen = [
    { individualId: individual.id, name: individual.name, individualNumber: individual.individualNumber },
    ...members.filter((m) => !m.current && !m.released && m.individualId !== individual.id && others.has(m.individualId)),
  ];

  return (
    <SubmissionDialog
      kind="inlaga"
      title={t('compose.inlagaTitle', { name: individual.name })}
      files={files}
      withTypes
      scope={
        <IndividualChoice
          members={members}
          others={others}
          onToggle={(individualId, included) =>
            setOthers((current) => {
              const next = new Set(current);
              if (included) next.add(individualId);
              else next.delete(individualId);
              return next;
            })
          }
        />
      }
      individuals={chosen}
      queue={() =>
        api.queueInlaga({
          appointmentId: overview.appointment.id,
          individualIds: chosen.map((m) => m.individualId),
          documents: files.documents.map((d) => ({
            stagedId: d.stagedId!,
            documentType: d.documentType as InlagaDocumentType,
            ...(d.title.trim() === '' ? {} : { title: d.title.trim() }),
          })),
        })
      }
      onClose={onClose}
    />
  );
}
