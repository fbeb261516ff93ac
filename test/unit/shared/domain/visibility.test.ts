import { describe, expect, it } from 'vitest';
import {
  VISIBLE_DAYS_AFTER_APPEAL_HANDOVER,
  VISIBLE_DAYS_AFTER_RELEASE,
  VISIBLE_MONTHS_AFTER_END,
  isVisible,
  visibilityReason,
  visibleUntil,
  type VisibilityFacts,
} from '../../../../src/shared/domain/visibility.ts';

const facts = (f: Partial<VisibilityFacts>): VisibilityFacts => ({
  endedOn: null,
  appealHandedToCourtOn: null,
  releasedOn: null,
  ...f,
});

describe('visibility of an appointment', () => {
  it('the constants are those of the manual: 3 months, 90 days, 10 days', () => {
    expect([VISIBLE_MONTHS_AFTER_END, VISIBLE_DAYS_AFTER_APPEAL_HANDOVER, VISIBLE_DAYS_AFTER_RELEASE]).toEqual([3, 90, 10]);
  });

  it('an active appointment has no end and is visible on any day', () => {
    const active = facts({});
    expect(visibilityReason(active)).toBe('active');
    expect(visibleUntil(active)).toBeNull();
    expect(isVisible(active, '2099-12-31')).toBe(true);
  });

  it('ended on 15 March 2025: visible through 15 June 2025, gone on 16 June', () => {
    const ended = facts({ endedOn: '2025-03-15' });
    expect(visibilityReason(ended)).toBe('ended');
    expect(visibleUntil(ended)).toBe('2025-06-15');
    expect(isVisible(ended, '2025-03-15')).toBe(true);
    expect(isVisible(ended, '2025-06-15')).toBe(true);
    expect(isVisible(ended, '2025-06-16')).toBe(false);
  });

  it('ended on 30 November 2025: three months is the last day of February, 28 February 2026', () => {
    const ended = facts({ endedOn: '2025-11-30' });
    expect(visibleUntil(ended)).toBe('2026-02-28');
    expect(isVisible(ended, '2026-02-28')).toBe(true);
    expect(isVisible(ended, '2026-03-01')).toBe(false);
  });

  it('appeal handed to the court on 2 June 2025: visible 90 days, through 31 August 2025', () => {
    const appealed = facts({ endedOn: '2025-05-10', appealHandedToCourtOn: '2025-06-02' });
    expect(visibilityReason(appealed)).toBe('appeal');
    expect(visibleUntil(appealed)).toBe('2025-08-31');
    expect(isVisible(appealed, '2025-08-31')).toBe(true);
    expect(isVisible(appealed, '2025-09-01')).toBe(false);
  });

  it('the appeal rule governs even when three months from the end would be later', () => {
    // Ended 1 June 2025 (three months → 1 September), appeal handed over 1 May: 90 days → 30 July.
    expect(visibleUntil(facts({ endedOn: '2025-06-01', appealHandedToCourtOn: '2025-05-01' }))).toBe('2025-07-30');
  });

  it('released on 20 December 2025: visible 10 days, through 30 December, gone on 31 December', () => {
    const released = facts({ releasedOn: '2025-12-20' });
    expect(visibilityReason(released)).toBe('released');
    expect(visibleUntil(released)).toBe('2025-12-30');
    expect(isVisible(released, '2025-12-30')).toBe(true);
    expect(isVisible(released, '2025-12-31')).toBe(false);
  });

  it('a release overrides both an end and an appeal at court', () => {
    const all = facts({ endedOn: '2025-01-10', appealHandedToCourtOn: '2025-02-01', releasedOn: '2025-02-10' });
    expect(visibilityReason(all)).toBe('released');
    expect(visibleUntil(all)).toBe('2025-02-20');
  });

  it('release rules cross the year end: released 25 December 2025 stays until 4 January 2026', () => {
    expect(visibleUntil(facts({ releasedOn: '2025-12-25' }))).toBe('2026-01-04');
  });
});
