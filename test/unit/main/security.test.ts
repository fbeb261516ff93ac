import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppUrl, isTrustedSender } from '../../../src/main/security/app-origin.ts';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/security/csp.ts';
import { isAllowedExternalUrl } from '../../../src/main/security/external-links.ts';
import { resolveStaticPath } from '../../../src/main/security/static-files.ts';

describe('external links', () => {
  it('opens the agency’s public https pages in the system browser', () => {
    expect(isAllowedExternalUrl('https://www.migrationsverket.se/bitradestjansten/')).toBe(true);
  });
  it.each([
    ['plain http', 'http://www.migrationsverket.se/'],
    ['a host not on the list', 'https://example.com/'],
    ['a look-alike host', 'https://www.migrationsverket.se.evil.example/'],
    ['a sub-domain not on the list', 'https://evil.www.migrationsverket.se/'],
    ['credentials in the URL', 'https://user:pw@www.migrationsverket.se/'],
    ['an unusual port', 'https://www.migrationsverket.se:8443/'],
    ['a file URL', 'file:///etc/passwd'],
    ['a javascript URL', 'javascript:alert(1)'],
    ['no URL at all', 'not a url'],
  ])('refuses %s', (_what, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('the app:// protocol', () => {
  const root = mkdtempSync(join(tmpdir(), 'renderer-'));

  it('serves index.html for the root', () => {
    const resolved = resolveStaticPath(root, '/');
    expect(resolved).toMatchObject({ ok: true, path: join(root, 'index.html') });
  });
  it('serves an asset with its content type', () => {
    expect(resolveStaticPath(root, '/assets/index-abc.js')).toMatchObject({ ok: true, contentType: 'text/javascript; charset=utf-8' });
  });
  it.each([
    '/../secret.js',
    '/assets/../../secret.js',
    '/%2e%2e/secret.js',
    '/assets/%2E%2E/%2e%2e/secret.js',
    '/..%2fsecret.js',
    '/..%5csecret.js',
    '/assets\\..\\..\\secret.js',
    '/index.html%00.js',
    '/%E0%A4%A',
  ])('refuses the traversal %s', (path) => {
    expect(resolveStaticPath(root, path).ok).toBe(false);
  });
  it('does not serve files of types it does not know', () => {
    expect(resolveStaticPath(root, '/profile.sqlite')).toEqual({ ok: false, status: 404 });
  });
});

describe('IPC sender check', () => {
  it('trusts the main frame of the app page', () => {
    expect(isTrustedSender({ url: 'app://bitrade/index.html', parent: null })).toBe(true);
  });
  it.each([
    ['a page from another origin', { url: 'https://evil.example/', parent: null }],
    ['a file:// page', { url: 'file:///home/user/index.html', parent: null }],
    ['another app:// host', { url: 'app://other/index.html', parent: null }],
    ['a sub-frame of the app', { url: 'app://bitrade/index.html', parent: {} }],
    ['no frame (already destroyed)', null],
  ])('refuses %s', (_what, frame) => {
    expect(isTrustedSender(frame)).toBe(false);
  });
  it('compares scheme and host, not the opaque origin Node gives custom schemes', () => {
    expect(isAppUrl('app://bitrade/x?y#z')).toBe(true);
    expect(isAppUrl('app://bitrade.evil/x')).toBe(false);
  });
});

describe('the content security policy', () => {
  it('allows no inline script, no eval and no remote sources', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:/);
  });
});
