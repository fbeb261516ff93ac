import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupMember } from '../../shared/contract/appointments.ts';

interface GroupMembersProps {
  members: readonly GroupMember[];
  onOpen: (appointmentId: string) => void;
}

/**
 * The förordnandegrupp (B3): each member's individnummer opens their overview, as in the manual;
 * a member counsel was released for is listed, with why it does not open.
 */
export function GroupMembers({ members, onOpen }: GroupMembersProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <div className="group">
      <h3 id={headingId}>{t('individual.groupHeading')}</h3>
      <ul className="members" aria-labelledby={headingId}>
        {members.map((member) => {
          const target = member.appointmentId;
          return (
            <li key={member.individualId} className="member" aria-current={member.current ? 'page' : undefined}>
              {member.current || target === null ? (
                <span className="member-number">{member.individualNumber}</span>
              ) : (
                <button
                  type="button"
                  className="link-button member-number"
                  aria-label={t('individual.openMember', { individualNumber: member.individualNumber, name: member.name })}
                  onClick={() => onOpen(target)}
                >
                  {member.individualNumber}
                </button>
              )}
              {' '}
              <span className="member-name">{member.name}</span>
              {member.main && <> <span className="tag">{t('individual.main')}</span></>}
              {member.current && <> <span className="tag tag-current">{t('individual.current')}</span></>}
              {member.released && <> <span className="tag tag-warn">{t('individual.releasedMember')}</span></>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
