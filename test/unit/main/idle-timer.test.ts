import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleTimer } from '../../../src/main/session/idle-timer.ts';

const THIRTY_MINUTES = 30 * 60_000;

describe('the inactivity lock', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('locks 30 minutes after the last activity, not before', () => {
    const onIdle = vi.fn();
    const timer = new IdleTimer(THIRTY_MINUTES, onIdle);
    timer.touch();
    vi.advanceTimersByTime(THIRTY_MINUTES - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it('starts counting again at every activity', () => {
    const onIdle = vi.fn();
    const timer = new IdleTimer(THIRTY_MINUTES, onIdle);
    timer.touch();
    vi.advanceTimersByTime(20 * 60_000);
    timer.touch();
    vi.advanceTimersByTime(20 * 60_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10 * 60_000);
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it('never fires once stopped (the profile was locked another way)', () => {
    const onIdle = vi.fn();
    const timer = new IdleTimer(THIRTY_MINUTES, onIdle);
    timer.touch();
    timer.stop();
    vi.advanceTimersByTime(2 * THIRTY_MINUTES);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
