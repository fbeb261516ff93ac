import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupMember } from '../../shared/contract/appointments.ts';

interface IndividualChoiceProps {
  members: readonly GroupMember[];
  /** Other members the person ticked; the current one is always included. */
  others: ReadonlySet<string>;
  onToggle: (individualId: string, included: boolean) => void;
}

/**
 * Whom the inlaga concerns (manual 3.2.2): the individual of this overview always, others of the
 * group when ticked, never one counsel was released for, who is shown but cannot be ticked.
 */
export function IndividualChoice({ members, others, onToggle }: IndividualChoiceProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const baseId = useId();
  const current = members.find((m) => m.current);
  if (members.length <= 1 && current) {
    return <p className="scope-note">{t('compose.onlyIndividual', { name: current.name, individualNumber: current.individualNumber })}</p>;
  }
  return (
    <fieldset className="individuals" aria-describedby={hintId}>
      <legend>{t('compose.individualsLegend')}</legend>
      <p id={hintId} className="field-hint">
        {t('compose.individualsHint')}
      </p>
      {members.map((member) => {
        const id = `${baseId}-${member.individualId}`;
        return (
          <div key={member.individualId} className="check">
            <input
              id={id}
              type="checkbox"
              checked={member.current || (!member.released && others.has(member.individualId))}
              disabled={member.current || member.released}
              onChange={(event) => onToggle(member.individualId, event.target.checked)}
            />
            <label htmlFor={id}>
              {member.name} <span className="member-number">{member.individualNumber}</span>
              {member.current && (
                <>
                  {' '}
                  <span className="tag tag-current">{t('compose.alwaysIncluded')}</span>
                </>
              )}
              {member.released && (
                <>
                  {' '}
                  <span className="tag tag-warn">{t('compose.released')}</span>
                </>
              )}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
