import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CoreClient } from '../../src/main/core/client.ts';
import { createDispatch } from '../../src/main/rpc/dispatch.ts';
import { median, percentile, withRatio, type BenchSuite } from '../types.ts';

const ROUNDS = 2000;

/** A contract call through the boundary and the core worker, against a bare worker echo. */
export const coreSuite: BenchSuite = {
  prefixes: ['core.'],
  async run() {
    const client = new CoreClient({
      dataDir: mkdtempSync(join(tmpdir(), 'bench-core-')),
      agencyUrl: 'http://127.0.0.1:9',
      demoAgency: false,
      host: 'browser',
      version: 'bench',
      connectionCheckSeconds: 3600,
    });
    await client.ready();
    const dispatch = createDispatch(client);
    const echo = new Worker('const { parentPort } = require("node:worker_threads"); parentPort.on("message", (m) => parentPort.postMessage(m));', {
      eval: true,
    });
    const echoOnce = (n: number) =>
      new Promise<void>((resolve) => {
        echo.once('message', () => resolve());
        echo.postMessage({ type: 'call', id: n, name: 'getPreferences' });
      });

    const call: number[] = [];
    const base: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      let t = performance.now();
      await dispatch('getPreferences', undefined);
      call.push(performance.now() - t);
      t = performance.now();
      await echoOnce(i);
      base.push(performance.now() - t);
    }
    await echo.terminate();
    await client.close();
    const us = (ms: number) => Number((ms * 1000).toFixed(1));
    return [
      withRatio({ name: 'core.roundtrip', value: us(median(call)), unit: 'µs', baseline: us(median(base)), p95: us(percentile(call, 95)) }),
    ];
  },
};
