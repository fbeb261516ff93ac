import { describe, expect, it } from 'vitest';
import { appealAvailability, inlagaAvailability } from '../../../../src/shared/domain/submission-rules.ts';

const open = { releasedOn: null, endedOn: null, decision: null };

describe('inlaga', () => {
  it('may be sent while no decision has been made', () => {
    expect(inlagaAvailability(open)).toEqual({ allowed: true });
  });
  it('may not be sent once a decision has been made', () => {
    expect(inlagaAvailability({ ...open, decision: { notifiedOn: '2025-06-02' } })).toEqual({ allowed: false, reason: 'DECISION_MADE' });
  });
  it('may not be sent by counsel who has been released, whatever else holds', () => {
    expect(inlagaAvailability({ ...open, releasedOn: '2026-11-01' })).toEqual({ allowed: false, reason: 'COUNSEL_RELEASED', date: '2026-11-01' });
  });
});

describe('överklagande', () => {
  it('needs a decision to appeal', () => {
    expect(appealAvailability(open, '2026-11-23')).toEqual({ allowed: false, reason: 'NO_DECISION' });
  });
  it('is open through the 21st day from notification: notified Mon 2 June 2025, last day Mon 23 June 2025', () => {
    const facts = { ...open, decision: { notifiedOn: '2025-06-02' } };
    expect(appealAvailability(facts, '2025-06-23')).toEqual({ allowed: true, lastDay: '2025-06-23' });
    expect(appealAvailability(facts, '2025-06-24')).toEqual({ allowed: false, reason: 'APPEAL_WINDOW_CLOSED', date: '2025-06-23' });
  });
  it('moves a last day on midsummer eve (Fri 20 June 2025) to Monday 23 June', () => {
    const facts = { ...open, decision: { notifiedOn: '2025-05-30' } };
    expect(appealAvailability(facts, '2025-06-23')).toEqual({ allowed: true, lastDay: '2025-06-23' });
  });
  it('is closed to counsel who has been released', () => {
    expect(appealAvailability({ ...open, releasedOn: '2025-06-05', decision: { notifiedOn: '2025-06-02' } }, '2025-06-06')).toMatchObject({
      allowed: false,
      reason: 'COUNSEL_RELEASED',
    });
  });
});
