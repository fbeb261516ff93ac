import { startAgency, type AgencyOptions, type RunningAgency } from '../../src/agency/server.ts';

/** A fixed day for tests: seed dates, deadlines and visibility windows are relative to it. */
export const TEST_NOW = '2026-11-23T09:00:00.000Z';

export interface DemoAgency extends RunningAgency {
  /** POST to the control API; returns the parsed JSON answer. */
  control<T = unknown>(path: string, body?: unknown, method?: string): Promise<T>;
}

/** The demo agency in-process, on a free loopback port, with its control API, clock pinned. */
export async function startDemoAgency(options: AgencyOptions = {}): Promise<DemoAgency> {
  const agency = await startAgency({ seed: 'demo', demoControls: true, now: TEST_NOW, ...options });
  return {
    ...agency,
    async control<T>(path: string, body?: unknown, method = 'POST'): Promise<T> {
      const response = await fetch(new URL(path, agency.url), {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`control ${method} ${path} answered ${response.status}: ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
  };
}
