import { useEffect } from 'react';
import { useApi } from '../api/ApiContext.tsx';

/** Main locks after 30 minutes without activity; a report a minute is precise enough for that. */
export const ACTIVITY_REPORT_INTERVAL_MS = 60_000;

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'wheel'] as const;

/** Tells main the person is active, at most once per interval, while the app is unlocked. */
export function useActivityReporter() {
  const api = useApi();
  useEffect(() => {
    let lastReport = -Infinity;
    function onActivity() {
      const now = Date.now();
      if (now - lastReport < ACTIVITY_REPORT_INTERVAL_MS) return;
      lastReport = now;
      void api.reportActivity();
    }
    // Capture phase: a component that stops propagation still counts as activity.
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { capture: true, passive: true });
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [api]);
}
