// A small static file server for the demo and tests: only the named folders, no directory listing.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { send } from './respond.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

/** HTML pages may include shared parts of their own folder: `<!--#include _header.html-->`. */
async function serveHtml(req, res, file, dir, headers) {
  const page = await readFile(file, 'utf8');
  const parts = await Promise.all(
    [...page.matchAll(/<!--#include ([\w.-]+)-->\n?/g)].map(async ([directive, name]) => [
      directive,
      await readFile(join(dir, name), 'utf8'),
    ]),
  );
  const html = parts.reduce((text, [directive, part]) => text.replace(directive, part), page);
  res.writeHead(200, {
    'Content-Type': TYPES['.html'],
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(req.method === 'HEAD' ? undefined : html);
  return true;
}

/**
 * Serves files for URL prefixes from folders, e.g. { '/dist/': 'dist' }.
 * Returns true when it answered the request.
 */
export function createStatic(mounts, root) {
  const entries = Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(root, dir)]);
  return async function serveStatic(req, res, headers = {}) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const { pathname } = new URL(req.url, 'http://localhost');
    for (const [prefix, dir] of entries) {
      if (!pathname.startsWith(prefix)) continue;
      let path;
      try {
        path = decodeURIComponent(pathname.slice(prefix.length));
      } catch {
        send(res, 400, { error: 'bad-path' });
        return true;
      }
      if (path === '' || path.endsWith('/')) path += 'index.html';
      if (path.includes('\0')) return false;
      const file = resolve(dir, path);
      // Contained by path segments: `dist-secret.txt` begins like `dist` but is not inside it.
      const inside = relative(dir, file);
      if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return false;
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) continue;
      if (extname(file) === '.html') return serveHtml(req, res, file, dir, headers);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': info.size,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        ...headers,
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
      return true;
    }
    return false;
  };
}
