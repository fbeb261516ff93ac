import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from '../security/app-origin.ts';
import { securityHeaders } from '../security/csp.ts';
import { resolveStaticPath } from '../security/static-files.ts';
import { contentResponse, isContentPath, type ContentReader } from '../host/content-route.ts';
import { STAGING_PATH, STAGING_TOKEN_HEADER, stageUpload } from '../host/staging-route.ts';
import type { CoreClient } from '../core/client.ts';

/** Must run before the app is ready: makes app:// a secure, standard origin for the renderer. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the renderer build under app://bitrade/ with the CSP; nothing outside the build folder. */
export function handleAppProtocol(rendererRoot: string, content: ContentReader, staging: Pick<CoreClient, 'internal'>): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response(null, { status: 403 });
    if (request.method === 'POST' && url.pathname === STAGING_PATH && request.body) {
      const answer = await stageUpload(staging, url, request.headers.get(STAGING_TOKEN_HEADER), request.body as unknown as AsyncIterable<Uint8Array>);
      return new Response(answer.body, { status: answer.status, headers: answer.headers });
    }
    if (request.method !== 'GET') return new Response(null, { status: 405 });
    if (isContentPath(url.pathname)) {
      const answer = await contentResponse(content, url, request.headers.get('range'));
      const body = answer.body ? ReadableStream.from(answer.body) : null;
      return new Response(body as ReadableStream<Uint8Array> | null, { status: answer.status, headers: answer.headers });
    }
    const resolved = resolveStaticPath(rendererRoot, url.pathname);
    if (!resolved.ok) return new Response(null, { status: resolved.status, headers: securityHeaders() });
    try {
      const info = await stat(resolved.path);
      if (!info.isFile()) return new Response(null, { status: 404, headers: securityHeaders() });
      const body = Readable.toWeb(createReadStream(resolved.path)) as ReadableStream<Uint8Array>;
      return new Response(body, {
        status: 200,
        headers: { ...securityHeaders(), 'Content-Type': resolved.contentType, 'Content-Length': String(info.size) },
      });
    } catch {
      return new Response(null, { status: 404, headers: securityHeaders() });
    }
  });
}
