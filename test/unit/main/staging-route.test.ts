import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { stageUpload } from '../../../src/main/host/staging-route.ts';

const leftovers = () => readdirSync(tmpdir()).filter((n) => n.startsWith('bitrade-staging-'));

const core = {
  internal: async (name: string) =>
    name === 'stagingAllowed'
      ? { ok: true as const, value: { allowed: true } }
      : { ok: false as const, error: { code: 'INTERNAL' as const, message: 'not reached' } },
};

describe('POST /staging', () => {
  it('leaves no plaintext copy behind when the page goes away mid-file', async () => {
    const before = leftovers();
    async function* cutOff() {
      yield new Uint8Array(1000);
      throw new Error('aborted');
    }
    await expect(stageUpload(core as never, new URL('http://127.0.0.1/staging?name=a.pdf'), 'token', cutOff())).rejects.toThrow('aborted');
    expect(leftovers()).toEqual(before);
  });

  it('refuses a post without the staging token before writing anything', async () => {
    const answer = await stageUpload(core as never, new URL('http://127.0.0.1/staging'), null, (async function* () {})());
    expect(answer.status).toBe(403);
  });
});
