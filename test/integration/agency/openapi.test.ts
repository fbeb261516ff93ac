import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATIONS, PATHS } from '../../../src/shared/agency/index.ts';
import { startTestAgency, type TestAgency } from './helpers.ts';

let agency: TestAgency;
beforeAll(async () => {
  agency = await startTestAgency();
});
afterAll(() => agency.close());

describe('service endpoints', () => {
  it('answers /healthz with 200 {ok:true} once ready', async () => {
    const r = await fetch(`${agency.url}/healthz`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ ok: true });
  });

  it('serves /v1/openapi.json as a valid OpenAPI 3.1 document', async () => {
    const r = await fetch(`${agency.url}/v1/openapi.json`);
    expect(r.status).toBe(200);
    const doc = (await r.json()) as { openapi: string; paths: Record<string, Record<string, { operationId: string }>> };
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    const ids = Object.values(doc.paths).flatMap((p) => Object.values(p).map((o) => o.operationId));
    expect(ids.sort()).toEqual(Object.keys(OPERATIONS).sort());
  });

  it('answers unknown paths with a typed NOT_FOUND and wrong methods with METHOD_NOT_ALLOWED', async () => {
    const missing = await fetch(`${agency.url}/v1/nothing-here`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: 'NOT_FOUND', retryable: false, message: { sv: expect.any(String), en: expect.any(String) } });
    const wrong = await fetch(`${agency.url}${PATHS.me}`, { method: 'DELETE' });
    expect(wrong.status).toBe(405);
  });
});
