import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CoreClient } from '../../../src/main/core/client.ts';
import { createDispatch } from '../../../src/main/rpc/dispatch.ts';

let client: CoreClient | undefined;
afterEach(() => client?.close());

const config = () => ({
  dataDir: mkdtempSync(join(tmpdir(), 'core-')),
  agencyUrl: 'http://127.0.0.1:9',
  demoAgency: false,
  host: 'browser' as const,
  version: '1.2.3',
  connectionCheckSeconds: 3600,
});

describe('the core worker', () => {
  it('answers contract calls off the calling thread', async () => {
    client = new CoreClient(config());
    await client.ready();
    const dispatch = createDispatch(client);
    expect(await dispatch('getAppInfo', undefined)).toMatchObject({ ok: true, value: { version: '1.2.3', host: 'browser' } });
  });

  it('refuses invalid input at the boundary, before the worker sees it', async () => {
    client = new CoreClient(config());
    const dispatch = createDispatch(client);
    expect(await dispatch('setLanguage', { language: 42 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('reports an unreachable agency as offline, and tells listeners', async () => {
    client = new CoreClient(config());
    const seen = new Promise((resolve) => client!.onEvent((name, payload) => name === 'statusChanged' && resolve(payload)));
    const dispatch = createDispatch(client);
    const status = await dispatch('checkConnection', undefined);
    expect(status).toMatchObject({ ok: true, value: { connection: 'offline' } });
    expect(await seen).toMatchObject({ connection: 'offline' });
  });
});
