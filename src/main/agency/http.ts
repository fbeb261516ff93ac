import { errorBodySchema } from '../../shared/agency/errors.ts';
import { AgencyError, kindForStatus, parseRetryAfter } from './errors.ts';

export interface HttpOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | URLSearchParams | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;
  signal?: AbortSignal;
  /** Time allowed until the response headers arrive. */
  timeoutMs?: number;
}

/**
 * A time limit for the answer to start, not for the body: a large document on a slow link may
 * take minutes and is not stuck. A body that stalls is ended by undici's own idle timeout.
 */
function headerDeadline(options: HttpOptions): { signal: AbortSignal; arrived(): void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('The agency did not answer in time', 'TimeoutError')), options.timeoutMs ?? 30_000);
  timer.unref();
  return {
    signal: options.signal ? AbortSignal.any([options.signal, controller.signal]) : controller.signal,
    arrived: () => clearTimeout(timer),
  };
}

/**
 * One HTTP request to the agency. Resolves with a 2xx response; everything else becomes an
 * AgencyError of a kind the caller can act on. The body of an error answer is read here.
 */
export async function agencyRequest(url: string, options: HttpOptions = {}): Promise<Response> {
  const hasBody = options.body !== undefined;
  const deadline = headerDeadline(options);
  let response: Response;
  try {
    response = await fetch(url, {
      method: options.method ?? 'GET',
      headers: options.headers,
      body: options.body as RequestInit['body'],
      signal: deadline.signal,
      redirect: 'error',
      ...(hasBody && typeof options.body === 'object' && !(options.body instanceof Uint8Array) && !(options.body instanceof URLSearchParams)
        ? { duplex: 'half' }
        : {}),
    } as RequestInit);
  } catch (error) {
    deadline.arrived();
    if (options.signal?.aborted) throw error;
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    // A write whose request body was sent may have been applied: the caller must not assume it was not.
    throw new AgencyError('network', timedOut ? 'The agency did not answer in time' : 'The agency could not be reached', {
      ambiguous: hasBody || options.method === 'POST' || options.method === 'PUT' || options.method === 'PATCH' || options.method === 'DELETE',
    });
  }
  deadline.arrived();
  if (response.ok) return response;

  let code: string | null = null;
  let agencyMessage: { sv: string; en: string } | undefined;
  try {
    const parsed = errorBodySchema.safeParse(await response.json());
    if (parsed.success) {
      code = parsed.data.code;
      agencyMessage = parsed.data.message;
    }
  } catch {
    // Not a JSON error body (a proxy's page, a reset mid-body): the status decides.
  }
  throw new AgencyError(kindForStatus(response.status, code), `The agency answered ${response.status}${code ? ` ${code}` : ''}`, {
    status: response.status,
    ...(code ? { code } : {}),
    ...(agencyMessage ? { agencyMessage } : {}),
    retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
  });
}

/** Reads a JSON body and checks its shape; a body that does not fit is a protocol error, not a crash. */
export async function readJson<T>(response: Response, schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }): Promise<T> {
  let value: unknown;
  try {
    value = await response.json();
  } catch {
    throw new AgencyError('protocol', 'The agency sent an answer that is not JSON (or it was cut off)', { status: response.status });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AgencyError('protocol', 'The agency sent an answer of an unexpected shape', { status: response.status });
  return parsed.data;
}
