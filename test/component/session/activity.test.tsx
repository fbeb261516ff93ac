import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANNA } from '../../support/fake-api.ts';
import { renderApp } from '../../support/render-app.tsx';

afterEach(() => vi.useRealTimers());

describe('reporting activity', () => {
  it('reports keys, pointer and wheel at most once a minute while unlocked', async () => {
    const { fake } = await renderApp({ start: { state: 'unlocked', profileId: ANNA.id } });
    // Let React run its passive effects (the listeners) before the clock is faked.
    await act(async () => undefined);
    vi.useFakeTimers({ now: new Date('2026-11-23T09:00:00.000Z') });
    const reports = () => fake.callsOf('reportActivity').length;

    fireEvent.keyDown(document.body, { key: 'a' });
    expect(reports()).toBe(1);
    fireEvent.pointerDown(screen.getByRole('main'));
    fireEvent.wheel(document.body);
    vi.advanceTimersByTime(59_000);
    fireEvent.keyDown(document.body, { key: 'b' });
    expect(reports()).toBe(1);

    vi.advanceTimersByTime(1_000);
    fireEvent.wheel(document.body);
    expect(reports()).toBe(2);
    vi.advanceTimersByTime(60_000);
    fireEvent.pointerDown(document.body);
    expect(reports()).toBe(3);
  });

  it('reports nothing while locked', async () => {
    const { fake } = await renderApp({ start: { state: 'locked', profileId: ANNA.id } });
    fireEvent.keyDown(document.body, { key: 'a' });
    fireEvent.pointerDown(document.body);
    expect(fake.callsOf('reportActivity')).toEqual([]);
  });
});
