import { describe, expect, it } from 'vitest';
import {
  buildOpenApiDocument,
  buildPath,
  changeSchema,
  errorBodySchema,
  OPERATIONS,
  PATHS,
  pathTo,
  REJECTIONS,
  REJECTION_CODES,
  rejectionBody,
} from '../../../../src/shared/agency/index.ts';

describe('the rejection catalogue', () => {
  it('gives every code a Swedish and an English message and an HTTP error status', () => {
    for (const code of REJECTION_CODES) {
      const r = REJECTIONS[code];
      expect(r.sv.length, code).toBeGreaterThan(10);
      expect(r.en.length, code).toBeGreaterThan(10);
      expect(r.status, code).toBeGreaterThanOrEqual(400);
      expect(r.status, code).toBeLessThan(600);
    }
  });

  it('marks exactly the load and server errors as retryable', () => {
    const retryable = REJECTION_CODES.filter((c) => REJECTIONS[c].retryable).sort();
    expect(retryable).toEqual(['RATE_LIMITED', 'SERVER_ERROR', 'UNAVAILABLE']);
  });

  it('builds error bodies in the documented shape', () => {
    const body = rejectionBody('APPEAL_WINDOW_CLOSED', { lastDay: '2025-03-24' });
    expect(errorBodySchema.parse(body)).toEqual({
      code: 'APPEAL_WINDOW_CLOSED',
      message: { sv: REJECTIONS.APPEAL_WINDOW_CLOSED.sv, en: REJECTIONS.APPEAL_WINDOW_CLOSED.en },
      retryable: false,
      details: { lastDay: '2025-03-24' },
    });
  });
});

describe('paths', () => {
  it('fills and escapes placeholders', () => {
    expect(pathTo('changes', { counselId: 'anna' })).toBe('/v1/counsel/anna/changes');
    expect(buildPath(PATHS.documentContent, { counselId: 'a b', documentId: 'd/1' })).toBe('/v1/counsel/a%20b/documents/d%2F1/content');
  });

  it('refuses a missing parameter', () => {
    expect(() => pathTo('upload', { counselId: 'anna' })).toThrow(/uploadId/);
  });
});

describe('the operation table', () => {
  it('needs an Idempotency-Key on every business write and on none of the reads', () => {
    for (const [id, op] of Object.entries(OPERATIONS)) {
      const businessWrite = op.path.startsWith('control') === false && ['POST', 'PUT', 'DELETE'].includes(op.method) && op.auth.startsWith('counsel') && !op.path.startsWith('upload');
      expect(Boolean((op as { idempotent?: boolean }).idempotent), id).toBe(businessWrite);
    }
  });

  it('keeps counsel-only operations to my details', () => {
    const counselOnly = Object.values(OPERATIONS)
      .filter((op) => op.auth === 'counsel_only')
      .map((op) => PATHS[op.path]);
    for (const p of counselOnly) expect(p).toMatch(/\/(status|payment-accounts|assistants|workplaces)/);
  });

  it('generates an OpenAPI 3.1 document naming every operation', () => {
    const doc = buildOpenApiDocument('http://127.0.0.1:1') as { openapi: string; paths: Record<string, Record<string, { operationId: string }>> };
    expect(doc.openapi).toBe('3.1.0');
    const ids = Object.values(doc.paths).flatMap((p) => Object.values(p).map((o) => o.operationId));
    expect(new Set(ids).size).toBe(Object.keys(OPERATIONS).length);
  });
});

describe('change schema', () => {
  it('accepts a delete without data and refuses an unknown entity', () => {
    expect(changeSchema.parse({ entity: 'appointment', op: 'delete', id: 'apt_1' })).toEqual({ entity: 'appointment', op: 'delete', id: 'apt_1' });
    expect(() => changeSchema.parse({ entity: 'secret', op: 'delete', id: 'x' })).toThrow();
  });
});
