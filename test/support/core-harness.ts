import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventName, Events, MethodName } from '../../src/shared/contract/contract.ts';
import type { Result } from '../../src/shared/contract/result.ts';
import type { Session } from '../../src/shared/contract/session.ts';
import { CoreClient } from '../../src/main/core/client.ts';
import type { CoreConfig } from '../../src/main/core/config.ts';
import { createDispatch } from '../../src/main/rpc/dispatch.ts';

/**
 * The core as a host runs it (a worker thread behind the validating boundary), with a keychain
 * service of its own in the real Secret Service and a cheap scrypt so tests stay fast.
 */
export function startCore(agencyUrl: string, overrides: Partial<CoreConfig> = {}) {
  const config: CoreConfig = {
    dataDir: mkdtempSync(join(tmpdir(), 'core-')),
    agencyUrl,
    demoAgency: true,
    host: 'browser',
    version: 'test',
    connectionCheckSeconds: 3600,
    keychainService: `Biträde Desktop test ${randomUUID()}`,
    kdfCost: { N: 2 ** 12, r: 8, p: 1 },
    ...overrides,
  };
  const client = new CoreClient(config);
  const dispatch = createDispatch(client);
  const events: { name: EventName; payload: unknown }[] = [];
  const waiters: { test: (name: EventName, payload: unknown) => boolean; resolve: (payload: unknown) => void }[] = [];
  client.onEvent((name, payload) => {
    events.push({ name, payload });
    for (const w of [...waiters]) {
      if (w.test(name, payload)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(payload);
      }
    }
  });

  return {
    config,
    client,
    events,
    async call<T = unknown>(name: MethodName, input?: unknown): Promise<Result<T>> {
      return (await dispatch(name, input)) as Result<T>;
    },
    async value<T = unknown>(name: MethodName, input?: unknown): Promise<T> {
      const result = await dispatch(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
      return result.value as T;
    },
    /** Resolves with the first event (already seen or still to come) that passes the test. */
    until<E extends EventName>(name: E, test: (payload: Events[E]) => boolean = () => true, since = 0): Promise<Events[E]> {
      const seen = events.slice(since).find((e) => e.name === name && test(e.payload as Events[E]));
      if (seen) return Promise.resolve(seen.payload as Events[E]);
      return new Promise((resolve) =>
        waiters.push({ test: (n, p) => n === name && test(p as Events[E]), resolve: resolve as (p: unknown) => void }),
      );
    },
    close: () => client.close(),
  };
}

export type CoreHarness = ReturnType<typeof startCore>;

/** Completes a sign-in the core started, as the person's browser would: pick the identity, follow the redirect. */
export async function completeBrowserSignIn(authorizeUrl: string, identity: string): Promise<void> {
  const page = new URL(authorizeUrl);
  const form = new URLSearchParams(page.searchParams);
  form.set('identity', identity);
  const response = await fetch(new URL('/oauth/authorize', page), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form,
    redirect: 'manual',
  });
  const location = response.headers.get('location');
  if (!location) throw new Error(`no redirect after picking ${identity}`);
  const back = await fetch(location);
  if (!back.ok) throw new Error(`the app's loopback redirect answered ${back.status}`);
}

/** Signs a new person in through the core and creates their profile. */
export async function signInNewPerson(core: CoreHarness, identity: string, secret: string): Promise<Session> {
  const mark = core.events.length;
  const { authorizeUrl } = await core.value<{ authorizeUrl: string }>('beginSignIn');
  await completeBrowserSignIn(authorizeUrl, identity);
  await core.until('sessionChanged', (s) => s.state === 'needsSecret', mark);
  return core.value<Session>('createProfile', { secret });
}
