import { describe, expect, it } from 'vitest';
import { AgencyError } from '../../../src/main/agency/errors.ts';
import { retryDelayMs } from '../../../src/main/outbox/backoff.ts';
import { classify } from '../../../src/main/outbox/classify.ts';

describe('retry delays', () => {
  it('are random up to a cap that doubles with each attempt (full jitter)', () => {
    expect(retryDelayMs(1, null, () => 0.999)).toBeLessThan(4_000);
    expect(retryDelayMs(3, null, () => 0.999)).toBeLessThan(16_000);
    expect(retryDelayMs(3, null, () => 0.999)).toBeGreaterThan(15_000);
    expect(retryDelayMs(3, null, () => 0)).toBe(0);
  });
  it('never exceed fifteen minutes, however many attempts', () => {
    expect(retryDelayMs(40, null, () => 0.999)).toBeLessThanOrEqual(15 * 60_000);
  });
  it('never come sooner than the agency’s Retry-After', () => {
    expect(retryDelayMs(1, 120_000, () => 0)).toBe(120_000);
  });
});

describe('a failed delivery', () => {
  const at = new Date('2026-11-23T10:00:00Z');
  it.each([
    ['no connection', new AgencyError('network', 'x'), 'retry'],
    ['a 503', new AgencyError('retryable', 'x', { status: 503 }), 'retry'],
    ['a 429', new AgencyError('retryable', 'x', { status: 429, retryAfterMs: 5000 }), 'retry'],
    ['an answer we cannot read', new AgencyError('protocol', 'x'), 'retry'],
    ['an ended sign-in', new AgencyError('auth', 'x', { status: 401 }), 'pause'],
    ['a rule of the agency', new AgencyError('permanent', 'x', { status: 422, code: 'DECISION_MADE' }), 'attention'],
    ['a bug of ours', new TypeError('x'), 'attention'],
  ])('%s: %s', (_what, error, kind) => {
    expect(classify(error, at).kind).toBe(kind);
  });
  it('keeps the agency’s own words for the person', () => {
    const error = new AgencyError('permanent', 'x', { code: 'DECISION_MADE', agencyMessage: { sv: 'Beslut har fattats.', en: 'Decided.' } });
    expect(classify(error, at)).toEqual({
      kind: 'attention',
      error: { kind: 'rejected', code: 'DECISION_MADE', message: { sv: 'Beslut har fattats.', en: 'Decided.' }, at: at.toISOString() },
    });
  });
  it('carries Retry-After through as the floor of the next attempt', () => {
    const outcome = classify(new AgencyError('retryable', 'x', { status: 429, retryAfterMs: 7000 }), at);
    expect(outcome).toMatchObject({ kind: 'retry', afterMs: 7000 });
  });
});
