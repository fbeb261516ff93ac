/**
 * The OpenAPI 3.1 document of the agency API, generated from the operation table and the zod
 * schemas (zod's JSON Schema output is draft 2020-12, which OpenAPI 3.1 uses as is). Named
 * schemas become components; every request and response body is a component too, so tools
 * generate readable types.
 */
import { z } from 'zod';
import { availabilityChangeResponseSchema } from './calendar.ts';
import {
  claimContentInputSchema,
  claimContentSchema,
  claimSchema,
  claimSubmissionResponseSchema,
  costItemInputSchema,
  costItemSchema,
  fileRefSchema,
} from './claims.ts';
import { okSchema } from './common.ts';
import { clockStateSchema, controlEventResponseSchema } from './control.ts';
import { errorBodySchema, oauthErrorSchema, REJECTIONS } from './errors.ts';
import {
  appointmentSchema,
  assistantSchema,
  availabilitySchema,
  bookingSchema,
  counselSchema,
  documentSchema,
  groupSchema,
  individualSchema,
  notificationSchema,
  paymentAccountSchema,
  rateSchema,
  workplaceSchema,
} from './entities.ts';
import { changeSchema, changesPageSchema } from './feed.ts';
import { meSchema, tokenResponseSchema } from './identity.ts';
import { OPERATIONS, type OperationId, type OperationSpec } from './operations.ts';
import { HEADERS, PATHS, pathParams } from './paths.ts';
import { submissionReceiptSchema } from './submissions.ts';
import { uploadSchema } from './uploads.ts';

export const API_VERSION = '1.0.0';

const NAMED: Record<string, z.ZodType> = {
  Ok: okSchema,
  ErrorBody: errorBodySchema,
  OAuthError: oauthErrorSchema,
  TokenResponse: tokenResponseSchema,
  Me: meSchema,
  ChangesPage: changesPageSchema,
  Change: changeSchema,
  Counsel: counselSchema,
  Appointment: appointmentSchema,
  Group: groupSchema,
  Individual: individualSchema,
  Document: documentSchema,
  Claim: claimSchema,
  ClaimContent: claimContentSchema,
  ClaimContentInput: claimContentInputSchema,
  CostItem: costItemSchema,
  CostItemInput: costItemInputSchema,
  FileRef: fileRefSchema,
  Booking: bookingSchema,
  Availability: availabilitySchema,
  PaymentAccount: paymentAccountSchema,
  Assistant: assistantSchema,
  Workplace: workplaceSchema,
  Rate: rateSchema,
  Notification: notificationSchema,
  Upload: uploadSchema,
  SubmissionReceipt: submissionReceiptSchema,
  ClaimSubmissionResult: claimSubmissionResponseSchema,
  AvailabilityChange: availabilityChangeResponseSchema,
  ClockState: clockStateSchema,
  ControlEventResult: controlEventResponseSchema,
};

type Json = Record<string, unknown>;

const pascal = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A schema that takes no input is an object with no properties: nothing to document. */
function isEmptyObject(schema: z.ZodType): boolean {
  return schema instanceof z.ZodObject && Object.keys(schema.shape).length === 0;
}

function queryParameters(schema: z.ZodType): Json[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
  const properties = (json.properties ?? {}) as Record<string, Json>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, s]) => ({ name, in: 'query', required: required.has(name), schema: s }));
}

function securityOf(op: OperationSpec): Json[] | undefined {
  if (op.auth === 'none' || op.auth === 'control') return [];
  return [{ bearer: [] }];
}

export function buildOpenApiDocument(serverUrl?: string): Json {
  const registry = z.registry<{ id: string }>();
  const ids = new Map<z.ZodType, string>();
  const name = (schema: z.ZodType, id: string): string => {
    const existing = ids.get(schema);
    if (existing) return existing;
    registry.add(schema, { id });
    ids.set(schema, id);
    return id;
  };
  for (const [id, schema] of Object.entries(NAMED)) name(schema, id);

  const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
  const paths: Record<string, Record<string, Json>> = {};

  for (const [operationId, op] of Object.entries(OPERATIONS) as [OperationId, OperationSpec][]) {
    const template = PATHS[op.path];
    const parameters: Json[] = pathParams(template).map((p) => ({ name: p, in: 'path', required: true, schema: { type: 'string' } }));
    if (op.query) parameters.push(...queryParameters(op.query));
    if (op.idempotent) {
      parameters.push({
        name: HEADERS.idempotencyKey,
        in: 'header',
        required: true,
        description: 'Client-generated unique key. The same key with the same body replays the first answer (Idempotent-Replayed: true).',
        schema: { type: 'string', minLength: 8, maxLength: 200 },
      });
    }
    if (op.path === 'upload' && op.method === 'PATCH') {
      parameters.push({ name: HEADERS.uploadOffset, in: 'header', required: true, schema: { type: 'integer', minimum: 0 } });
    }

    const operation: Json = {
      operationId,
      summary: op.summary,
      tags: [op.tag],
      parameters,
      responses: {},
    };
    const security = securityOf(op);
    if (security) operation.security = security;

    if (op.body) {
      if (op.body.kind === 'bytes') {
        operation.requestBody = { required: true, content: { [op.body.contentType]: { schema: { type: 'string', contentMediaType: 'application/octet-stream' } } } };
      } else if (!isEmptyObject(op.body.schema)) {
        const id = name(op.body.schema, `${pascal(operationId)}Request`);
        const type = op.body.kind === 'json' ? 'application/json' : 'application/x-www-form-urlencoded';
        operation.requestBody = { required: true, content: { [type]: { schema: ref(id) } } };
      }
    }

    const responses = operation.responses as Json;
    for (const r of op.responses) {
      const response: Json = { description: r.description };
      if (r.schema) {
        const id = name(r.schema, `${pascal(operationId)}Response`);
        response.content = { [r.contentType ?? 'application/json']: { schema: ref(id) } };
      } else if (r.contentType) {
        response.content = { [r.contentType]: {} };
      }
      if (r.headers) response.headers = Object.fromEntries(r.headers.map((h) => [h, { schema: { type: 'string' } }]));
      responses[String(r.status)] = response;
    }
    if (op.path === 'token') {
      responses['400'] = { description: 'OAuth error', content: { 'application/json': { schema: ref('OAuthError') } } };
    }
    const codes = new Set<string>(op.errors ?? []);
    if (op.auth === 'person' || op.auth === 'counsel' || op.auth === 'counsel_only') codes.add('UNAUTHENTICATED');
    if (op.auth === 'counsel' || op.auth === 'counsel_only') codes.add('NOT_YOUR_COUNSEL');
    if (op.body || op.query) codes.add('VALIDATION');
    if (op.idempotent) {
      codes.add('IDEMPOTENCY_KEY_REQUIRED');
      codes.add('IDEMPOTENCY_KEY_REUSED');
    }
    const byStatus = new Map<number, string[]>();
    for (const code of codes) {
      const status = REJECTIONS[code as keyof typeof REJECTIONS].status;
      byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
    }
    for (const [status, list] of [...byStatus].sort((a, b) => a[0] - b[0])) {
      if (responses[String(status)]) continue;
      responses[String(status)] = {
        description: `Rejection: ${list.join(', ')}`,
        content: { 'application/json': { schema: ref('ErrorBody') } },
      };
    }
    if (op.auth !== 'control' && op.auth !== 'none') {
      responses['429'] ??= { description: 'RATE_LIMITED (see Retry-After)', content: { 'application/json': { schema: ref('ErrorBody') } } };
      responses['503'] ??= { description: 'UNAVAILABLE, retryable', content: { 'application/json': { schema: ref('ErrorBody') } } };
    }

    const method = op.method.toLowerCase();
    (paths[template] ??= {})[method] = operation;
  }

  const generated = z.toJSONSchema(registry, { io: 'input', unrepresentable: 'any', uri: (id) => `#/components/schemas/${id}` }) as {
    schemas: Record<string, Json>;
  };
  const schemas: Record<string, Json> = {};
  for (const [id, schema] of Object.entries(generated.schemas)) {
    // Components are embedded, not standalone documents.
    const { $schema: _s, $id: _i, ...rest } = schema;
    schemas[id] = rest;
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'Migrationsverket — API för offentliga biträden (demo)',
      version: API_VERSION,
      description:
        'The agency API the Biträde Desktop app is built against: identity (OAuth 2.0 code + PKCE), a change feed per counsel, document content, resumable uploads and writes with idempotency keys. Rejections carry a stable code and Swedish and English messages. Paths under /control exist only in the demo agency started with --demo-controls.',
    },
    servers: [{ url: serverUrl ?? 'http://127.0.0.1:4010' }],
    tags: ['service', 'identity', 'feed', 'documents', 'uploads', 'submissions', 'claims', 'calendar', 'details', 'control'].map((t) => ({ name: t })),
    paths,
    components: {
      schemas,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'Access token from POST /oauth/token' },
      },
    },
  };
}
