import { isAbsolute, join, normalize, relative, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
  '.icc': 'application/vnd.iccprofile',
};

export type StaticResolution = { ok: true; path: string; contentType: string } | { ok: false; status: 400 | 403 | 404 };

/**
 * Maps a request path to a file under root, refusing anything that could leave it: encoded or
 * plain `..`, backslashes, NUL bytes, absolute paths, and files of a type we do not serve.
 */
export function resolveStaticPath(root: string, pathname: string): StaticResolution {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { ok: false, status: 400 };
  const segments = decoded.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s === '.')) return { ok: false, status: 403 };
  const relativePath = segments.length === 0 ? 'index.html' : segments.join(sep);
  if (isAbsolute(relativePath)) return { ok: false, status: 403 };
  const full = normalize(join(root, relativePath));
  const inside = relative(root, full);
  if (inside.startsWith('..') || isAbsolute(inside)) return { ok: false, status: 403 };
  const dot = full.lastIndexOf('.');
  const contentType = dot >= 0 ? CONTENT_TYPES[full.slice(dot).toLowerCase()] : undefined;
  if (!contentType) return { ok: false, status: 404 };
  return { ok: true, path: full, contentType };
}
